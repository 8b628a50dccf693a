using System.ComponentModel.DataAnnotations;
using Samenspraak.Web.Platform.Tenancy;
using Samenspraak.Web.Resources;

namespace Samenspraak.Web.Platform.Municipalities;

/// <summary>The municipality form. NIS codes are the five-digit codes of Statbel (e.g. 44021 for Gent).</summary>
public sealed class MunicipalityInput
{
    [Required(ErrorMessageResourceType = typeof(FormText), ErrorMessageResourceName = nameof(FormText.Required))]
    [StringLength(200, ErrorMessageResourceType = typeof(FormText), ErrorMessageResourceName = nameof(FormText.MaxLength))]
    [Display(Name = nameof(FormText.Name), ResourceType = typeof(FormText))]
    public string Name { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(FormText), ErrorMessageResourceName = nameof(FormText.Required))]
    [RegularExpression(@"^\d{5}$", ErrorMessageResourceType = typeof(FormText), ErrorMessageResourceName = nameof(FormText.NisCode))]
    [Display(Name = nameof(FormText.NisCodeField), ResourceType = typeof(FormText))]
    public string NisCode { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(FormText), ErrorMessageResourceName = nameof(FormText.Required))]
    [Display(Name = nameof(FormText.Province), ResourceType = typeof(FormText))]
    public Province? Province { get; set; }

    // Largest Flemish city is about 550,000; the bound only catches typing errors.
    [Required(ErrorMessageResourceType = typeof(FormText), ErrorMessageResourceName = nameof(FormText.Required))]
    [Range(1, 2_000_000, ErrorMessageResourceType = typeof(FormText), ErrorMessageResourceName = nameof(FormText.Population))]
    [Display(Name = nameof(FormText.PopulationField), ResourceType = typeof(FormText))]
    public int? Population { get; set; }

    public static MunicipalityInput From(Municipality m) =>
        new() { Name = m.Name, NisCode = m.NisCode, Province = m.Province, Population = m.Population };

    public void ApplyTo(Municipality m)
    {
        m.Name = Name.Trim();
        m.NisCode = NisCode.Trim();
        m.Province = Province!.Value;
        m.Population = Population!.Value;
    }
}
