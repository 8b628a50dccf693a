using System.ComponentModel.DataAnnotations;
using Samenspraak.Web.Resources;
using Samenspraak.Web.Shell;

namespace Samenspraak.Web.Learning.Agenda.Pages;

/// <summary>The event form shared by publishing (/agenda/nieuw) and changing (/agenda/{id}/bewerken); times in Belgian time.</summary>
public sealed class EventInput
{
    [Required(ErrorMessageResourceType = typeof(FormText), ErrorMessageResourceName = nameof(FormText.Required))]
    [StringLength(200, ErrorMessageResourceType = typeof(FormText), ErrorMessageResourceName = nameof(FormText.MaxLength))]
    [Display(Name = nameof(FormText.Name), ResourceType = typeof(FormText))]
    public string Title { get; set; } = "";

    public EventType Type { get; set; }

    [Required(ErrorMessageResourceType = typeof(FormText), ErrorMessageResourceName = nameof(FormText.Required))]
    [StringLength(4000, ErrorMessageResourceType = typeof(FormText), ErrorMessageResourceName = nameof(FormText.MaxLength))]
    [Display(Name = nameof(FormText.Description), ResourceType = typeof(FormText))]
    public string Description { get; set; } = "";

    [Required(ErrorMessageResourceType = typeof(FormText), ErrorMessageResourceName = nameof(FormText.Required))]
    [Display(Name = nameof(EventFieldNames.StartsAt), ResourceType = typeof(EventFieldNames))]
    public DateTime? StartsAt { get; set; }

    [Required(ErrorMessageResourceType = typeof(FormText), ErrorMessageResourceName = nameof(FormText.Required))]
    [Display(Name = nameof(EventFieldNames.EndsAt), ResourceType = typeof(EventFieldNames))]
    public DateTime? EndsAt { get; set; }

    [StringLength(300, ErrorMessageResourceType = typeof(FormText), ErrorMessageResourceName = nameof(FormText.MaxLength))]
    [Display(Name = nameof(EventFieldNames.Location), ResourceType = typeof(EventFieldNames))]
    public string? Location { get; set; }

    [StringLength(500, ErrorMessageResourceType = typeof(FormText), ErrorMessageResourceName = nameof(FormText.MaxLength))]
    [Display(Name = nameof(EventFieldNames.OnlineUrl), ResourceType = typeof(EventFieldNames))]
    public string? OnlineUrl { get; set; }

    /// <summary>The recording of a webinar (or slides of a training), shown to everyone after the event ends.</summary>
    [StringLength(500, ErrorMessageResourceType = typeof(FormText), ErrorMessageResourceName = nameof(FormText.MaxLength))]
    [Display(Name = nameof(EventFieldNames.RecordingUrl), ResourceType = typeof(EventFieldNames))]
    public string? RecordingUrl { get; set; }

    [Range(1, 10000, ErrorMessageResourceType = typeof(EventFieldNames), ErrorMessageResourceName = nameof(EventFieldNames.CapacityRange))]
    [Display(Name = nameof(EventFieldNames.Capacity), ResourceType = typeof(EventFieldNames))]
    public int Capacity { get; set; } = 30;

    public bool IsPublic { get; set; }

    [StringLength(300, ErrorMessageResourceType = typeof(FormText), ErrorMessageResourceName = nameof(FormText.MaxLength))]
    [Display(Name = nameof(EventFieldNames.Question), ResourceType = typeof(EventFieldNames))]
    public string? Question { get; set; }

    /// <summary>Theme slugs, posted as repeated "themas" checkboxes and read by the page (not bound by the form mapper,
    /// which expects indexed names); the page keeps only slugs of the taxonomy.</summary>
    public List<string> Themes { get; set; } = [];

    public static EventInput From(AgendaEvent e) => new()
    {
        Title = e.Title,
        Type = e.Type,
        Description = e.Description,
        StartsAt = BelgianTime.ToLocal(e.StartsAt).DateTime,
        EndsAt = BelgianTime.ToLocal(e.EndsAt).DateTime,
        Location = e.Location,
        OnlineUrl = e.OnlineUrl,
        RecordingUrl = e.RecordingUrl,
        Capacity = e.Capacity,
        IsPublic = e.IsPublic,
        Question = e.RegistrationQuestion,
        Themes = [.. e.Themes],
    };

    /// <summary>The LearningText key of the first rule the attributes cannot express, or null when the input is usable.</summary>
    public string? Problem()
    {
        if (StartsAt is not { } starts || EndsAt is not { } ends || ends <= starts)
        {
            return "Event.EndBeforeStart";
        }

        if (!IsHttpsOrEmpty(OnlineUrl))
        {
            return "Event.UrlHttps";
        }

        if (!IsHttpsOrEmpty(RecordingUrl))
        {
            return "Event.RecordingHttps";
        }

        return null;
    }

    /// <summary>The trimmed change, with empty optional fields as null; call only when <see cref="Problem"/> is null.</summary>
    public EventChange ToChange() => new(
        Title.Trim(),
        Type,
        Description.Trim(),
        BelgianInput.ToUtc(StartsAt!.Value),
        BelgianInput.ToUtc(EndsAt!.Value),
        Blank(Location),
        Blank(OnlineUrl),
        Capacity,
        IsPublic,
        Blank(Question),
        Blank(RecordingUrl),
        [.. Themes.Distinct(StringComparer.Ordinal)]);

    private static bool IsHttpsOrEmpty(string? url) =>
        string.IsNullOrWhiteSpace(url) || url.Trim().StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
