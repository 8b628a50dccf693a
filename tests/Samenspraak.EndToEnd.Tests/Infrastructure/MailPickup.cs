using System.Text.RegularExpressions;

namespace Samenspraak.EndToEnd.Tests.Infrastructure;

/// <summary>The application's development mail pickup folder: every sent mail is an .eml file there.</summary>
internal static partial class MailPickup
{
    public static async Task<string> WaitForMailToAsync(string directory, string recipient, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (Directory.Exists(directory))
            {
                foreach (var file in Directory.EnumerateFiles(directory, "*.eml"))
                {
                    var text = await File.ReadAllTextAsync(file, ct);
                    if (text.Contains(recipient, StringComparison.OrdinalIgnoreCase))
                    {
                        return text;
                    }
                }
            }

            await Task.Delay(200, ct);
        }

        throw new TimeoutException($"No mail to {recipient} in {directory}.");
    }

    /// <summary>The first link to the given path in a mail (quoted-printable soft breaks undone).</summary>
    public static string LinkTo(string mail, string path)
    {
        var unfolded = mail.Replace("=\r\n", string.Empty, StringComparison.Ordinal).Replace("=\n", string.Empty, StringComparison.Ordinal)
            .Replace("=3D", "=", StringComparison.Ordinal);
        var match = Link().Matches(unfolded).FirstOrDefault(m => m.Value.Contains(path, StringComparison.Ordinal));
        return match?.Value.Replace("&amp;", "&", StringComparison.Ordinal)
            ?? throw new InvalidOperationException($"No link to {path} in the mail:\n{mail}");
    }

    [GeneratedRegex(@"https?://[^\s""<>]+")]
    private static partial Regex Link();
}
