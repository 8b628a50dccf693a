namespace Samenspraak.Web.Platform.Audit;

/// <summary>
/// Marks rows a background job computes from other data (themes, daily counts, job cursors) and no person edits.
/// The data-layer audit (<see cref="AuditInterceptor"/>) records their creation and deletion, not their updates:
/// the theme job updates hundreds of them per batch (about 2,300 update entries per 200,000 ingested messages before
/// this marker), which buried the entries about what people did without saying anything about who did what.
/// </summary>
public interface IDerivedData;
