namespace Samenspraak.Web.Infrastructure.Mail;

public static class MailExtensions
{
    public static IHostApplicationBuilder AddMail(this IHostApplicationBuilder builder)
    {
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.AddOptions<MailOptions>()
            .Bind(builder.Configuration.GetSection(MailOptions.Section))
            .PostConfigure(options =>
            {
                // No SMTP server configured (a fresh install): keep mails as files rather than failing.
                if (string.IsNullOrWhiteSpace(options.Host) && string.IsNullOrWhiteSpace(options.PickupDirectory))
                {
                    options.PickupDirectory = "data/mail";
                }

                if (!string.IsNullOrWhiteSpace(options.PickupDirectory) && !Path.IsPathRooted(options.PickupDirectory))
                {
                    options.PickupDirectory = Path.GetFullPath(Path.Combine(contentRoot, options.PickupDirectory));
                }
            });
        builder.Services.AddSingleton<IMailService, MailKitMailService>();
        return builder;
    }
}
