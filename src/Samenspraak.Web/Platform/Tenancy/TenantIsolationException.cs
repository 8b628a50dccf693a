namespace Samenspraak.Web.Platform.Tenancy;

/// <summary>
/// Thrown when code tries to write a row of another municipality. It means a bug or an attack; the error
/// handler answers 404 so that nothing about the other municipality leaks.
/// </summary>
public sealed class TenantIsolationException(string message) : InvalidOperationException(message);
