using Samenspraak.Web.Infrastructure.Localization;

namespace Samenspraak.Web.Platform.Accounts.Identity;

/// <summary>Texts of account mails and account errors (AccountText.resx: Dutch; AccountText.en.resx: English).</summary>
public static class AccountText
{
    public static ResourceText Text { get; } = new("Samenspraak.Web.Platform.Accounts.Identity.AccountText");
}
