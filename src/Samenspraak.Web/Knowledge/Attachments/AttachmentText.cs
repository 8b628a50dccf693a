namespace Samenspraak.Web.Knowledge.Attachments;

/// <summary>
/// Marker for the texts of Kennisbank attachments (AttachmentText.resx: Dutch; AttachmentText.en.resx: English).
/// Kept apart from KnowledgeText so that parallel work on the module does not collide in one resource file.
/// </summary>
public sealed class AttachmentText;
