using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Learning.Courses;
using Samenspraak.Web.Platform.Accounts.Identity;

namespace Samenspraak.Web.Learning.Authoring;

/// <summary>
/// <c>GET /leren/materiaal/{id}</c>: an uploaded lesson file, for whoever may take its course (authors always, also
/// while the course is still a draft). Anyone else gets 404, like an unknown file.
/// </summary>
public static class MaterialDownloads
{
    public static bool IsAuthor(ClaimsPrincipal user) =>
        user.IsInRole(Roles.PlatformAdmin) || user.IsInRole(Roles.Curator) || user.IsInRole(Roles.Expert);

    public static IEndpointRouteBuilder MapCourseMaterials(this IEndpointRouteBuilder app)
    {
        app.MapGet("/leren/materiaal/{id:guid}", DownloadAsync).RequireAuthorization(Policies.Authenticated);
        return app;
    }

    private static async Task<IResult> DownloadAsync(Guid id, HttpContext http, AppDbContext db, CancellationToken ct)
    {
        var material = await db.Set<CourseMaterial>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (material is null)
        {
            return Results.NotFound();
        }

        if (!IsAuthor(http.User))
        {
            var course = await db.Set<Course>().AsNoTracking().FirstOrDefaultAsync(c => c.Slug == material.CourseSlug && c.IsCurrent, ct);
            if (course is null || !CourseCatalog.MayTake(http.User, course))
            {
                return Results.NotFound();
            }
        }

        // Always a download, never rendered in the page's origin: an uploaded file cannot run as part of the site.
        return Results.File(material.Content, material.ContentType, material.FileName);
    }
}
