using Samenspraak.Analysis;
using Samenspraak.Web.Knowledge.Contracts;

namespace Samenspraak.Web.Monitoring.Pipeline;

/// <summary>
/// Gives the pipeline its analyser: the engine's default, plus the published fact-checks as known claims when the
/// knowledge module registered an <see cref="IFactCheckLibrary"/>. The analyser is rebuilt only when the library's
/// version changes (building the claim index is not free).
/// </summary>
public sealed class AnalyzerProvider
{
    private readonly Lock _lock = new();
    private string? _claimsVersion;
    private TextAnalyzer _analyzer = TextAnalyzer.Default;

    public async Task<TextAnalyzer> GetAsync(IServiceProvider services, CancellationToken ct)
    {
        var library = services.GetService<IFactCheckLibrary>();
        if (library is null)
        {
            return TextAnalyzer.Default;
        }

        var snapshot = await library.GetSnapshotAsync(ct);
        lock (_lock)
        {
            if (!string.Equals(snapshot.Version, _claimsVersion, StringComparison.Ordinal))
            {
                _analyzer = TextAnalyzer.Default.WithClaims(snapshot.Claims);
                _claimsVersion = snapshot.Version;
            }

            return _analyzer;
        }
    }

    /// <summary>The model version stored with each result; re-analysis starts when it changes.</summary>
    public static string ModelVersion => TextAnalyzer.Default.ModelVersion;
}
