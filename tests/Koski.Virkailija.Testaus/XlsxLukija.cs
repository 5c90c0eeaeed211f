using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Koski.Virkailija.Testaus;

/// <summary>Reads a report's sheets back as text cells, row by row, with the same OpenXml library that wrote them.</summary>
public static class XlsxLukija
{
    /// <summary>The first sheet's rows.</summary>
    public static List<List<string>> Rivit(Stream virta) => Taulukot(virta)[0].Rivit;

    /// <summary>Every sheet in the workbook's order: its name and rows.</summary>
    public static List<(string Nimi, List<List<string>> Rivit)> Taulukot(Stream virta)
    {
        using var xlsx = SpreadsheetDocument.Open(virta, false);
        var tyokirja = xlsx.WorkbookPart!;
        var jaetut = tyokirja.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList();
        return tyokirja.Workbook.Descendants<Sheet>()
            .Select(s => (s.Name!.Value!, ((WorksheetPart)tyokirja.GetPartById(s.Id!.Value!)).Worksheet.Descendants<Row>()
                .Select(r => r.Elements<Cell>().Select(c => Teksti(c, jaetut)).ToList())
                .ToList()))
            .ToList();
    }

    private static string Teksti(Cell solu, List<string>? jaetut) =>
        solu.DataType?.Value == CellValues.SharedString ? jaetut![int.Parse(solu.CellValue!.Text, CultureInfo.InvariantCulture)]
        : solu.DataType?.Value == CellValues.InlineString ? solu.InlineString!.InnerText
        : solu.CellValue?.Text ?? "";
}
