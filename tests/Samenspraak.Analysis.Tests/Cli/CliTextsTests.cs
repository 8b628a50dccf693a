using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using Samenspraak.Cli.Resources;

namespace Samenspraak.Analysis.Tests.Cli;

public sealed partial class CliTextsTests
{
    private static readonly ResourceManager Manager = new("Samenspraak.Cli.Resources.CliTexts", typeof(CliTexts).Assembly);

    private static Dictionary<string, string> Entries(CultureInfo culture) =>
        Manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    [GeneratedRegex(@"\{(\d+)(?:[:,][^}]*)?\}")]
    private static partial Regex Placeholder();

    private static int[] Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().Order()];

    [Fact]
    public void DutchAndEnglishHaveTheSameKeysAndPlaceholders()
    {
        var dutch = Entries(CultureInfo.InvariantCulture);
        var english = Entries(CultureInfo.GetCultureInfo("en"));

        Assert.Equal(dutch.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, text) in dutch)
        {
            Assert.True(Placeholders(text).SequenceEqual(Placeholders(english[key])), $"Placeholders of '{key}' differ between nl and en.");
        }
    }

    [Fact]
    public void EveryMemberHasAResourceAndEveryResourceAMember()
    {
        var members = typeof(CliTexts).GetMembers(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m is PropertyInfo { PropertyType.Name: "String" } or MethodInfo { ReturnType.Name: "String", IsSpecialName: false })
            .Select(m => m.Name)
            .ToHashSet(StringComparer.Ordinal);
        var keys = Entries(CultureInfo.InvariantCulture).Keys.ToHashSet(StringComparer.Ordinal);

        Assert.Empty(members.Except(keys));
        Assert.Empty(keys.Except(members));
    }

    [Fact]
    public void TextsAreDutchByDefault()
    {
        Assert.Equal("Regel 12 overgeslagen: geen JSON-object.", CliTexts.LineSkipped(12, CliTexts.ProblemNotAnObject));
        Assert.Equal("Klaar: 1.234 berichten geanalyseerd in 2,5 s (494 per seconde).", CliTexts.AnalyzeDone(1234, 2.5, 493.6));
    }
}
