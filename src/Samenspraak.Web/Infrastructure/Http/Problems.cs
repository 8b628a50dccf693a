using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Samenspraak.Web.Infrastructure.Resources;

namespace Samenspraak.Web.Infrastructure.Http;

/// <summary>Builds RFC 7807 problem details with Dutch (or English) texts and a trace id, never exception details.</summary>
public static class Problems
{
    public static ProblemDetails For(HttpContext http, int status, string? detail = null) => new()
    {
        Status = status,
        Title = ApiText.Title(status),
        Detail = detail ?? ApiText.Detail(status),
        Type = $"https://httpstatuses.io/{status}",
        Instance = http.Request.Path,
        Extensions = { ["traceId"] = Activity.Current?.Id ?? http.TraceIdentifier },
    };

    /// <summary>Fills what is missing in a problem written by the framework (validation, status code pages, results).</summary>
    internal static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        problem.Status = status;
        if (problem is HttpValidationProblemDetails)
        {
            problem.Title = ApiText.Get("ValidationTitle");
            problem.Detail ??= ApiText.Detail(400);
        }
        else
        {
            // Framework defaults are English ("Not Found"); ours are localised.
            problem.Title = ApiText.Title(status);
            problem.Detail ??= ApiText.Detail(status);
        }

        problem.Type ??= $"https://httpstatuses.io/{status}";
        problem.Instance ??= context.HttpContext.Request.Path;
        problem.Extensions.Remove("exception");
        problem.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
    }

    /// <summary>Writes a problem as application/problem+json whatever the Accept header says.</summary>
    public static Task WriteAsync(HttpContext http, int status, string? detail = null)
    {
        http.Response.StatusCode = status;
        return TypedResults.Problem(For(http, status, detail)).ExecuteAsync(http);
    }
}
