using Samenspraak.Cli.Input;

namespace Samenspraak.Cli.Analyze;

/// <summary>The columns `analyze` reads. Only `text` is required; a missing `id` becomes the line number.</summary>
internal static class AnalyzeColumns
{
    public const int Id = 0;
    public const int Text = 1;

    public static IReadOnlyList<ColumnSpec> All { get; } =
    [
        new ColumnSpec("id"),
        new ColumnSpec("text", required: true),
    ];
}
