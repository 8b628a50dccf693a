namespace Samenspraak.Web.Infrastructure.Data;

/// <summary>The supported database engines, chosen by <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSQL,
}
