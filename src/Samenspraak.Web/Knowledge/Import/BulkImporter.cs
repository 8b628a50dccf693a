using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.Localization;
using Samenspraak.Web.Knowledge.Api;
using Samenspraak.Web.Knowledge.Contracts;
using Samenspraak.Web.Knowledge.Items;
using Samenspraak.Web.Knowledge.Taxonomy;

namespace Samenspraak.Web.Knowledge.Import;

/// <summary>
/// Curators' bulk import of items from CSV, XLSX or JSON in the export's columns (<see cref="ItemColumns"/>), in two
/// steps. <see cref="CheckAsync"/> (the dry run) reads and checks every row and decides per row: new, update,
/// unchanged or skipped (with the reasons); it changes nothing. <see cref="ApplyAsync"/> then carries out exactly that
/// plan for the valid rows, each as a version with an audit entry. A row matches an existing item on its slug, else on
/// kind plus title (case, accents and punctuation ignored), so importing the same file twice creates no duplicates.
/// Columns a file does not have are left as they are on existing items.
/// </summary>
public sealed class BulkImporter(AppDbContext db, KnowledgeStore store, TaxonomyService taxonomy, TimeProvider clock)
{
    private static ResourceText T => ImportText.Text;

    private static readonly ItemColumn SlugColumn = ItemColumns.All.Single(c => c.Name == "Slug");

    private sealed record Known(Guid Id, string Slug, string Kind, string Title, KnowledgeStatus Status);

    /// <summary>Reads and checks a file. File-level problems (format, size, encoding) throw <see cref="ImportFileException"/>.</summary>
    public async Task<ImportPlan> CheckAsync(byte[] bytes, string fileName, Guid curatorId, CancellationToken ct = default)
    {
        var table = ImportFileReader.Read(bytes);
        var columns = new List<(string Header, ItemColumn Column)>();
        var notes = new List<string>();
        foreach (var header in table.Headers.Where(h => h.Length > 0))
        {
            var column = ItemColumns.Find(header);
            if (column is null)
            {
                // The export's attachment list is informative only: files are added through the item's form.
                if (!string.Equals(header, KnowledgeExport.AttachmentsColumn, StringComparison.OrdinalIgnoreCase)) notes.Add(T.Format("Note.UnknownColumn", header));
            }
            else if (columns.Any(c => c.Column == column)) notes.Add(T.Format("Note.DuplicateColumn", header));
            else if (column.Shape != ColumnShape.ReadOnly) columns.Add((header, column));
        }

        foreach (var required in new[] { "Type", "Title" }.Where(r => columns.All(c => c.Column.Name != r)))
        {
            throw new ImportFileException(T.Format("File.MissingColumn", required));
        }

        if (table.Rows.Count == 0) throw new ImportFileException(T["File.NoRows"]);

        var parser = new CellParser(
            new TermMatcher(await taxonomy.AllTermsAsync(TermKind.Theme, ct)),
            new TermMatcher(await taxonomy.AllTermsAsync(TermKind.TargetGroup, ct)));
        var known = await db.Set<KnowledgeItem>().AsNoTracking()
            .Select(i => new Known(i.Id, i.Slug, i.Kind, i.Title, i.Status)).ToListAsync(ct);
        var bySlug = known.ToDictionary(k => k.Slug, StringComparer.Ordinal);
        var byTitle = known.Where(k => k.Status == KnowledgeStatus.Published).ToLookup(k => (k.Kind, TitleKey(k.Title)));
        var taken = new HashSet<string>(bySlug.Keys, StringComparer.Ordinal);

        var planned = new List<(ImportRow Row, string? Kind, string? Slug, string? Title, Known? Match, List<RowProblem> Problems)>();
        var slugRows = new Dictionary<string, int>(StringComparer.Ordinal);
        var titleRows = new Dictionary<(string, string), int>();
        foreach (var row in table.Rows)
        {
            var problems = new List<RowProblem>();
            var kind = Single(row, columns, "Type", parser, problems) as string;
            var slug = Single(row, columns, "Slug", parser, problems) as string;
            var title = Single(row, columns, "Title", parser, problems) as string;
            if (kind is null && problems.All(p => p.Field != Header(columns, "Type"))) problems.Add(new(row.Number, Header(columns, "Type"), T["Row.MissingKind"]));
            if (title is null && problems.All(p => p.Field != Header(columns, "Title"))) problems.Add(new(row.Number, Header(columns, "Title"), T["Row.MissingTitle"]));

            Known? match = null;
            if (slug is not null)
            {
                if (slugRows.TryGetValue(slug, out var earlier)) problems.Add(new(row.Number, Header(columns, "Slug"), T.Format("Row.DuplicateSlugInFile", slug, earlier)));
                else slugRows[slug] = row.Number;
                if (bySlug.TryGetValue(slug, out var existing))
                {
                    if (existing.Status != KnowledgeStatus.Published) problems.Add(new(row.Number, Header(columns, "Slug"), T.Format("Row.SlugOfProposal", slug)));
                    else if (kind is not null && existing.Kind != kind) problems.Add(new(row.Number, Header(columns, "Type"), T.Format("Row.KindChange", slug, existing.Kind, kind)));
                    else match = existing;
                }
            }

            if (kind is not null && title is not null)
            {
                var key = (kind, TitleKey(title));
                if (titleRows.TryGetValue(key, out var earlier)) problems.Add(new(row.Number, Header(columns, "Title"), T.Format("Row.DuplicateTitleInFile", title, earlier)));
                else titleRows[key] = row.Number;
                var sameTitle = byTitle[key].ToList();
                if (slug is null && sameTitle.Count == 1) match = sameTitle[0];
                else if (slug is null && sameTitle.Count > 1) problems.Add(new(row.Number, Header(columns, "Title"), T.Format("Row.AmbiguousTitle", title, string.Join(", ", sameTitle.Select(k => k.Slug)))));
                else if (slug is not null && match is null && sameTitle.Count > 0 && !bySlug.ContainsKey(slug))
                {
                    problems.Add(new(row.Number, Header(columns, "Title"), T.Format("Row.DuplicateOfExisting", title, KnowledgeUrls.For(sameTitle[0].Kind, sameTitle[0].Slug), sameTitle[0].Slug)));
                }
            }

            planned.Add((row, kind, slug, title, match, problems));
        }

        // The matched items in full, to compare with; one query.
        var ids = planned.Where(p => p.Match is not null).Select(p => p.Match!.Id).Distinct().ToList();
        var items = ids.Count == 0 ? new Dictionary<Guid, KnowledgeItem>() : await db.Set<KnowledgeItem>().AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);

        var rows = new List<PlannedRow>();
        var allProblems = new List<RowProblem>();
        foreach (var (row, kind, slug, title, match, problems) in planned)
        {
            var item = match is null ? null : items.GetValueOrDefault(match.Id);
            var values = new Dictionary<ItemColumn, object?>();
            foreach (var (header, column) in columns)
            {
                var carried = item is not null && column.Read(item) is List<string> list ? list : (IReadOnlyCollection<string>)[];
                var (value, errors) = parser.Parse(column, Cell(row, header), carried);
                if (errors.Count > 0)
                {
                    if (column.Name is not ("Type" or "Slug" or "Title")) problems.AddRange(errors.Select(e => new RowProblem(row.Number, header, e)));
                    continue;
                }

                values[column] = value;
            }

            // An empty slug cell means "find it by kind and title" or "make one", never "clear the slug".
            if (values.TryGetValue(SlugColumn, out var slugValue) && slugValue is null) values.Remove(SlugColumn);
            CheckCombination(row.Number, kind, item, values, columns, problems);
            if (problems.Count > 0)
            {
                allProblems.AddRange(problems);
                rows.Add(new PlannedRow(row.Number, RowAction.Skipped, kind ?? "", slug ?? "", title ?? "", item?.Id, item?.Version ?? 0, values, []));
                continue;
            }

            if (item is null)
            {
                var newSlug = slug ?? UniqueSlug(title!, taken);
                taken.Add(newSlug);
                values[SlugColumn] = newSlug;
                rows.Add(new PlannedRow(row.Number, RowAction.New, kind!, newSlug, title!, null, 0, values, []));
                continue;
            }

            var changed = values.Where(v => !ItemColumns.Same(v.Key.Read(item), v.Value)).Select(v => v.Key.Name).ToList();
            rows.Add(new PlannedRow(row.Number, changed.Count == 0 ? RowAction.Unchanged : RowAction.Update, item.Kind, item.Slug, title ?? item.Title, item.Id, item.Version, values, changed));
        }

        return new ImportPlan
        {
            Token = "", CuratorId = curatorId, FileName = Path.GetFileName(fileName), Format = table.Format,
            Encoding = table.Encoding, Delimiter = table.Delimiter, CheckedAt = clock.GetUtcNow(), Rows = rows, Problems = allProblems, Notes = notes,
        };
    }

    /// <summary>Rows written in one transaction: large enough to save round trips, small enough for a visible progress.</summary>
    public const int BatchSize = 100;

    /// <summary>
    /// Carries out a checked plan: new and updated rows only, in batches of <see cref="BatchSize"/>, each batch one
    /// transaction with a version and an audit entry per item in <paramref name="actor"/>'s name. A row whose item
    /// changed (or whose slug was taken) after the dry run is skipped and reported, so nothing is applied that the
    /// curator did not see. When a batch fails to save, its rows are saved one by one and only the failing row is
    /// reported. <paramref name="from"/> resumes an interrupted import; <paramref name="commitWith"/> runs inside each
    /// batch's transaction (the background import records its progress there, so progress and rows commit together).
    /// </summary>
    public async Task<ImportOutcome> ApplyAsync(ImportPlan plan, KnowledgeActor actor, ImportCheckpoint? from = null,
        Func<ImportCheckpoint, CancellationToken, Task>? commitWith = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(actor);
        var work = plan.Rows.Where(r => r.Action is RowAction.New or RowAction.Update).ToList();
        var done = from ?? new ImportCheckpoint(0, 0, 0, []);
        var note = T.Format("Version.Note", plan.FileName);
        while (done.Processed < work.Count)
        {
            var batch = work.Skip(done.Processed).Take(BatchSize).ToList();
            try
            {
                done = await SaveBatchAsync(plan, actor, batch, done, note, commitWith, ct);
            }
            catch (DbUpdateException)
            {
                // One row spoils the batch (e.g. a slug taken by someone else a moment ago): save the rows one by one,
                // so only that row is reported and the others are not lost.
                db.ChangeTracker.Clear();
                foreach (var row in batch)
                {
                    try
                    {
                        done = await SaveBatchAsync(plan, actor, [row], done, note, commitWith, ct);
                    }
                    catch (DbUpdateException)
                    {
                        db.ChangeTracker.Clear();
                        done = await SaveBatchAsync(plan, actor, [], done.Skip(new RowProblem(row.Row, "Slug", T.Format("Apply.SaveFailed", row.Slug))), note, commitWith, ct);
                    }
                }
            }

            // Saved rows are not needed in memory; forgetting them keeps change tracking cheap over thousands of rows.
            db.ChangeTracker.Clear();
        }

        return new ImportOutcome(done.Created, done.Updated, plan.Count(RowAction.Unchanged), done.Skipped);
    }

    /// <summary>
    /// One transaction: the rows' items, versions and audit entries, and the caller's progress record. Run through the
    /// provider's execution strategy (PostgreSQL retries transient failures): a retry starts again from a clean change
    /// tracker and reads the items afresh, so no version is raised twice.
    /// </summary>
    private Task<ImportCheckpoint> SaveBatchAsync(ImportPlan plan, KnowledgeActor actor, List<PlannedRow> batch, ImportCheckpoint done, string note,
        Func<ImportCheckpoint, CancellationToken, Task>? commitWith, CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(() => SaveBatchOnceAsync(plan, actor, batch, done, note, commitWith, ct));

    private async Task<ImportCheckpoint> SaveBatchOnceAsync(ImportPlan plan, KnowledgeActor actor, List<PlannedRow> batch, ImportCheckpoint done, string note,
        Func<ImportCheckpoint, CancellationToken, Task>? commitWith, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var ids = batch.Where(r => r.Action == RowAction.Update).Select(r => r.ItemId).ToList();
        var existing = ids.Count == 0 ? [] : await db.Set<KnowledgeItem>().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        var slugs = batch.Where(r => r.Action == RowAction.New).Select(r => r.Slug).ToList();
        var taken = slugs.Count == 0 ? [] : (await db.Set<KnowledgeItem>().Where(i => slugs.Contains(i.Slug)).Select(i => i.Slug).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var next = done;
        foreach (var row in batch)
        {
            ct.ThrowIfCancellationRequested();
            KnowledgeItem item;
            if (row.Action == RowAction.Update)
            {
                if (!existing.TryGetValue(row.ItemId!.Value, out var found) || found.Version != row.BaseVersion || found.Status != KnowledgeStatus.Published)
                {
                    next = next.Skip(new RowProblem(row.Row, "Slug", T.Format("Apply.ChangedMeanwhile", row.Slug)));
                    continue;
                }

                item = found;
                if (item.SeedHash is not null) item.EditedAfterSeed = true;
            }
            else
            {
                if (taken.Contains(row.Slug))
                {
                    next = next.Skip(new RowProblem(row.Row, "Slug", T.Format("Apply.SlugTaken", row.Slug)));
                    continue;
                }

                item = new KnowledgeItem
                {
                    Id = Guid.NewGuid(), Status = KnowledgeStatus.Published, PublishedAt = clock.GetUtcNow(), ProposedById = plan.CuratorId, Kind = row.Kind,
                };
            }

            foreach (var (column, value) in row.Values)
            {
                column.Write(item, value);
            }

            await store.StageAsync(item, KnowledgeActions.Imported, actor, note, ct);
            next = row.Action == RowAction.New ? next with { Created = next.Created + 1 } : next with { Updated = next.Updated + 1 };
        }

        // An empty batch records one row that failed to save on its own.
        next = next with { Processed = done.Processed + Math.Max(1, batch.Count) };
        await db.SaveChangesAsync(ct);
        if (commitWith is not null) await commitWith(next, ct);
        await transaction.CommitAsync(ct);
        return next;
    }

    /// <summary>Rules across columns: what a new item needs, fact-check fields, contact consent, period order.</summary>
    private static void CheckCombination(int number, string? kind, KnowledgeItem? item, Dictionary<ItemColumn, object?> values,
        List<(string Header, ItemColumn Column)> columns, List<RowProblem> problems)
    {
        object? Effective(string name)
        {
            var column = ItemColumns.All.Single(c => c.Name == name);
            return values.TryGetValue(column, out var v) ? v : item is null ? null : column.Read(item);
        }

        bool Has(string name) => Effective(name) switch { null => false, string s => s.Length > 0, _ => true };
        string HeaderOf(string name) => columns.FirstOrDefault(c => c.Column.Name == name).Header ?? name;
        bool Failed(string name) => problems.Any(p => p.Field == HeaderOf(name));

        if (!Has("Summary") && !Failed("Summary")) problems.Add(new(number, HeaderOf("Summary"), T["Row.MissingSummary"]));
        if (kind == KnowledgeKinds.FactCheck)
        {
            foreach (var name in new[] { "Claim", "Verdict" }.Where(n => !Has(n) && !Failed(n)))
            {
                problems.Add(new(number, HeaderOf(name), T.Format("Row.FactCheckNeeds", name)));
            }
        }

        if (Effective("PeriodStart") is string start && Effective("PeriodEnd") is string end
            && string.CompareOrdinal(end.Length == 4 ? end + "-12" : end, start.Length == 4 ? start + "-01" : start) < 0)
        {
            problems.Add(new(number, HeaderOf("PeriodEnd"), T.Format("Row.PeriodOrder", start, end)));
        }

        var contact = new[] { "ContactName", "ContactEmail", "ContactPhone", "ContactRole" }.Any(Has);
        if (contact && !Has("ContactConsentDate") && !Failed("ContactConsentDate")) problems.Add(new(number, HeaderOf("ContactConsentDate"), T["Row.ContactWithoutConsent"]));
        if (contact && !Has("ContactName") && !Failed("ContactName")) problems.Add(new(number, HeaderOf("ContactName"), T["Row.ContactWithoutName"]));
    }

    private static object? Single(ImportRow row, List<(string Header, ItemColumn Column)> columns, string name, CellParser parser, List<RowProblem> problems)
    {
        var (header, column) = columns.FirstOrDefault(c => c.Column.Name == name);
        if (column is null) return null;
        var (value, errors) = parser.Parse(column, Cell(row, header), []);
        problems.AddRange(errors.Select(e => new RowProblem(row.Number, header, e)));
        return value;
    }

    private static string Header(List<(string Header, ItemColumn Column)> columns, string name) =>
        columns.FirstOrDefault(c => c.Column.Name == name).Header ?? name;

    private static object? Cell(ImportRow row, string header) => row.Cells.TryGetValue(header, out var v) ? v : null;

    /// <summary>Kind-independent title key: "Buurtbemiddeling in Gent!" and "buurtbemiddeling in gent" meet.</summary>
    public static string TitleKey(string title) => string.Join(' ', Search.TextFolding.Words(title));

    private static string UniqueSlug(string title, HashSet<string> taken)
    {
        var baseSlug = string.Join('-', Search.TextFolding.Words(title).Take(8));
        if (baseSlug.Length == 0) baseSlug = "item";
        if (baseSlug.Length > 100) baseSlug = baseSlug[..100].TrimEnd('-');
        var slug = baseSlug;
        for (var n = 2; taken.Contains(slug); n++)
        {
            slug = $"{baseSlug}-{n}";
        }

        return slug;
    }
}
