namespace Samenspraak.Web.Knowledge.Import;

/// <summary>What the import will do with a row.</summary>
public enum RowAction
{
    New,
    Update,
    Unchanged,
    Skipped,
}

/// <summary>One problem in the report: the row, the column (as named in the file) and a Dutch message.</summary>
public sealed record RowProblem(int Row, string Field, string Message);

/// <summary>A checked row and what importing it does.</summary>
/// <param name="ItemId">The existing item an update or unchanged row matched.</param>
/// <param name="BaseVersion">The matched item's version at the dry run; the import skips the row when it changed since.</param>
/// <param name="Values">The parsed values of the columns the file has (absent columns leave an item's field as it is).</param>
/// <param name="Changed">For updates: the columns whose value differs from the item's.</param>
public sealed record PlannedRow(
    int Row, RowAction Action, string Kind, string Slug, string Title, Guid? ItemId, int BaseVersion,
    IReadOnlyDictionary<ItemColumn, object?> Values, IReadOnlyList<string> Changed);

/// <summary>
/// The dry run's result: every row checked, with the problems and what an import would do. Stored as a
/// <see cref="KnowledgeImport"/> so the import applies exactly this, not a re-read file.
/// </summary>
public sealed class ImportPlan
{
    /// <summary>The stored import's id once kept (<see cref="KnowledgeImports.KeepAsync"/>); empty for a fresh check.</summary>
    public required string Token { get; init; }

    public required Guid CuratorId { get; init; }

    public required string FileName { get; init; }

    public required ImportFormat Format { get; init; }

    public string? Encoding { get; init; }

    public char? Delimiter { get; init; }

    public required DateTimeOffset CheckedAt { get; init; }

    public required IReadOnlyList<PlannedRow> Rows { get; init; }

    public required IReadOnlyList<RowProblem> Problems { get; init; }

    /// <summary>Remarks about the file as a whole, e.g. columns that are not recognised and therefore ignored.</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    public int Count(RowAction action) => Rows.Count(r => r.Action == action);

    /// <summary>True when importing would change something.</summary>
    public bool HasWork => Rows.Any(r => r.Action is RowAction.New or RowAction.Update);
}

/// <summary>What an import did; rows that changed in the Kennisbank after the dry run are skipped and listed.</summary>
public sealed record ImportOutcome(int Created, int Updated, int Unchanged, IReadOnlyList<RowProblem> Skipped);

/// <summary>How far an import got: rows of the plan's work (new and update rows) done, and what they gave.</summary>
public sealed record ImportCheckpoint(int Processed, int Created, int Updated, IReadOnlyList<RowProblem> Skipped)
{
    public ImportCheckpoint Skip(RowProblem problem) => this with { Skipped = [.. Skipped, problem] };
}
