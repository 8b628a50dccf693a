using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Samenspraak.Web.Infrastructure;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Learning.Courses;
using Samenspraak.Web.Learning.Resources;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Platform.Audit;
using Samenspraak.Web.Platform.Tenancy;
using Samenspraak.Web.Infrastructure.Text;

namespace Samenspraak.Web.Learning.Agenda;

/// <summary>
/// File downloads of the module: an event as .ics, the public calendar feed, the participant list (CSV, XLSX) for
/// the organiser, and a certificate as .docx. Each states its own authorization; resources the caller may not
/// see answer 404.
/// </summary>
public static class AgendaDownloads
{
    /// <summary>Only the organiser and curators see who registered; the export holds what they need to reach people and no more.</summary>
    public static bool MayManage(ClaimsPrincipal user, ITenantContext tenant, AgendaEvent e) =>
        user.IsInRole(Roles.PlatformAdmin) || user.IsInRole(Roles.Curator) || (tenant.UserId is { } id && e.OrganiserId == id);

    public static bool MaySee(ClaimsPrincipal user, AgendaEvent e) => e.IsPublic || CourseCatalog.IsProfessional(user);

    public static IEndpointRouteBuilder MapLearningDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/agenda/feed.ics", FeedAsync).AllowAnonymous();
        app.MapGet("/agenda/{id:guid}/agenda.ics", EventIcsAsync).AllowAnonymous();
        app.MapGet("/agenda/{id:guid}/deelnemers.csv", (Guid id, HttpContext http, AppDbContext db, ITenantContext tenant, IAuditLog audit, CancellationToken ct) =>
            ExportAsync(id, http, db, tenant, audit, "csv", ct)).RequireAuthorization(Policies.Author);
        app.MapGet("/agenda/{id:guid}/deelnemers.xlsx", (Guid id, HttpContext http, AppDbContext db, ITenantContext tenant, IAuditLog audit, CancellationToken ct) =>
            ExportAsync(id, http, db, tenant, audit, "xlsx", ct)).RequireAuthorization(Policies.Author);
        app.MapGet("/leren/certificaten/{code}/document", CertificateDocxAsync).RequireAuthorization(Policies.Authenticated);
        return app;
    }

    private static async Task<IResult> FeedAsync(AppDbContext db, PublicUrl url, TimeProvider clock, CancellationToken ct)
    {
        // A calendar client cannot log in, so the feed holds the public events only.
        var since = clock.GetUtcNow().AddDays(-30);
        var events = await db.Set<AgendaEvent>().AsNoTracking().Where(e => e.IsPublic && e.EndsAt >= since).OrderBy(e => e.StartsAt).ToListAsync(ct);
        var ics = ICalendarWriter.Write(events, LearningText.Text["Agenda.FeedName"], e => url.For($"/agenda/{e.Id}"), clock.GetUtcNow());
        return Results.Text(ics, ICalendarWriter.ContentType, Encoding.UTF8);
    }

    private static async Task<IResult> EventIcsAsync(Guid id, HttpContext http, AppDbContext db, PublicUrl url, TimeProvider clock, CancellationToken ct)
    {
        var e = await db.Set<AgendaEvent>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null || !MaySee(http.User, e))
        {
            return Results.NotFound();
        }

        var ics = ICalendarWriter.Write([e], e.Title, x => url.For($"/agenda/{x.Id}"), clock.GetUtcNow());
        return Results.File(Encoding.UTF8.GetBytes(ics), ICalendarWriter.ContentType, "evenement.ics");
    }

    private static async Task<IResult> ExportAsync(Guid id, HttpContext http, AppDbContext db, ITenantContext tenant, IAuditLog audit, string format, CancellationToken ct)
    {
        var e = await db.Set<AgendaEvent>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null || !MayManage(http.User, tenant, e))
        {
            return Results.NotFound();
        }

        var text = LearningText.Text;
        var rows = (await db.Set<EventRegistration>().AsNoTracking()
                .Where(r => r.EventId == id && r.Status != RegistrationStatus.Cancelled)
                .ToListAsync(ct))
            .OrderBy(r => r.Status).ThenBy(r => r.RegisteredAt)
            .Select(r => new ParticipantRow(r.Name, r.Email, text[$"Registration.Status.{r.Status}"], r.Answer ?? "",
                r.Attended switch { true => text["Common.Yes"], false => text["Common.No"], null => "" }))
            .ToList();
        await audit.WriteAsync("learning.participants-exported", nameof(AgendaEvent), id.ToString(), format, ct: ct);

        if (format == "csv")
        {
            var csv = new StringBuilder();
            SpreadsheetCsv.AppendLine(csv, [text["Export.Name"], text["Export.Email"], text["Export.Status"], text["Export.Answer"], text["Export.Attended"]]);
            foreach (var row in rows)
            {
                SpreadsheetCsv.AppendLine(csv, [row.Name, row.Email, row.Status, row.Answer, row.Attended]);
            }

            // A BOM so Excel opens the UTF-8 file with the right accents.
            return Results.File(SpreadsheetCsv.ToBytes(csv), "text/csv; charset=utf-8", "deelnemers.csv");
        }

        var sheet = rows.Select(r => new Dictionary<string, object>
        {
            [text["Export.Name"]] = r.Name,
            [text["Export.Email"]] = r.Email,
            [text["Export.Status"]] = r.Status,
            [text["Export.Answer"]] = r.Answer,
            [text["Export.Attended"]] = r.Attended,
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, cancellationToken: ct);
        return Results.File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "deelnemers.xlsx");
    }

    private static async Task<IResult> CertificateDocxAsync(string code, AppDbContext db, ITenantContext tenant, PublicUrl url, CancellationToken ct)
    {
        var certificate = await db.Set<Certificate>().AsNoTracking().FirstOrDefaultAsync(c => c.Code == code && c.UserId == tenant.UserId, ct);
        if (certificate is null)
        {
            return Results.NotFound();
        }

        var course = await db.Set<Course>().AsNoTracking().FirstAsync(c => c.Id == certificate.CourseId, ct);
        var bytes = CertificateDocument.Create(certificate, course.Definition().Certificate.Text, url.For($"/certificaat-controleren?code={certificate.Code}"));
        return Results.File(bytes, CertificateDocument.ContentType, $"certificaat-{certificate.Code}.docx");
    }

    private sealed record ParticipantRow(string Name, string Email, string Status, string Answer, string Attended);
}
