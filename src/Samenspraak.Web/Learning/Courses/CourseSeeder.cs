using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.FirstRun;

namespace Samenspraak.Web.Learning.Courses;

/// <summary>
/// Loads the starter courses shipped in Learning/Seed/courses (see its README): a course is added when its slug is
/// new, and added as a new current version when the shipped version is higher than the newest in the database.
/// Older versions stay, with everything learners did on them. Invalid courses are skipped and logged.
/// </summary>
public sealed class CourseSeeder(AppDbContext db, TimeProvider clock, ILogger<CourseSeeder> logger) : IModuleSeeder
{
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "Learning", "Seed", "courses");

    public int Order => 20;

    public Task SeedAsync(bool seedDemo, CancellationToken cancellationToken) => LoadFolderAsync(DefaultFolder, cancellationToken);

    public async Task LoadFolderAsync(string folder, CancellationToken ct)
    {
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("No starter courses found in {Folder}.", folder);
            return;
        }

        foreach (var directory in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var (definition, errors) = await ReadAsync(directory, ct);
            if (definition is null || errors.Count > 0)
            {
                logger.LogError("Starter course in {Folder} not loaded: {Errors}", directory, string.Join("; ", errors));
                continue;
            }

            await PublishAsync(definition, ct);
        }
    }

    /// <summary>Adds the definition as the current version unless that version (or a newer one) exists. True when added.</summary>
    public async Task<bool> PublishAsync(CourseDefinition definition, CancellationToken ct)
    {
        var versions = await db.Set<Course>().Where(c => c.Slug == definition.Slug).ToListAsync(ct);
        if (versions.Count > 0 && versions.Max(v => v.Version) >= definition.Version)
        {
            return false;
        }

        foreach (var old in versions)
        {
            old.IsCurrent = false;
        }

        db.Add(Course.From(definition, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Course {Slug} version {Version} published.", definition.Slug, definition.Version);
        return true;
    }

    /// <summary>Reads course.json and its lesson files; returns the problems instead of throwing.</summary>
    public static async Task<(CourseDefinition? Definition, IReadOnlyList<string> Errors)> ReadAsync(string directory, CancellationToken ct)
    {
        var file = Path.Combine(directory, "course.json");
        if (!File.Exists(file))
        {
            return (null, ["course.json is missing"]);
        }

        CourseDefinition? definition;
        try
        {
            await using var stream = File.OpenRead(file);
            definition = await JsonSerializer.DeserializeAsync<CourseDefinition>(stream, CourseDefinition.Json, ct);
        }
        catch (JsonException e)
        {
            return (null, [$"course.json is not valid: {e.Message}"]);
        }

        if (definition is null)
        {
            return (null, ["course.json is empty"]);
        }

        var errors = CourseValidator.Validate(definition).ToList();
        if (!string.Equals(Path.GetFileName(directory), definition.Slug, StringComparison.Ordinal))
        {
            errors.Add("the folder is not named after the slug");
        }

        var modules = new List<CourseModule>();
        foreach (var module in definition.Modules)
        {
            var lessons = new List<CourseLesson>();
            foreach (var lesson in module.Lessons)
            {
                var path = Path.GetFullPath(Path.Combine(directory, lesson.File));
                if (!path.StartsWith(Path.GetFullPath(directory), StringComparison.Ordinal) || !File.Exists(path))
                {
                    errors.Add($"lesson file {lesson.File} does not exist");
                    continue;
                }

                lessons.Add(lesson with { Markdown = await File.ReadAllTextAsync(path, ct) });
            }

            modules.Add(module with { Lessons = lessons });
        }

        return (definition with { Modules = modules }, errors);
    }
}
