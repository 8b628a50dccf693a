using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Samenspraak.Web.ActionPlans.Exports;

/// <summary>
/// A small writer over Open XML for the plan's Word documents: real heading styles (so Word's navigation pane and
/// screen readers see the structure), bordered tables with a header row, and PNG images.
/// </summary>
public sealed class DocxWriter : IDisposable
{
    private const long EmuPerPixel = 9525;
    private readonly MemoryStream _stream = new();
    private readonly WordprocessingDocument _document;
    private readonly Body _body;
    private uint _imageId;

    public DocxWriter(string title, string language)
    {
        _document = WordprocessingDocument.Create(_stream, WordprocessingDocumentType.Document);
        var main = _document.AddMainDocumentPart();
        main.Document = new Document(new Body());
        _body = main.Document.Body!;
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(new RunPropertiesDefault(new RunProperties(
                new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri" }, new FontSize { Val = "22" }, new Languages { Val = language }))),
            HeadingStyle("Title", "Title", 40),
            HeadingStyle("Heading1", "heading 1", 32),
            HeadingStyle("Heading2", "heading 2", 26));
        _document.PackageProperties.Title = title;
        _document.PackageProperties.Language = language;
    }

    private static Style HeadingStyle(string id, string name, int halfPoints) =>
        new(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" },
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" },
                new OutlineLevel { Val = id == "Heading2" ? 1 : 0 }),
            new StyleRunProperties(new Bold(), new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        { Type = StyleValues.Paragraph, StyleId = id };

    public void Heading(string text, int level = 1) =>
        _body.AppendChild(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = level switch { 0 => "Title", 1 => "Heading1", _ => "Heading2" } }),
            new Run(new Text(text))));

    /// <summary>Text with its line breaks kept as paragraphs.</summary>
    public void Text(string text)
    {
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            _body.AppendChild(new Paragraph(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve })));
        }
    }

    public void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(border, new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        // The header row repeats on every page and is marked as a header for assistive technology.
        var headerRow = new TableRow(new TableRowProperties(new TableHeader()));
        headerRow.Append(header.Select(h => new TableCell(new Paragraph(new Run(new RunProperties(new Bold()), new Text(h))))));
        table.AppendChild(headerRow);
        foreach (var row in rows)
        {
            table.AppendChild(new TableRow(row.Select(c => new TableCell(new Paragraph(new Run(new Text(c) { Space = SpaceProcessingModeValues.Preserve }))))));
        }

        _body.AppendChild(table);
        _body.AppendChild(new Paragraph());
    }

    public void Image(byte[] png, int widthPx, int heightPx, string description)
    {
        var main = _document.MainDocumentPart!;
        var part = main.AddImagePart(ImagePartType.Png);
        using (var data = new MemoryStream(png)) part.FeedData(data);
        var id = ++_imageId;
        long cx = widthPx * EmuPerPixel, cy = heightPx * EmuPerPixel;
        var graphic = new A.Graphic(new A.GraphicData(
            new PIC.Picture(
                new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = id, Name = $"grafiek{id}.png", Description = description },
                    new PIC.NonVisualPictureDrawingProperties()),
                new PIC.BlipFill(new A.Blip { Embed = main.GetIdOfPart(part) }, new A.Stretch(new A.FillRectangle())),
                new PIC.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                    new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
        { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" });
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.DocProperties { Id = id, Name = $"grafiek{id}", Description = description },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            graphic)
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };
        _body.AppendChild(new Paragraph(new Run(new Drawing(inline))));
    }

    public byte[] ToArray()
    {
        _document.MainDocumentPart!.Document.Save();
        _document.Dispose();
        return _stream.ToArray();
    }

    public void Dispose()
    {
        _document.Dispose();
        _stream.Dispose();
    }
}
