using System.Text;
using Samenspraak.Web.Learning.Agenda;

namespace Samenspraak.Web.Tests.Learning;

/// <summary>RFC 5545 essentials: CRLF, folding at 75 octets, TEXT escaping, UID, DTSTAMP, UTC times.</summary>
public sealed class ICalendarWriterTests
{
    private static AgendaEvent Sample() => new()
    {
        Id = Guid.Parse("5b7a0d3e-8d1c-4b8e-9f44-0c2f1e6a9b11"),
        Title = "Hackathon; polarisatie, online & lokaal",
        Type = EventType.Hackathon,
        Description = "Twee dagen samen werken aan tools tegen online haat.\nBreng je laptop mee, en een open geest. Ook voor wie geen programmeur is: "
            + "we zoeken vooral mensen met ervaring op het terrein — jeugdwerkers, leerkrachten, communicatiemedewerkers.",
        StartsAt = new DateTimeOffset(2026, 3, 28, 9, 0, 0, TimeSpan.FromHours(1)),
        EndsAt = new DateTimeOffset(2026, 3, 29, 17, 0, 0, TimeSpan.FromHours(2)),
        Location = "Stadhuis, Grote Markt 1, Teststad",
        Sequence = 2,
    };

    private static string Write() => ICalendarWriter.Write([Sample()], "Agenda", e => $"https://samenspraak.example/agenda/{e.Id}", new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

    [Fact]
    public void EveryLineEndsWithCrlfAndNoPhysicalLineExceeds75Octets()
    {
        var ics = Write();

        Assert.EndsWith("\r\n", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var lines = ics.Split("\r\n")[..^1];
        Assert.All(lines, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, l));
        Assert.Contains(lines, l => l.StartsWith(' '));
    }

    [Fact]
    public void UnfoldedContentHasTheRequiredPropertiesAndEscapedText()
    {
        var unfolded = Write().Replace("\r\n ", "", StringComparison.Ordinal);
        var lines = unfolded.Split("\r\n");

        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Contains("VERSION:2.0", lines);
        Assert.Contains(lines, l => l.StartsWith("PRODID:", StringComparison.Ordinal));
        Assert.Contains("UID:5b7a0d3e-8d1c-4b8e-9f44-0c2f1e6a9b11@samenspraak", lines);
        Assert.Contains("DTSTAMP:20260102T030405Z", lines);
        Assert.Contains("DTSTART:20260328T080000Z", lines);
        Assert.Contains("DTEND:20260329T150000Z", lines);
        Assert.Contains("SEQUENCE:2", lines);
        Assert.Contains(@"SUMMARY:Hackathon\; polarisatie\, online & lokaal", lines);
        Assert.Contains(@"LOCATION:Stadhuis\, Grote Markt 1\, Teststad", lines);
        Assert.Contains(lines, l => l.StartsWith(@"DESCRIPTION:Twee dagen samen werken aan tools tegen online haat.\nBreng", StringComparison.Ordinal));
        Assert.Equal("END:VCALENDAR", lines[^2]);
        Assert.Equal(lines.Count(l => l == "BEGIN:VEVENT"), lines.Count(l => l == "END:VEVENT"));
    }

    [Fact]
    public void FoldingNeverSplitsAMultiByteCharacter()
    {
        var builder = new StringBuilder();
        ICalendarWriter.Fold(builder, "DESCRIPTION:" + new string('é', 100));

        var bytes = Encoding.UTF8.GetBytes(builder.ToString());
        // Decoding strictly fails on a split sequence.
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        foreach (var line in builder.ToString().Split("\r\n"))
        {
            Assert.True(Encoding.UTF8.GetByteCount(line) <= 75);
        }

        Assert.Equal(builder.ToString(), strict.GetString(bytes));
        Assert.Equal("DESCRIPTION:" + new string('é', 100), builder.ToString().Replace("\r\n ", "", StringComparison.Ordinal).TrimEnd('\r', '\n'));
    }

    [Theory]
    [InlineData(@"a\b", @"a\\b")]
    [InlineData("a;b,c", @"a\;b\,c")]
    [InlineData("regel\r\nvolgende", @"regel\nvolgende")]
    public void TextValuesAreEscaped(string value, string escaped) => Assert.Equal(escaped, ICalendarWriter.Escape(value));
}
