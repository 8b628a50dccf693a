using System.Globalization;
using Samenspraak.Analysis;
using Samenspraak.Cli.Input;
using Samenspraak.Cli.Resources;

namespace Samenspraak.Cli.Analyze;

/// <summary>
/// Reads known claims (fact-checks) for --claims: CSV, TSV or NDJSON with `id` and `statement` (or `claim`,
/// `bewering`), optionally `verdict`, `source`, `url` and `date` (yyyy-MM-dd).
/// </summary>
internal static class ClaimsFile
{
    private const int Id = 0, Statement = 1, Verdict = 2, Source = 3, Url = 4, Date = 5;

    private static readonly IReadOnlyList<ColumnSpec> Columns =
    [
        new ColumnSpec("id", required: true),
        new ColumnSpec("statement", true, "claim", "bewering"),
        new ColumnSpec("verdict", false, "oordeel"),
        new ColumnSpec("source", false, "bron"),
        new ColumnSpec("url", false, "link"),
        new ColumnSpec("date", false, "datum"),
    ];

    /// <summary>Loads the claims; malformed lines are reported and skipped, or stop the run with --on-error fail.</summary>
    public static (IReadOnlyList<KnownClaim> Claims, long Skipped) Load(string path, CliConsole console, OnErrorMode onError, int maxLineBytes)
    {
        using var reader = InputOpener.Open(path, InputFormat.Auto, Columns, console.In, maxLineBytes);
        var claims = new List<KnownClaim>();
        long skipped = 0;
        while (true)
        {
            var status = reader.Read(out var record, out var problem);
            if (status == ReadStatus.End)
            {
                return (claims, skipped);
            }
            if (status == ReadStatus.Problem)
            {
                if (onError == OnErrorMode.Fail)
                {
                    throw new CliException(ExitCodes.InputFormat, CliTexts.ClaimsLineFailed(path, problem.Line, problem.Reason));
                }
                console.Error.WriteLine(CliTexts.ClaimsLineSkipped(path, problem.Line, problem.Reason));
                skipped++;
                continue;
            }
            var v = record.Values;
            DateOnly? date = DateOnly.TryParseExact(v[Date], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
            claims.Add(new KnownClaim(v[Id]!.Trim(), v[Statement]!, string.IsNullOrWhiteSpace(v[Verdict]) ? "onbekend" : v[Verdict]!, Blank(v[Source]), Blank(v[Url]), date));
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
