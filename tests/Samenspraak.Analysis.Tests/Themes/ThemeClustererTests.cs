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
}
