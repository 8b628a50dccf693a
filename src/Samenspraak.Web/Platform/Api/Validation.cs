using Microsoft.AspNetCore.Http.HttpResults;
using Samenspraak.Web.Infrastructure.Resources;

namespace Samenspraak.Web.Platform.Api;

/// <summary>Collects field errors (Dutch texts from ApiText.resx) and turns them into a validation problem.</summary>
internal sealed class Validation
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public Validation Add(string field, string resourceName)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(ApiText.Get(resourceName));
        return this;
    }

    public Validation AddText(string field, string text)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(text);
        return this;
    }

    public ValidationProblem ToProblem() => TypedResults.ValidationProblem(
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray()),
        title: ApiText.Get("ValidationTitle"),
        detail: ApiText.Detail(400));
}
