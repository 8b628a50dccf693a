namespace Samenspraak.Web.Platform.Audit;

public static class AuditExtensions
{
    public static IHostApplicationBuilder AddAudit(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IpHasher>();
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<IAuditLog>(sp => sp.GetRequiredService<AuditLog>());
        return builder;
    }
}
