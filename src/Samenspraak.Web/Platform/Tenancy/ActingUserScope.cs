namespace Samenspraak.Web.Platform.Tenancy;

/// <summary>
/// Sets the <see cref="ActingUser"/> for the code that runs inside a <c>using</c> block, including everything it
/// awaits, every DI scope it creates and every task it starts (the value flows with the async execution context, the
/// same mechanism <see cref="IHttpContextAccessor"/> uses). Work running in parallel in the same process, such as an
/// HTTP request, has its own execution context and never sees it. Disposing restores what was set before, so
/// scopes nest.
/// </summary>
/// <remarks>
/// An <see cref="AsyncLocal{T}"/> and not a scoped service: background work routinely opens DI scopes of its own
/// (the audit log writes through a fresh context; batch workers open a scope per batch), and a scoped value would be
/// lost in each of them. See docs/decisions/007-acting-user.md.
/// </remarks>
public static class ActingUserScope
{
    private static readonly AsyncLocal<ActingUser?> Acting = new();

    /// <summary>The identity background work acts as here and now; null outside any scope (e.g. in a request).</summary>
    public static ActingUser? Current => Acting.Value;

    /// <summary>Acts as <paramref name="user"/> until the returned scope is disposed.</summary>
    public static IDisposable Begin(ActingUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var previous = Acting.Value;
        Acting.Value = user;
        return new Restore(previous);
    }

    private sealed class Restore(ActingUser? previous) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            Acting.Value = previous;
        }
    }
}
