using System.Text.Json;

namespace Samenspraak.Analysis.Tests.Cli;

/// <summary>The analyze output contract of DESIGN.md, checked on the real engine through the real command.</summary>
public sealed class AnalyzeContractTests : IDisposable
{
    private static readonly string[] SignalNames = ["hate", "toxicity", "threat", "dehumanisation", "polarisation", "doxxing", "disinformation"];
    private static readonly string[] BandNames = ["laag", "verhoogd", "hoog", "zeer hoog"];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Messages()
    {
        var lines = new List<string> { "id\ttext" };
        string[] texts =
        [
            "Die moslims zijn ratten en moeten allemaal weg uit onze stad",
            "Ik ben trots moslim te zijn en help zaterdag op de markt",
            "De burgemeester zijn parkeerbeleid is een schande, stem hem weg",
            "Bel hem gerust op 0471 23 45 67, hij woont Kerkstraat 12, 9000 Gent",
            "Amai, da's nen toffe fietsstraat geworden",
            "",
            "5G-masten verspreiden het coronavirus, de regering verzwijgt het",
        ];
        for (var i = 0; i < 40; i++)
        {
            lines.Add($"c-{i:D3}\t{texts[i % texts.Length]}");
        }
        return _temp.File("contract.tsv", string.Join('\n', lines) + "\n");
    }

    [Fact]
    public void EveryLineIsOneValidObjectWithTheContractFieldsInOrder()
    {
        var run = CliHarness.Run("analyze", Messages());

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(40, run.Lines.Length);
        for (var i = 0; i < run.Lines.Length; i++)
        {
            using var doc = JsonDocument.Parse(run.Lines[i]);
            var root = doc.RootElement;
            Assert.Equal(["id", "language", "harmful", "signals", "targets", "evidence", "model"], root.EnumerateObject().Select(p => p.Name).Take(7));
            Assert.Equal($"c-{i:D3}", root.GetProperty("id").GetString());
            Assert.Contains(root.GetProperty("language").GetString(), new[] { "nl", "fr", "en", "other" });
            Assert.True(root.GetProperty("harmful").ValueKind is JsonValueKind.True or JsonValueKind.False);
            var signals = root.GetProperty("signals");
            Assert.Equal(SignalNames, signals.EnumerateObject().Select(p => p.Name));
            foreach (var signal in signals.EnumerateObject())
            {
                Assert.Equal(["score", "flagged", "band"], signal.Value.EnumerateObject().Select(p => p.Name));
                var score = signal.Value.GetProperty("score").GetDouble();
                Assert.InRange(score, 0, 1);
                Assert.Equal(Math.Round(score, 4), score);
                Assert.Contains(signal.Value.GetProperty("band").GetString(), BandNames);
            }
            Assert.Equal(JsonValueKind.Array, root.GetProperty("targets").ValueKind);
            foreach (var evidence in root.GetProperty("evidence").EnumerateArray())
            {
                Assert.Equal(["signal", "start", "length", "text", "reason"], evidence.EnumerateObject().Select(p => p.Name));
                Assert.Contains(evidence.GetProperty("signal").GetString(), SignalNames);
            }
            Assert.False(string.IsNullOrEmpty(root.GetProperty("model").GetString()));
            Assert.False(root.TryGetProperty("explanations", out _));
        }
    }

    [Fact]
    public void EvidenceSpansPointIntoTheOriginalText()
    {
        var file = _temp.File("ev.ndjson", "{\"id\":\"e\",\"text\":\"Die moslims zijn ratten en moeten allemaal weg uit onze stad\"}\n");
        const string text = "Die moslims zijn ratten en moeten allemaal weg uit onze stad";

        var run = CliHarness.Run("analyze", file);

        using var doc = JsonDocument.Parse(Assert.Single(run.Lines));
        foreach (var evidence in doc.RootElement.GetProperty("evidence").EnumerateArray())
        {
            var start = evidence.GetProperty("start").GetInt32();
            var length = evidence.GetProperty("length").GetInt32();
            Assert.Equal(text.Substring(start, length), evidence.GetProperty("text").GetString());
        }
    }

    [Fact]
    public void ExplainAddsExplanationsAfterTheModel()
    {
        var run = CliHarness.Run("analyze", Messages(), "--explain");

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Lines[0]);
        var names = doc.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal("explanations", names[^1]);
        Assert.True(names.IndexOf("model") < names.IndexOf("explanations"));
        Assert.All(doc.RootElement.GetProperty("explanations").EnumerateObject(), p => Assert.Contains(p.Name, SignalNames));
    }

    [Fact]
    public void AKnownClaimRepeatedWordForWordIsReportedWithItsId()
    {
        var claims = _temp.File("claims.csv",
            "id,statement,verdict,source,url\n" +
            "fc-zendmast,\"De nieuwe zendmast aan het station maakt kinderen in de buurt ziek\",onwaar,Factcheck,https://example.org/fc\n");
        var input = _temp.File("in.ndjson", "{\"id\":\"m\",\"text\":\"De nieuwe zendmast aan het station maakt kinderen in de buurt ziek\"}\n");

        var run = CliHarness.Run("analyze", input, "--claims", claims);

        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(Assert.Single(run.Lines));
        var claim = doc.RootElement.GetProperty("claim");
        Assert.Equal("fc-zendmast", claim.GetProperty("id").GetString());
        Assert.InRange(claim.GetProperty("similarity").GetDouble(), 0.5, 1);
        Assert.Contains("1 gekende beweringen geladen", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingClaimsFileExitsWithTwo()
    {
        var run = CliHarness.Run("analyze", Messages(), "--claims", _temp.Combine("geen.csv"));

        Assert.Equal(Samenspraak.Cli.ExitCodes.FileError, run.ExitCode);
    }
}
