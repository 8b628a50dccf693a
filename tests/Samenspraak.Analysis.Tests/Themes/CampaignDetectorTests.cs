using Samenspraak.Analysis.Themes;

namespace Samenspraak.Analysis.Tests.Themes;

public sealed class CampaignDetectorTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    private const string Template = "Stop de komst van het asielcentrum in onze wijk, teken allemaal de petitie en deel dit bericht";

    [Fact]
    public void Near_duplicates_from_many_authors_in_a_short_window_are_a_campaign()
    {
        var messages = new List<TrendMessage>();
        for (var i = 0; i < 8; i++)
        {
            // Small edits per copy: another mention, a link, an extra word at the end.
            var text = Template + $" @buur{i} https://t.co/x{i}" + (i % 2 == 0 ? " nu" : "");
            messages.Add(new TrendMessage(i + 1, $"auteur-{i}", T0.AddMinutes(15 * i), text));
        }
        messages.Add(new TrendMessage(100, "auteur-x", T0.AddMinutes(5), "Wanneer gaat het zwembad terug open na de renovatie van dit jaar?"));
        messages.Add(new TrendMessage(101, "auteur-y", T0.AddMinutes(6), "De kermis op het marktplein was weer heel gezellig dit weekend"));

        var campaigns = CampaignDetector.Detect(messages);

        var campaign = Assert.Single(campaigns);
        Assert.Equal(Enumerable.Range(1, 8).Select(i => (long)i), campaign.MessageIds);
        Assert.Equal(8, campaign.DistinctAuthors);
        Assert.Equal(T0, campaign.Start);
    }

    [Fact]
    public void Copies_from_one_author_or_spread_over_weeks_are_not_a_campaign()
    {
        var oneAuthor = Enumerable.Range(0, 10).Select(i => new TrendMessage(i, "spammer", T0.AddMinutes(i), Template)).ToList();
        var spread = Enumerable.Range(0, 10).Select(i => new TrendMessage(i, $"a{i}", T0.AddDays(3 * i), Template)).ToList();

        Assert.Empty(CampaignDetector.Detect(oneAuthor));
        Assert.Empty(CampaignDetector.Detect(spread));
    }

    [Fact]
    public void Different_texts_on_the_same_topic_are_not_near_duplicates()
    {
        var texts = new[]
        {
            "Het asielcentrum in onze wijk is een slecht idee, er is geen plaats voor",
            "Ik ben blij dat er eindelijk opvang komt voor vluchtelingen in onze gemeente",
            "Waarom werd er niet eerst met de buurt gepraat over dat asielcentrum?",
            "Ons dorp kan die extra mensen niet aan, de scholen zitten al vol",
            "Kom naar de infoavond over het opvangcentrum donderdag in de zaal",
            "Petitie tegen het asielcentrum: al 500 handtekeningen, teken ook",
        };
        var messages = texts.Select((t, i) => new TrendMessage(i, $"a{i}", T0.AddMinutes(i), t)).ToList();

        Assert.Empty(CampaignDetector.Detect(messages, new CampaignOptions { MinAuthors = 2 }));
    }

    [Fact]
    public void MinHash_similarity_estimates_jaccard()
    {
        var a = MinHasher.Signature(Template);
        Assert.Equal(1.0, MinHasher.Similarity(a, MinHasher.Signature(Template.ToUpperInvariant())));
        Assert.True(MinHasher.Similarity(a, MinHasher.Signature("De kermis op het marktplein was weer heel gezellig dit weekend")) < 0.2);
    }
}
