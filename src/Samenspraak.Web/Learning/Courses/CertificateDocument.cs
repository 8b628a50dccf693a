using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Samenspraak.Web.Learning.Resources;
using Samenspraak.Web.Shell;

namespace Samenspraak.Web.Learning.Courses;

/// <summary>The downloadable certificate: a plain Word document (.docx) with the same facts as the printable page.</summary>
public static class CertificateDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Create(Certificate certificate, string certificateText, string verificationUrl)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var text = LearningText.Text;
            var issued = BelgianTime.ToLocal(certificate.IssuedAt).ToString("d MMMM yyyy", CultureInfo.CurrentCulture);
            main.Document = new Document(new Body(
                Paragraph(text["Certificate.Heading"], bold: true, size: 48),
                Paragraph(certificate.CourseTitle, bold: true, size: 32),
                Paragraph(certificateText),
                Paragraph(text.Format("Certificate.Holder", certificate.HolderName), bold: true),
                Paragraph(text.Format("Certificate.Details", issued, Percent(certificate.Score), certificate.CourseVersion)),
                Paragraph(text.Format("Certificate.Code", certificate.Code)),
                Paragraph(text.Format("Certificate.VerifyAt", verificationUrl))));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    public static string Percent(double score) => score.ToString("P0", CultureInfo.CurrentCulture);

    private static Paragraph Paragraph(string content, bool bold = false, int size = 24)
    {
        var properties = new RunProperties(new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
        if (bold)
        {
            properties.PrependChild(new Bold());
        }

        return new Paragraph(new Run(properties, new Text(content) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
