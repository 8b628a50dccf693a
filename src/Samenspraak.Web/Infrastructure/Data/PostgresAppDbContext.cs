using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Infrastructure.Data;

/// <summary>The PostgreSQL flavour of <see cref="AppDbContext"/>; its migrations live in Migrations/Postgres.</summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, ITenantContext tenant)
    : AppDbContext(options, tenant);
