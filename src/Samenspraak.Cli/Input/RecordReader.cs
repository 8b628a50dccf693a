namespace Samenspraak.Cli.Input;

/// <summary>
/// Pulls records one at a time from a line-oriented input. Problems are returned in line order, never thrown, so the
/// caller decides between skipping and stopping. Problems that make the whole input unusable throw a
/// <see cref="CliException"/> from the constructor instead.
/// </summary>
internal abstract class RecordReader(LineSplitter lines, IReadOnlyList<ColumnSpec> columns) : IDisposable
{
    protected LineSplitter Lines { get; } = lines;

    public IReadOnlyList<ColumnSpec> Columns { get; } = columns;

    public abstract InputFormat Format { get; }

    /// <summary>Length of the input when known (a file), for a progress bar.</summary>
    public long? TotalBytes { get; init; }

    public long BytesRead => Lines.BytesRead;

    /// <summary>Whether the input can carry this column at all: the header has it (CSV/TSV); always true for NDJSON.</summary>
    public abstract bool HasColumn(int index);

    public abstract ReadStatus Read(out InputRecord record, out InputProblem problem);

    public void Dispose() => Lines.Dispose();

    protected static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t\r"u8).IsEmpty;

    protected ReadStatus Fail(long line, string reason, out InputRecord record, out InputProblem problem)
    {
        record = default;
        problem = new InputProblem(line, reason);
        return ReadStatus.Problem;
    }

    /// <summary>Checks the required columns of a parsed record; returns the first missing one's reason, or null.</summary>
    protected string? MissingRequired(string?[] values)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Required && values[i] is null)
            {
                return Resources.CliTexts.ProblemMissingField(Columns[i].Name);
            }
        }
        return null;
    }
}
