namespace Samenspraak.Web.Infrastructure.OpenApi;

public static class OpenApiExtensions
{
    public static IHostApplicationBuilder AddApiDocumentation(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Samenspraak API";
            document.Info.Version = "v1";
            document.Info.Description =
                "API van Samenspraak. Aanmelden gebeurt met de sessiecookie van de webtoepassing; fouten volgen RFC 7807.";
            return Task.CompletedTask;
        }));
        return builder;
    }

    /// <summary>Serves the document at /openapi/v1.json; it describes the API, so it is public.</summary>
    public static IEndpointRouteBuilder MapApiDocumentation(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}
