using Samenspraak.Web.Learning.Resources;

namespace Samenspraak.Web.Learning.Agenda.Pages;

/// <summary>
/// Dutch (or English) field names and messages for the event form's validation attributes: DataAnnotations read
/// resource texts through public static properties, and the Learning texts live in <see cref="LearningText"/>.
/// Without these the messages named the C# property ("Capacity is verplicht.").
/// </summary>
public static class EventFieldNames
{
    public static string StartsAt => LearningText.Text["Event.StartsAt"];

    public static string EndsAt => LearningText.Text["Event.EndsAt"];

    public static string Location => LearningText.Text["Event.Location"];

    public static string OnlineUrl => LearningText.Text["Event.OnlineLink"];

    public static string RecordingUrl => LearningText.Text["Event.RecordingField"];

    public static string Capacity => LearningText.Text["Event.CapacityField"];

    public static string Question => LearningText.Text["Event.Question"];

    public static string CapacityRange => LearningText.Text["Event.CapacityRange"];
}
