using Samenspraak.Analysis.Themes;

namespace Samenspraak.Analysis.Tests.Themes;

public sealed class HarassmentAndExposingTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Person_cues_are_mentions_and_capitalised_names_inside_a_sentence()
    {
        var cues = PersonCues.Extract("Die @Schepen_Jan moet weg. Ook Fatima El Amrani en Jan Peeters zijn incompetent. Gent ligt aan de Schelde.");

        Assert.Contains("@schepen_jan", cues);
        Assert.Contains("fatima el amrani", cues);
        Assert.Contains("jan peeters", cues);
        // A capital that only opens a sentence is no name; one capitalised word alone is no name either.
        Assert.Equal(3, cues.Count);
        Assert.Empty(PersonCues.Extract("Dit is een gewone zin. Niets aan de hand."));
    }

    [Fact]
    public void One_person_repeatedly_targeted_by_toxic_messages_is_harassment()
    {
        var messages = new List<TrendMessage>();
        for (var i = 0; i < 6; i++)
        {
            messages.Add(new TrendMessage(i, $"a{i % 4}", T0.AddHours(10 * i), $"Die @schepen_jan is een vuile leugenaar nummer {i}", Toxic: true));
        }
        // Friendly mentions and toxic messages about someone else once do not count.
        messages.Add(new TrendMessage(50, "b", T0, "Dank je @schepen_jan voor de snelle hulp", Toxic: false));
        messages.Add(new TrendMessage(51, "c", T0, "Wat een idioot die @iemand_anders", Toxic: true));

        var harassed = Assert.Single(HarassmentDetector.TargetedPeople(messages));

        Assert.Equal("@schepen_jan", harassed.Person);
        Assert.Equal([0L, 1, 2, 3, 4, 5], harassed.MessageIds);
        Assert.Equal(4, harassed.DistinctAuthors);
    }

    [Fact]
    public void Toxic_messages_about_one_person_spread_over_months_are_not_harassment_in_the_window()
    {
        var messages = Enumerable.Range(0, 6)
            .Select(i => new TrendMessage(i, "a", T0.AddDays(20 * i), "Die @schepen_jan is een vuile leugenaar", Toxic: true)).ToList();

        Assert.Empty(HarassmentDetector.TargetedPeople(messages));
    }

    [Fact]
    public void Pestaccounts_need_a_minimum_count_and_a_high_toxic_share()
    {
        var messages = new List<TrendMessage>();
        void Add(string author, int total, int toxic)
        {
            for (var i = 0; i < total; i++)
            {
                messages.Add(new TrendMessage(messages.Count, author, T0, "tekst", Toxic: i < toxic));
            }
        }
        Add("pester", 10, 8);
        Add("gewoon", 10, 2);
        Add("eenmalig", 2, 2);

        var abusive = Assert.Single(HarassmentDetector.AbusiveAuthors(messages));

        Assert.Equal("pester", abusive.Author);
        Assert.Equal(0.8, abusive.ToxicShare, 6);
    }

    [Fact]
    public void Doxxing_messages_about_one_person_and_unnamed_bursts_become_exposing_events()
    {
        var messages = new List<TrendMessage>
        {
            new(1, "a", T0, "Het adres van Jan Peeters is Kerkstraat 5, ga maar eens langs", Doxxing: true),
            new(2, "b", T0.AddHours(2), "Jan Peeters woont in de Kerkstraat 5, zijn nummer is 0470 12 34 56", Doxxing: true),
            new(3, "c", T0.AddHours(3), "Gewoon een bericht over Jan Peeters zonder gegevens", Doxxing: false),
            new(4, "d", T0.AddDays(10), "bel dan 0470 99 88 77 die heeft het gedaan", Doxxing: true),
            new(5, "e", T0.AddDays(10).AddHours(1), "hier is het mailadres x@y.be van die gast", Doxxing: true),
            new(6, "f", T0.AddDays(30), "nog een nummer 0470 11 11 11", Doxxing: true),
        };

        var events = ExposingDetector.Detect(messages);

        Assert.Equal(2, events.Count);
        Assert.Equal("jan peeters", events[0].Person);
        Assert.Equal([1L, 2], events[0].MessageIds);
        Assert.Null(events[1].Person);
        Assert.Equal([4L, 5], events[1].MessageIds);
    }
}
