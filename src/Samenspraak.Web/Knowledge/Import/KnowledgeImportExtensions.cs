using Samenspraak.Web.Infrastructure.Http;
using Samenspraak.Web.Platform.Accounts.Identity;

namespace Samenspraak.Web.Knowledge.Import;

/// <summary>Registration of the bulk import (the importer itself is registered by the module), its background worker and its template downloads for curators.</summary>
public static class KnowledgeImportExtensions
{
    public static IHostApplicationBuilder AddKnowledgeImport(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<KnowledgeImports>();
        builder.Services.AddScoped<KnowledgeImportRunner>();
        builder.Services.AddSingleton<KnowledgeImportSignal>();
        builder.Services.AddHostedService<KnowledgeImportWorker>();
        builder.Services.AddScoped<ImportTemplate>();
        return builder;
    }

    public static IEndpointRouteBuilder MapKnowledgeImport(this IEndpointRouteBuilder app)
    {
        var api = app.MapApiV1("Kennisbank");
        api.MapGet("/knowledge/import/template/{format}", TemplateAsync).RequireAuthorization(Policies.Curator);
        return app;
    }

    private static async Task<IResult> TemplateAsync(string format, ImportTemplate template, HttpContext http, CancellationToken ct) => format switch
    {
        "csv" => TypedResults.File(await template.CsvAsync(ct), "text/csv; charset=utf-8", "kennisbank-sjabloon.csv"),
        "xlsx" => TypedResults.File(await template.XlsxAsync(ct), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "kennisbank-sjabloon.xlsx"),
        _ => TypedResults.Problem(Problems.For(http, 404)),
    };
}
