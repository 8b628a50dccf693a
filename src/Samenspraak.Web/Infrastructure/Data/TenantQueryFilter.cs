using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Infrastructure.Data;

/// <summary>
/// Puts a named global query filter on every <see cref="IMunicipalityOwned"/> entity: rows are visible only when
/// their municipality is the current user's. Platform admins and system work have no municipality and therefore
/// see nothing unless the code explicitly calls <see cref="IgnoreTenantFilter{T}"/>.
/// </summary>
public static class TenantQueryFilter
{
    /// <summary>The filter key, so other named filters (e.g. soft delete) can be kept while this one is lifted.</summary>
    public const string Name = "Tenant";

    internal static void Apply(ModelBuilder builder, AppDbContext context)
    {
        foreach (var entityType in builder.Model.GetEntityTypes())
        {
            if (!typeof(IMunicipalityOwned).IsAssignableFrom(entityType.ClrType) || entityType.BaseType is not null)
            {
                continue;
            }

            // e => e.MunicipalityId == context.CurrentMunicipalityId; the context constant is replaced by
            // EF Core with the context that runs the query.
            var entity = Expression.Parameter(entityType.ClrType, "e");
            var owner = Expression.Convert(
                Expression.Property(entity, nameof(IMunicipalityOwned.MunicipalityId)), typeof(Guid?));
            var current = Expression.Property(Expression.Constant(context), nameof(AppDbContext.CurrentMunicipalityId));
            var lambda = Expression.Lambda(Expression.Equal(owner, current), entity);
            builder.Entity(entityType.ClrType).HasQueryFilter(Name, lambda);
        }
    }

    /// <summary>Lifts only the tenant filter. Use solely where a platform admin is explicitly allowed to see all municipalities.</summary>
    public static IQueryable<T> IgnoreTenantFilter<T>(this IQueryable<T> query) where T : class =>
        query.IgnoreQueryFilters([Name]);
}
