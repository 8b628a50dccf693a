using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Learning.Courses;
using Samenspraak.Web.Platform.Audit;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Learning.Authoring;

/// <summary>
/// Drafts and publication of courses written by authors. A published version is never changed: editing a published
/// course starts a draft from it, and publishing the draft adds the next version as the current one. Progress,
/// attempts and certificates keep pointing at the version they were made on (see docs/learning.md).
/// </summary>
public sealed class CourseAuthoring(AppDbContext db, TimeProvider clock, ITenantContext tenant, IAuditLog audit)
{
    public const long MaxMaterialBytes = 10 * 1024 * 1024;

    /// <summary>File types authors may upload as material, with the content type they are served with.</summary>
    public static readonly IReadOnlyDictionary<string, string> MaterialTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".txt"] = "text/plain; charset=utf-8",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
    };

    public Task<List<Course>> PublishedAsync(CancellationToken ct) =>
        db.Set<Course>().AsNoTracking().Where(c => c.IsCurrent).OrderBy(c => c.Title).ToListAsync(ct);

    public Task<List<CourseDraft>> DraftsAsync(CancellationToken ct) =>
        db.Set<CourseDraft>().AsNoTracking().OrderByDescending(d => d.UpdatedAt).ToListAsync(ct);

    public Task<CourseDraft?> FindDraftAsync(string slug, CancellationToken ct) =>
        db.Set<CourseDraft>().FirstOrDefaultAsync(d => d.Slug == slug, ct);

    /// <summary>Starts a new course as a draft. Null when the slug is taken by a course or a draft.</summary>
    public async Task<CourseDraft?> CreateAsync(CourseDefinition definition, CancellationToken ct)
    {
        if (await db.Set<Course>().AnyAsync(c => c.Slug == definition.Slug, ct) || await db.Set<CourseDraft>().AnyAsync(d => d.Slug == definition.Slug, ct))
        {
            return null;
        }

        var draft = NewDraft(definition, basedOn: null);
        db.Add(draft);
        return await SaveNewAsync(draft, ct) ? draft : null;
    }

    /// <summary>The draft of a course, started from its current published version when there is none yet.</summary>
    public async Task<CourseDraft?> EditAsync(string slug, CancellationToken ct)
    {
        var draft = await FindDraftAsync(slug, ct);
        if (draft is not null)
        {
            return draft;
        }

        var current = await db.Set<Course>().AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug && c.IsCurrent, ct);
        if (current is null)
        {
            return null;
        }

        draft = NewDraft(current.Definition(), basedOn: current.Version);
        db.Add(draft);
        // Two authors pressing "edit" at once: the unique slug keeps one draft, which both then edit.
        return await SaveNewAsync(draft, ct) ? draft : await FindDraftAsync(slug, ct);
    }

    public async Task SaveAsync(CourseDraft draft, CourseDefinition definition, CancellationToken ct)
    {
        draft.Store(definition with { Slug = draft.Slug });
        draft.UpdatedAt = clock.GetUtcNow();
        draft.UpdatedById = tenant.UserId;
        await db.SaveChangesAsync(ct);
    }

    public async Task DiscardAsync(CourseDraft draft, CancellationToken ct)
    {
        db.Remove(draft);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Publishes the draft as the next version (the current one stops being current) and removes the draft. Returns
    /// the problems instead when the course is not complete; nothing changes then.
    /// </summary>
    public async Task<(Course? Published, IReadOnlyList<CourseProblem> Problems)> PublishAsync(CourseDraft draft, CancellationToken ct)
    {
        var versions = await db.Set<Course>().Where(c => c.Slug == draft.Slug).ToListAsync(ct);
        var next = versions.Count == 0 ? 1 : versions.Max(v => v.Version) + 1;
        var definition = CourseDraftEdits.ForPublication(draft.Definition() with { Slug = draft.Slug }, next);
        var problems = CourseValidator.Problems(definition);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        foreach (var old in versions)
        {
            old.IsCurrent = false;
        }

        var course = Course.From(definition, clock.GetUtcNow());
        db.Add(course);
        db.Remove(draft);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Published at the same moment by another author (unique slug + version): that publication stands.
            db.ChangeTracker.Clear();
            return (null, [new CourseProblem("Concurrent", "published by someone else at the same moment")]);
        }

        await audit.WriteAsync("learning.course-published", nameof(Course), course.Id.ToString(), $"{course.Slug} v{course.Version}", ct: ct);
        return (course, []);
    }

    /// <summary>Stores an uploaded file; returns the resource key of the problem instead when it is refused.</summary>
    public async Task<(CourseMaterial? Material, string? Problem)> UploadAsync(string slug, string fileName, long length, Stream content, CancellationToken ct)
    {
        var name = Path.GetFileName(fileName).Trim();
        if (name.Length == 0 || length == 0)
        {
            return (null, "Material.FileMissing");
        }

        if (length > MaxMaterialBytes)
        {
            return (null, "Material.TooLarge");
        }

        if (!MaterialTypes.TryGetValue(Path.GetExtension(name), out var contentType))
        {
            return (null, "Material.WrongType");
        }

        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        var material = new CourseMaterial
        {
            Id = Guid.NewGuid(),
            CourseSlug = slug,
            FileName = name.Length > 200 ? name[^200..] : name,
            ContentType = contentType,
            Size = buffer.Length,
            Content = buffer.ToArray(),
            UploadedAt = clock.GetUtcNow(),
            UploadedById = tenant.UserId,
        };
        db.Add(material);
        await db.SaveChangesAsync(ct);
        return (material, null);
    }

    public static string MaterialPath(Guid id) => $"/leren/materiaal/{id}";

    private CourseDraft NewDraft(CourseDefinition definition, int? basedOn)
    {
        var now = clock.GetUtcNow();
        var draft = new CourseDraft { Id = Guid.NewGuid(), Slug = definition.Slug, BasedOnVersion = basedOn, CreatedAt = now, UpdatedAt = now, UpdatedById = tenant.UserId };
        draft.Store(definition);
        return draft;
    }

    private async Task<bool> SaveNewAsync(CourseDraft draft, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(draft).State = EntityState.Detached;
            return false;
        }
    }
}
