using Samenspraak.Analysis.Themes;

namespace Samenspraak.Analysis.Tests.Themes;

public sealed class KeyPhraseExtractorTests
{
    private static List<string> Keys(string text, IReadOnlyCollection<TargetGroup>? targets = null, IReadOnlySet<string>? places = null) =>
        KeyPhraseExtractor.Extract(text, targets, places).Select(k => k.Key).ToList();

    [Fact]
    public void Hashtags_mentions_terms_and_bigrams_are_extracted_without_stopwords()
    {
        var keys = Keys("Het nieuwe Circulatieplan Binnenstad is een ramp! #Mobiliteit @Schepen_Jan wie heeft dit bedacht?");

        Assert.Equal("#mobiliteit", keys[0]);
        Assert.Equal("@schepen_jan", keys[1]);
        Assert.Contains("circulatieplan binnenstad", keys);
        Assert.DoesNotContain("nieuwe", keys);
        Assert.Contains("circulatieplan", keys);
        Assert.Contains("ramp", keys);
        Assert.DoesNotContain("het", keys);
        Assert.DoesNotContain("een", keys);
        Assert.DoesNotContain("wie", keys);
        // "ramp" and "bedacht" are in different sentences: no bigram across the "!".
        Assert.DoesNotContain(keys, k => k.StartsWith("ramp ", StringComparison.Ordinal));
    }

    [Fact]
    public void Flemish_filler_words_are_stopwords()
    {
        var keys = Keys("amai ge zijt ne sukkel, allez da's toch gewoon zo, awel ja");

        Assert.Equal(["sukkel"], keys.Where(k => !k.Contains(' ', StringComparison.Ordinal) && k != "da's").ToList());
    }

    [Fact]
    public void Accents_and_case_fold_to_one_key_and_links_are_skipped()
    {
        var a = Keys("De Moskeeën in Gent https://example.org/moskee-artikel");
        var b = Keys("de moskeeen in gent");

        Assert.Contains("moskee", a);
        Assert.Equal(b, a);
        Assert.DoesNotContain(a, k => k.Contains("example", StringComparison.Ordinal));
    }

    [Fact]
    public void Generic_words_days_and_times_are_no_keys_and_plurals_fold_to_the_singular()
    {
        var keys = Keys("Alleen de gewone mensen van de stad betalen, zaterdag om 19u30 weer vijf nieuwe moslims en asielzoekers erbij");

        Assert.Contains("moslim", keys);
        Assert.Contains("asielzoeker", keys);
        Assert.DoesNotContain(keys, k => k is "alleen" or "gewone" or "mensen" or "stad" or "zaterdag" or "19u30" or "vijf" or "nieuwe");
        Assert.Equal(Keys("de betoging"), Keys("de betogingen"));
        Assert.Equal(["overigens"], Keys("overigens"));
    }

    [Fact]
    public void Capitalised_street_and_park_names_are_places_without_a_gazetteer()
    {
        var keys = Keys("De moskee in de Stationsstraat en het Stadspark, niet de straat of het park");

        Assert.Contains("plaats:stationsstraat", keys);
        Assert.Contains("plaats:stadspark", keys);
        Assert.DoesNotContain("plaats:park", keys);
    }

    [Fact]
    public void Places_from_the_gazetteer_and_engine_target_groups_become_keys()
    {
        var places = new HashSet<string>(StringComparer.Ordinal) { KeyPhraseExtractor.Fold("Gentbrugge") };
        var keys = Keys("Weer die asielzoekers in Gentbrugge", [TargetGroup.Origin, TargetGroup.Other], places);

        Assert.Contains("plaats:gentbrugge", keys);
        Assert.Contains("doelgroep:origin", keys);
        Assert.DoesNotContain("doelgroep:other", keys);
    }

    [Fact]
    public void Numbers_are_not_terms_and_output_is_capped()
    {
        var text = string.Join(' ', Enumerable.Range(0, 100).Select(i => "woord" + (char)('a' + (i % 26)) + (char)('a' + (i / 26))));
        Assert.Equal(KeyPhraseExtractor.MaxKeys, KeyPhraseExtractor.Extract(text).Count);
        Assert.Empty(Keys("2024 12 365"));
    }
}
