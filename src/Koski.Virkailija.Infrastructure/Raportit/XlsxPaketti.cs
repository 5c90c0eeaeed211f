using System.Text;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Koski.Virkailija.Infrastructure.Raportit;

/// <summary>The fixed parts of an xlsx package of one or more sheets, and the small rules of its format.</summary>
internal static class XlsxPaketti
{
    public static string TaulukonPolku(int indeksi) => $"xl/worksheets/sheet{indeksi + 1}.xml";

    public static string Sisaltotyypit(int taulukoita) =>
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"""
        + """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"""
        + string.Concat(Enumerable.Range(0, taulukoita).Select(i =>
            $"""<Override PartName="/{TaulukonPolku(i)}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"""))
        + """<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""";

    public const string JuuriSuhteet = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
        """;

    /// <summary>Sheet i is relationship rId(i+1); the styles part has an id of its own.</summary>
    public static string TyokirjanSuhteet(int taulukoita) =>
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"""
        + """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"""
        + string.Concat(Enumerable.Range(0, taulukoita).Select(i =>
            $"""<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>"""))
        + """<Relationship Id="rIdTyylit" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""";

    /// <summary>The workbook: one sheet per table, each with its own autofilter range; sheet names made unique.</summary>
    public static Workbook Tyokirja(IReadOnlyList<(string Nimi, int Sarakkeita, long Rivit)> taulukot)
    {
        var nimet = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var sheets = new Sheets();
        var alueet = new DefinedNames();
        for (var i = 0; i < taulukot.Count; i++)
        {
            var (nimi, sarakkeita, rivit) = taulukot[i];
            var taulukko = TaulukonNimi(nimi);
            for (var n = 2; !nimet.Add(taulukko); n++) taulukko = TaulukonNimi($"{nimi[..Math.Min(nimi.Length, 26)]} ({n})");
            sheets.Append(new Sheet { Id = $"rId{i + 1}", SheetId = (uint)i + 1, Name = taulukko });
            var alue = $"'{taulukko.Replace("'", "''")}'!$A$1:${Sarake(sarakkeita)}${rivit + 1}";
            alueet.Append(new DefinedName(alue) { Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)i, Hidden = true });
        }
        return new Workbook(sheets, alueet);
    }

    /// <summary>Default font; bold header on a light fill (1); dates as d.m.yyyy (2).</summary>
    public static Stylesheet Tyylit() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "d.m.yyyy" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E5F0" }) { PatternType = PatternValues.Solid }))
        { Count = 3 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, FillId = 2, ApplyFont = true, ApplyFill = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true })
        { Count = 3 });

    /// <summary>Excel's column letters: 1 → A, 27 → AA.</summary>
    public static string Sarake(int numero)
    {
        var tulos = "";
        for (; numero > 0; numero = (numero - 1) / 26) tulos = (char)('A' + (numero - 1) % 26) + tulos;
        return tulos;
    }

    /// <summary>Sheet names: at most 31 characters, none of []:*?/\.</summary>
    public static string TaulukonNimi(string nimi)
    {
        var puhdas = new string(nimi.Select(c => "[]:*?/\\".Contains(c) ? ' ' : c).ToArray()).Trim();
        return puhdas.Length == 0 ? "Raportti" : puhdas.Length > 31 ? puhdas[..31] : puhdas;
    }

    /// <summary>The control characters XML 1.0 cannot carry (all below space except tab, line feed and carriage return).</summary>
    private static readonly System.Buffers.SearchValues<char> Kielletyt = System.Buffers.SearchValues.Create(
        new string(Enumerable.Range(0, 32).Select(c => (char)c).Where(c => c is not ('\t' or '\n' or '\r')).ToArray()));

    /// <summary>XML 1.0 cannot carry most control characters: a text that has them loses them.</summary>
    public static string Puhdista(string teksti)
    {
        // Runs for every text cell: a vectorised search, no allocation when the text is clean (nearly always).
        if (!teksti.AsSpan().ContainsAny(Kielletyt)) return teksti;
        var sb = new StringBuilder(teksti.Length);
        foreach (var c in teksti) if (!Kielletyt.Contains(c)) sb.Append(c);
        return sb.ToString();
    }
}
