using Samenspraak.Analysis.Themes;

namespace Samenspraak.Analysis.Tests.Themes;

public sealed class ThemeClustererTests
{
    private static readonly string[] Stream =
    [
        "Het nieuwe circulatieplan is een ramp voor de handelaars #circulatieplan",
        "Zwembad al maanden dicht, wanneer gaat het zwembad terug open?",
        "Door het circulatieplan sta ik elke dag in de file #circulatieplan",
        "Het zwembad blijft dicht, schandalig voor de kinderen",
        "Weg met dat circulatieplan, handelaars gaan failliet",
        "De kermis op het marktplein was weer gezellig",
        "Kinderen kunnen nergens zwemmen nu het zwembad dicht is",
    ];

    private static List<long> Cluster(ThemeClusterer clusterer, IEnumerable<string> texts) =>
        texts.Select(t => clusterer.Assign(KeyPhraseExtractor.Extract(t))!.Value.ThemeId).ToList();

    [Fact]
    public void Messages_sharing_key_phrases_form_one_theme_and_unrelated_ones_a_new_theme()
    {
        var ids = Cluster(new ThemeClusterer(), Stream);

        Assert.Equal(ids[0], ids[2]);
        Assert.Equal(ids[0], ids[4]);
        Assert.Equal(ids[1], ids[3]);
        Assert.Equal(ids[1], ids[6]);
        Assert.NotEqual(ids[0], ids[1]);
        Assert.NotEqual(ids[0], ids[5]);
        Assert.NotEqual(ids[1], ids[5]);
    }

    [Fact]
    public void Clustering_is_deterministic_and_labels_name_the_theme()
    {
        var first = new ThemeClusterer();
        var second = new ThemeClusterer();

        Assert.Equal(Cluster(first, Stream), Cluster(second, Stream));
        var label = first[Cluster(new ThemeClusterer(), Stream)[0]].Label();
        Assert.Contains("circulatieplan", label, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clusterer_restored_from_persisted_themes_continues_where_it_stopped()
    {
        var original = new ThemeClusterer();
        var ids = Cluster(original, Stream.Take(4));
        var restored = new ThemeClusterer(
            original.Themes.Select(t => new ThemeModel(t.Id, t.MessageCount, t.KeyCounts)),
            original.DocumentFrequency.ToDictionary(k => k.Key, k => k.Value), original.Documents);

        var next = restored.Assign(KeyPhraseExtractor.Extract(Stream[4]))!.Value;
        var fresh = restored.Assign(KeyPhraseExtractor.Extract("Nieuwe bibliotheek opent volgende maand de deuren"))!.Value;

        Assert.False(next.IsNew);
        Assert.Equal(ids[0], next.ThemeId);
        Assert.True(fresh.IsNew);
        Assert.True(fresh.ThemeId > ids.Max());
    }

    [Fact]
    public void Messages_sharing_only_their_subject_form_one_theme_and_filler_does_not_glue()
    {
        string[] texts =
        [
            "De moskee in de Stationsstraat houdt opendeurdag met rondleidingen en thee.",
            "Ik vind dat de bouwvergunning voor de moskee te snel is goedgekeurd.",
            "Alleen de gewone mensen betalen weer, zaterdag gaan we betogen.",
            "Leuke activiteit! Komt er volgend jaar weer een kookworkshop van de moskee?",
            "Alleen de gewone mensen van de stad worden nooit gehoord, zaterdag.",
            "Zijn er nog vrijwilligers nodig voor het buurtontbijt met de moskee?",
        ];
        var clusterer = new ThemeClusterer();
        var ids = Cluster(clusterer, texts);

        Assert.Equal(ids[0], ids[1]);
        Assert.Equal(ids[0], ids[3]);
        Assert.Equal(ids[0], ids[5]);
        Assert.NotEqual(ids[2], ids[4]);
        Assert.Equal("moskee", clusterer.Label(ids[0]));
    }

    [Fact]
    public void A_message_without_keys_is_not_assigned()
    {
        Assert.Null(new ThemeClusterer().Assign(KeyPhraseExtractor.Extract("ja ja, dat is het")));
    }

    // A restored theme of 1,000 documents' worth of frequencies, so the shared hashtags carry most of a message's mass.
    private static ThemeClusterer Restored(ThemeClusterOptions options, params ThemeModel[] themes) =>
        new(themes, themes.SelectMany(t => t.KeyCounts).GroupBy(k => k.Key).ToDictionary(g => g.Key, g => g.Sum(k => k.Value)), 1_000, options);

    private static KeyPhrase[] Hashtags(params string[] tags) => [.. tags.Select(t => new KeyPhrase(t, KeyKind.Hashtag))];

    [Fact]
    public void A_theme_over_its_key_limit_drops_its_rarest_keys_and_ties_go_by_key()
    {
        // Two keys over the limit after the message: the new #e (1) goes first, then of #c and #d (2 each) the one
        // last in ordinal order.
        var clusterer = Restored(new ThemeClusterOptions { MaxKeysPerTheme = 3 },
            new ThemeModel(1, 10, new Dictionary<string, int> { ["#a"] = 10, ["#b"] = 9, ["#c"] = 2, ["#d"] = 2 }));

        Assert.Equal(1L, clusterer.Assign(Hashtags("#a", "#b", "#e"))!.Value.ThemeId);

        Assert.Equal(new[] { "#a", "#b", "#c" }, clusterer[1].KeyCounts.Keys.Order(StringComparer.Ordinal));
        // A dropped key no longer leads to the theme: a message with only #d starts a theme of its own.
        Assert.True(clusterer.Assign(Hashtags("#d"))!.Value.IsNew);
    }

    [Fact]
    public void Many_keys_over_the_limit_are_dropped_in_the_same_order()
    {
        // Seven over the limit (the sorting path instead of the scan): the six count-1 keys, then of the count-2 keys
        // the one last in ordinal order.
        var counts = new Dictionary<string, int> { ["#a"] = 10, ["#b"] = 9, ["#c"] = 2, ["#d"] = 2 };
        foreach (var rare in new[] { "#r1", "#r2", "#r3", "#r4", "#r5" })
        {
            counts[rare] = 1;
        }
        var clusterer = Restored(new ThemeClusterOptions { MaxKeysPerTheme = 3 }, new ThemeModel(1, 10, counts));

        Assert.Equal(1L, clusterer.Assign(Hashtags("#a", "#b", "#e"))!.Value.ThemeId);

        Assert.Equal(new[] { "#a", "#b", "#c" }, clusterer[1].KeyCounts.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Equal_scores_go_to_the_oldest_theme_whatever_order_the_themes_were_restored_in()
    {
        var keys = new Dictionary<string, int> { ["#kermis"] = 4, ["#marktplein"] = 4 };
        var clusterer = Restored(new ThemeClusterOptions(), new ThemeModel(5, 4, keys), new ThemeModel(3, 4, keys));

        var assignment = clusterer.Assign(Hashtags("#kermis", "#marktplein"))!.Value;

        Assert.False(assignment.IsNew);
        Assert.Equal(3L, assignment.ThemeId);
    }

    [Fact]
    public void A_message_with_only_target_groups_is_not_assigned_and_starts_no_theme()
    {
        // Target groups never group messages, so such a message could only ever be a theme of one that nobody joins.
        var clusterer = new ThemeClusterer();
        var first = clusterer.Assign(KeyPhraseExtractor.Extract("Het zwembad blijft dicht #zwembad"))!.Value;

        for (var i = 0; i < 3; i++)
        {
            Assert.Null(clusterer.Assign([new KeyPhrase(KeyPhrase.TargetPrefix + "religion", KeyKind.TargetGroup)]));
        }

        Assert.Equal(new[] { first.ThemeId }, clusterer.Themes.Select(t => t.Id));
        // With a word besides the target group the message is grouped as before.
        Assert.False(clusterer.Assign([new KeyPhrase("#zwembad", KeyKind.Hashtag), new KeyPhrase(KeyPhrase.TargetPrefix + "religion", KeyKind.TargetGroup)])!.Value.IsNew);
    }
}
