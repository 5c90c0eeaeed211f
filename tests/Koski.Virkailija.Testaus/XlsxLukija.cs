using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Koski.Virkailija.Testaus;

/// <summary>Reads a report's single sheet back as text cells, row by row, with the same OpenXml library that wrote it.</summary>
public static class XlsxLukija
{
    public static List<List<string>> Rivit(Stream virta)
    {
        using var xlsx = SpreadsheetDocument.Open(virta, false);
        var jaetut = xlsx.WorkbookPart!.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList();
        return xlsx.WorkbookPart.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => Teksti(c, jaetut)).ToList())
            .ToList();
    }

    private static string Teksti(Cell solu, List<string>? jaetut) =>
        solu.DataType?.Value == CellValues.SharedString ? jaetut![int.Parse(solu.CellValue!.Text)]
        : solu.DataType?.Value == CellValues.InlineString ? solu.InlineString!.InnerText
        : solu.CellValue?.Text ?? "";
}
