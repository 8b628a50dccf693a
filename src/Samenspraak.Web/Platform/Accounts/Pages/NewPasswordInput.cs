using System.ComponentModel.DataAnnotations;
using Samenspraak.Web.Resources;

namespace Samenspraak.Web.Platform.Accounts.Pages;

/// <summary>A new password typed twice: used by the reset, invitation and change-password forms.</summary>
public class NewPasswordInput
{
    /// <summary>Mirrors the Identity password length rule, so the form says it before Identity does.</summary>
    public const int MinimumLength = 12;

    [Required(ErrorMessageResourceType = typeof(FormText), ErrorMessageResourceName = nameof(FormText.Required))]
    [StringLength(128, MinimumLength = MinimumLength, ErrorMessageResourceType = typeof(FormText), ErrorMessageResourceName = nameof(FormText.PasswordLength))]
    [Display(Name = nameof(FormText.NewPassword), ResourceType = typeof(FormText))]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(FormText), ErrorMessageResourceName = nameof(FormText.Required))]
    [Compare(nameof(NewPassword), ErrorMessageResourceType = typeof(FormText), ErrorMessageResourceName = nameof(FormText.PasswordsDiffer))]
    [Display(Name = nameof(FormText.ConfirmPassword), ResourceType = typeof(FormText))]
    public string ConfirmPassword { get; set; } = "";
}
