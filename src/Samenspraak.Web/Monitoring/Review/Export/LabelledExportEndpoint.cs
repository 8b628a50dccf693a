using System.Globalization;
using Samenspraak.Web.Platform.Accounts.Identity;

namespace Samenspraak.Web.Monitoring.Review.Export;

/// <summary>GET /signalen/export/gelabeld.csv: the download behind the button on the calibration page.</summary>
internal static class LabelledExportEndpoint
{
    public const string Path = "/signalen/export/gelabeld.csv";

    public static IEndpointRouteBuilder MapLabelledExport(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, WriteAsync)
            .RequireAuthorization(Policies.MunicipalityAdmin)
            .ExcludeFromDescription();
        return app;
    }

    private static async Task WriteAsync(HttpContext http, LabelledExport export, TimeProvider clock)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"signalen-gelabeld-{clock.GetUtcNow():yyyyMMdd}.csv");
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        await export.WriteAsync(http.Response.Body, http.RequestAborted);
    }
}
