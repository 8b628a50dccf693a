namespace Samenspraak.Web.Platform.Audit;

/// <summary>
/// Bookkeeping on an audited entity (e.g. when an API key was last used): an update that changes only such properties
/// is not written to the audit log. An update that also changes another property is, with all changed names.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class NotAuditedAttribute : Attribute;
