using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Samenspraak.Web.Monitoring.Api;
using Samenspraak.Web.Monitoring.Ingestion;
using Samenspraak.Web.Monitoring.Resources;

namespace Samenspraak.Web.Tests.Monitoring;

/// <summary>
/// The push API's byte-level NDJSON reader must give, for every body, exactly the items and per-item errors of the
/// string reader it replaced (a <see cref="StreamReader"/> line by line, one <see cref="JsonDocument"/> per line):
/// each case is compared with that reference, read through a pipe with tiny segments so lines and tokens are split.
/// </summary>
public sealed class NdjsonBodyReaderTests
{
    private static readonly string[] TrickyLines =
    [
        """{"id":"a1","text":"Gewoon een bericht","author":"@jan","publishedAt":"2026-11-20T10:00:00Z","url":"https://voorbeeld.be/1","replyTo":"a0"}""",
        """{"id":42,"text":"Nummer als id"}""",
        """{"id":1.5e3,"text":"Exponent als id blijft ruwe tekst"}""",
        """{"text":"Ontsnapt: \"aanhalingstekens\", \u00e9\u00e8n regel\nen een tab\t en emoji 😡","author":"\u0040anna"}""",
        """{"\u0074ext":"Ontsnapte veldnaam"}""",
        """{"text":"eerste","text":"laatste telt"}""",
        """{"text":"Onbekende velden","extra":{"diep":[1,2,{"x":null}]},"lijst":[true,false]}""",
        """{"text":"Object in een gekend veld","author":{"naam":"x"}}""",
        """{"text":["lijst als tekst"],"id":true}""",
        """{"id":null,"text":"Null is afwezig","url":null}""",
        """{"text":"Slechte datum","publishedAt":"gisteren"}""",
        """{"text":"Unix-seconden","publishedAt":"1763632800"}""",
        """{"text":"Datum als getal","publishedAt":1763632800}""",
        """{"text":"Geen object hierna"} {"text":"tweede"}""",
        """{"text":"Komma op het einde",}""",
        """{"text":"Niet afgesloten""",
        """["een","array"]""",
        "\"enkel een string\"",
        "12345",
        "null",
        "niet eens json",
        "{}",
        "   ",
        "\t{\"text\":\"Witruimte rondom\"}  ",
        "\u00a0",
        """{"text":"Diep genest","x":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}""",
    ];

    [Fact]
    public async Task GivesTheStringReadersItemsAndErrorsForTrickyLines()
    {
        var body = string.Join("\n", TrickyLines);

        await AssertSameAsReferenceAsync(Encoding.UTF8.GetBytes(body));
    }

    [Fact]
    public async Task SplitsOnEveryKindOfLineBreakAndSkipsBlankLines()
    {
        var body = "{\"text\":\"een\"}\r\n\r\n{\"text\":\"twee\"}\r{\"text\":\"drie\"}\n\n\n   \n{\"text\":\"vier zonder einde\"}";

        var items = await AssertSameAsReferenceAsync(Encoding.UTF8.GetBytes(body));

        Assert.Equal(["een", "twee", "drie", "vier zonder einde"], items.Select(i => i.Item?.Text));
    }

    [Fact]
    public async Task ReadsAStringWithInvalidUtf8AsTheDecodingReaderDid()
    {
        var bytes = new List<byte>();
        bytes.AddRange("{\"text\":\"kapot "u8.ToArray());
        bytes.AddRange([0xC3, 0x28, 0xFF]);
        bytes.AddRange(" einde\"}\n{\"text\":\"daarna goed\"}"u8.ToArray());

        var items = await AssertSameAsReferenceAsync([.. bytes]);

        Assert.Contains('\uFFFD', items[0].Item!.Text!);
        Assert.Equal("daarna goed", items[1].Item!.Text);
    }

    [Fact]
    public async Task SkipsAUtf8ByteOrderMarkAndReadsUtf16Bodies()
    {
        var lines = "{\"text\":\"één\",\"id\":\"x1\"}\n{\"text\":\"twee\"}\nkapot";
        var withUtf8Mark = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(lines)).ToArray();
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(lines)).ToArray();

        var fromUtf8 = await AssertSameAsReferenceAsync(withUtf8Mark);
        var fromUtf16 = await AssertSameAsReferenceAsync(utf16);

        Assert.Equal("één", fromUtf8[0].Item!.Text);
        Assert.Equal(fromUtf8, fromUtf16);
        Assert.Equal(MonitoringText.Text["Push.ItemInvalidJson"], fromUtf16[2].Error);
    }

    [Fact]
    public async Task ReadsAnEmptyBodyAsNoItems()
    {
        Assert.Empty(await AssertSameAsReferenceAsync([]));
        Assert.Empty(await AssertSameAsReferenceAsync("\n\r\n  "u8.ToArray()));
    }

    [Fact]
    public async Task ReadsALineFarLargerThanThePipesBuffer()
    {
        var text = new string('x', 3_000_000);
        var body = Encoding.UTF8.GetBytes("{\"text\":\"kort\"}\n{\"id\":\"groot\",\"text\":\"" + text + "\"}\n{\"text\":\"na\"}");

        var items = await ReadAsync(body, segment: 4096);

        Assert.Equal(["kort", text, "na"], items.Select(i => i.Item?.Text));
    }

    /// <summary>Reads <paramref name="body"/> with both readers (tiny and normal segments) and requires the same result.</summary>
    private static async Task<List<(IncomingMessage? Item, string? Error)>> AssertSameAsReferenceAsync(byte[] body)
    {
        var expected = await ReferenceAsync(body);
        var tiny = await ReadAsync(body, segment: 1);
        var normal = await ReadAsync(body, segment: 4096);

        Assert.Equal(expected, tiny);
        Assert.Equal(expected, normal);
        return normal;
    }

    private static async Task<List<(IncomingMessage? Item, string? Error)>> ReadAsync(byte[] body, int segment)
    {
        var pipe = PipeReader.Create(new MemoryStream(body), new StreamPipeReaderOptions(bufferSize: segment, minimumReadSize: 1));
        var items = new List<(IncomingMessage? Item, string? Error)>();
        await foreach (var item in NdjsonBodyReader.ReadAsync(pipe, CancellationToken.None))
        {
            items.Add(item);
        }

        return items;
    }

    /// <summary>The push API's reader before it read bytes: decoded lines, one JSON document each.</summary>
    private static async Task<List<(IncomingMessage? Item, string? Error)>> ReferenceAsync(byte[] body)
    {
        var items = new List<(IncomingMessage? Item, string? Error)>();
        using var reader = new StreamReader(new MemoryStream(body), Encoding.UTF8);
        while (await reader.ReadLineAsync() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                items.Add(PushItemReader.Read(document.RootElement));
            }
            catch (JsonException)
            {
                items.Add((null, MonitoringText.Text["Push.ItemInvalidJson"]));
            }
        }

        return items;
    }
}
