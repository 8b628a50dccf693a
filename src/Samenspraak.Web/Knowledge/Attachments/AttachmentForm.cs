using System.Globalization;

namespace Samenspraak.Web.Knowledge.Attachments;

/// <summary>
/// Reads the attachment part of a posted proposal form: edits of current attachments, the ones ticked for removal,
/// the chosen files, and whether <see cref="OversizeUploads"/> had to drop files from a too large request.
/// </summary>
public static class AttachmentForm
{
    public const string FileField = "bijlage";

    public static List<AttachmentEdit> Edits(IFormCollection form, IEnumerable<KnowledgeAttachment> existing) =>
        existing
            .Where(a => form.ContainsKey($"bijlage-titel-{a.Id}") || form.ContainsKey($"bijlage-volgorde-{a.Id}"))
            .Select(a => new AttachmentEdit(a.Id, form[$"bijlage-titel-{a.Id}"].ToString(), form[$"bijlage-omschrijving-{a.Id}"].ToString(),
                int.TryParse(form[$"bijlage-volgorde-{a.Id}"].ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : null))
            .ToList();

    public static HashSet<Guid> Removals(IFormCollection form) =>
        [.. form["bijlage-weg"].Select(v => Guid.TryParse(v, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty)];

    /// <summary>The chosen files; an empty file input posts a nameless empty part, which is no choice at all.</summary>
    public static List<IFormFile> Files(IFormCollection form) =>
        [.. form.Files.GetFiles(FileField).Where(f => !string.IsNullOrEmpty(f.FileName))];
}
