using System.Globalization;
using System.Text;
using Samenspraak.Web.Knowledge.Attachments;

namespace Samenspraak.Web.Tests.Knowledge;

/// <summary>The attachment allow-list: extension AND content, file-name sanitising, sizes in the reader's format.</summary>
public sealed class AttachmentRulesTests
{
    [Theory]
    [InlineData("verslag.pdf", "verslag.pdf")]
    [InlineData("C:\\Users\\jan\\Desktop\\Eindrapport 2024.PDF", "Eindrapport 2024.pdf")]
    [InlineData("../../etc/passwd.txt", "passwd.txt")]
    [InlineData("a<b>c:d*e?.docx", "a-b-c-d-e.docx")]
    [InlineData("Ontmoetingsdag café  Zuid.odt", "Ontmoetingsdag café Zuid.odt")]
    [InlineData("....pdf", "bijlage.pdf")]
    [InlineData("", "bijlage")]
    public void FileNamesAreReducedToSafeCharacters(string uploaded, string expected) =>
        Assert.Equal(expected, AttachmentRules.SanitiseFileName(uploaded));

    [Fact]
    public void LongFileNamesKeepTheirExtension()
    {
        var name = AttachmentRules.SanitiseFileName(new string('a', 300) + ".xlsx");
        Assert.Equal(AttachmentRules.MaxFileNameLength, name.Length);
        Assert.EndsWith(".xlsx", name, StringComparison.Ordinal);
    }

    [Fact]
    public void RealFilesPassTheContentCheck()
    {
        Assert.True(AttachmentRules.ContentMatches(".pdf", SampleFiles.Pdf("x")));
        Assert.True(AttachmentRules.ContentMatches(".png", SampleFiles.Png()));
        Assert.True(AttachmentRules.ContentMatches(".docx", SampleFiles.Docx()));
        Assert.True(AttachmentRules.ContentMatches(".odt", SampleFiles.Odt()));
        Assert.True(AttachmentRules.ContentMatches(".csv", Encoding.UTF8.GetBytes("gemeente;aantal\nGent;3\n")));
        Assert.True(AttachmentRules.ContentMatches(".txt", Encoding.Latin1.GetBytes("Leerpunten: één keer per maand")));
    }

    [Theory]
    [InlineData(".pdf")]
    [InlineData(".docx")]
    [InlineData(".png")]
    [InlineData(".jpg")]
    [InlineData(".txt")]
    [InlineData(".csv")]
    [InlineData(".odt")]
    public void ARenamedProgramIsRefused(string extension) =>
        Assert.False(AttachmentRules.ContentMatches(extension, SampleFiles.Program()));

    [Fact]
    public void OfficeFilesMustBeTheRightKindOfPackage()
    {
        // A Word file renamed to .xlsx, a spreadsheet named .odt, and a zip with nothing of either.
        Assert.False(AttachmentRules.ContentMatches(".xlsx", SampleFiles.Docx()));
        Assert.False(AttachmentRules.ContentMatches(".odt", SampleFiles.Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "<x/>"))));
        Assert.False(AttachmentRules.ContentMatches(".docx", SampleFiles.Zip(("readme.txt", "hallo"))));
        Assert.False(AttachmentRules.ContentMatches(".docx", [(byte)'P', (byte)'K', 3, 4, 0, 0]));
        Assert.False(AttachmentRules.ContentMatches(".exe", SampleFiles.Program()));
    }

    [Fact]
    public async Task StagingChecksEmptySizeTypeAndContent()
    {
        static Task<(StagedUpload? Upload, string? Problem)> Stage(string name, byte[] bytes, long? declared = null) =>
            KnowledgeAttachments.StageAsync(name, declared ?? bytes.Length, new MemoryStream(bytes));

        Assert.Equal("Attachment.Empty", (await Stage("leeg.pdf", [])).Problem);
        Assert.Equal("Attachment.TooLarge", (await Stage("groot.pdf", [], AttachmentRules.MaxBytes + 1)).Problem);
        // The declared length is not trusted: the bytes themselves are counted.
        var big = new byte[AttachmentRules.MaxBytes + 1];
        "%PDF-"u8.CopyTo(big);
        Assert.Equal("Attachment.TooLarge", (await Stage("groot.pdf", big, declared: 10)).Problem);
        Assert.Equal("Attachment.WrongType", (await Stage("setup.exe", SampleFiles.Program())).Problem);
        Assert.Equal("Attachment.ContentMismatch", (await Stage("rapport.pdf", SampleFiles.Program())).Problem);

        var (upload, problem) = await Stage("Rapport.PDF", SampleFiles.Pdf("ok"));
        Assert.Null(problem);
        Assert.Equal("Rapport.pdf", upload!.FileName);
        Assert.Equal("application/pdf", upload.ContentType);
        Assert.Equal(64, upload.Sha256.Length);
    }

    [Fact]
    public void SizesAreWrittenInTheReadersFormat()
    {
        var dutch = CultureInfo.GetCultureInfo("nl-BE");
        Assert.Equal("850 B", AttachmentRules.FormatSize(850, dutch));
        Assert.Equal("12 kB", AttachmentRules.FormatSize(12_300, dutch));
        Assert.Equal("1,4 MB", AttachmentRules.FormatSize(1_400_000, dutch));
        Assert.Equal("1.4 MB", AttachmentRules.FormatSize(1_400_000, CultureInfo.GetCultureInfo("en")));
    }
}
