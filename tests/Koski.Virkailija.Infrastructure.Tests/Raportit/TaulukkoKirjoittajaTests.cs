using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Koski.Virkailija.Application.Raportit;
using Koski.Virkailija.Infrastructure.Raportit;
using Koski.Virkailija.Testaus;

namespace Koski.Virkailija.Infrastructure.Tests.Raportit;

/// <summary>The xlsx and CSV writers: what Excel users rely on, read back with the same OpenXml library.</summary>
public sealed class TaulukkoKirjoittajaTests
{
    private static readonly Sarake[] Sarakkeet =
    [
        new("Oppija", Leveys: 30), new("Alkamispäivä", SarakeTyyppi.Paivamaara, 12), new("Luokka", SarakeTyyppi.Kokonaisluku, 8),
        new("Keskiarvo", SarakeTyyppi.Desimaaliluku, 10), new("Huomio"),
    ];

    private static async IAsyncEnumerable<object?[]> Rivit(params object?[][] rivit)
    {
        foreach (var rivi in rivit) yield return rivi;
        await Task.CompletedTask;
    }

    private static Taulukko Esimerkki() => new("Vuosiluokka: 9", Sarakkeet, Rivit(
        ["Mäkinen Aino", new DateOnly(2024, 8, 15), 9, 8.25, "jää luokalle"],
        ["Virtanen \"Ville\"; Väinö", new DateOnly(2023, 1, 2), 8, null, null],
        ["=HYPERLINK(\"x\")", null, null, 7.0, " välilyönti "]));

    private static async Task<MemoryStream> KirjoitaAsync(ITaulukkoKirjoittaja kirjoittaja, Taulukko taulukko, List<long>? edistys = null)
    {
        var virta = new MemoryStream();
        await kirjoittaja.KirjoitaAsync(taulukko, virta, edistys is null ? null : new Synkroninen(edistys));
        virta.Position = 0;
        return virta;
    }

    [Fact]
    public async Task Xlsx_aukeaa_ja_sisaltaa_rivit_oikeina_tyyppeina()
    {
        using var virta = await KirjoitaAsync(new XlsxKirjoittaja(), Esimerkki());
        using var xlsx = SpreadsheetDocument.Open(virta, false);
        var tyokirja = xlsx.WorkbookPart!;
        var taulukko = tyokirja.WorksheetParts.Single().Worksheet;
        var rivit = taulukko.Descendants<Row>().ToList();

        Assert.Equal("Vuosiluokka  9", tyokirja.Workbook.Descendants<Sheet>().Single().Name!.Value);
        Assert.Equal(4, rivit.Count);
        Assert.Equal(Sarakkeet.Select(s => s.Otsikko), rivit[0].Elements<Cell>().Select(Teksti));

        var eka = rivit[1].Elements<Cell>().ToList();
        Assert.Equal("Mäkinen Aino", Teksti(eka[0]));
        // A real Excel date: the serial number of 15.8.2024, formatted as a date.
        Assert.Equal("45519", eka[1].CellValue!.Text);
        Assert.Equal("d.m.yyyy", Muoto(tyokirja, eka[1]));
        Assert.Null(eka[2].DataType);
        Assert.Equal("9", eka[2].CellValue!.Text);
        Assert.Equal("8.25", eka[3].CellValue!.Text);

        // Empty cells keep the following cells in their columns.
        var toka = rivit[2].Elements<Cell>().ToList();
        Assert.Equal("Virtanen \"Ville\"; Väinö", Teksti(toka[0]));
        var kolmas = rivit[3].Elements<Cell>().ToList();
        Assert.Equal("B4", kolmas[1].CellReference!.Value);
        Assert.Equal(" välilyönti ", Teksti(kolmas[^1]));
        Assert.Null(kolmas.Single(c => c.CellFormula is not null || c.InnerText.StartsWith("=HYPER", StringComparison.Ordinal)).CellFormula);
    }

    [Fact]
    public async Task Xlsx_otsikkorivi_on_lihavoitu_jaadytetty_ja_suodatettava()
    {
        using var virta = await KirjoitaAsync(new XlsxKirjoittaja(), Esimerkki());
        using var xlsx = SpreadsheetDocument.Open(virta, false);
        var taulukko = xlsx.WorkbookPart!.WorksheetParts.Single().Worksheet;

        var ruutu = taulukko.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, ruutu.State!.Value);
        Assert.Equal("A2", ruutu.TopLeftCell!.Value);
        Assert.Equal("A1:E4", taulukko.Descendants<AutoFilter>().Single().Reference!.Value);
        Assert.Equal(30, taulukko.Descendants<Column>().First().Width!.Value);
        var otsikko = taulukko.Descendants<Row>().First().Elements<Cell>().First();
        var muoto = xlsx.WorkbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)otsikko.StyleIndex!.Value);
        Assert.NotNull(xlsx.WorkbookPart.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)muoto.FontId!.Value).Bold);
    }

    [Fact]
    public async Task Edistyminen_kertoo_kirjoitetut_rivit()
    {
        var edistys = new List<long>();
        var monta = Enumerable.Range(0, 2500).Select(i => new object?[] { $"Oppija {i}", null, i, null, null }).ToArray();
        using var _ = await KirjoitaAsync(new XlsxKirjoittaja(), new Taulukko("T", Sarakkeet, Rivit(monta)), edistys);
        Assert.Equal([1000L, 2000L, 2500L], edistys);
    }

    [Fact]
    public async Task Csv_on_puolipisteerotettu_utf8_lainausmerkein_ja_kaavat_neutraloituina()
    {
        using var virta = await KirjoitaAsync(new CsvKirjoittaja(), Esimerkki());
        var tavut = virta.ToArray();
        Assert.Equal([0xEF, 0xBB, 0xBF], tavut[..3]);
        var rivit = Encoding.UTF8.GetString(tavut[3..]).Split("\r\n", StringSplitOptions.None).ToList();
        Assert.Equal("Oppija;Alkamispäivä;Luokka;Keskiarvo;Huomio", rivit[0]);
        Assert.Equal("Mäkinen Aino;2024-08-15;9;8,25;jää luokalle", rivit[1]);
        Assert.Equal("\"Virtanen \"\"Ville\"\"; Väinö\";2023-01-02;8;;", rivit[2]);
        Assert.StartsWith("\"'=HYPERLINK(\"\"x\"\")\"", rivit[3]);
    }

    [Fact]
    public async Task Xlsx_poistaa_xml_kelvottomat_ohjausmerkit_mutta_ei_sarkainta_eika_rivinvaihtoa()
    {
        var virta = new MemoryStream();
        await new XlsxKirjoittaja().KirjoitaAsync(new Taulukko("T", [new("Huomio")], Rivit(["a\u0001b\u001Fc"], ["rivi 1\nrivi 2\tx"])), virta);
        virta.Position = 0;

        var rivit = XlsxLukija.Rivit(virta);
        Assert.Equal("abc", rivit[1][0]);
        Assert.Equal("rivi 1\nrivi 2\tx", rivit[2][0]);
    }

    private static Taulukko Yhteenveto() => new("Oppilaita toimipisteittäin",
        [new("Toimipiste", Leveys: 30), new("Oppilaita", SarakeTyyppi.Kokonaisluku, 10)],
        Rivit(["Koulu A", 3], ["Koulu B", 1]));

    [Fact]
    public async Task Xlsx_toinen_taulukko_omalle_valilehdelle_omine_suodattimineen()
    {
        var edistys = new List<long>();
        var monta = Enumerable.Range(0, 1500).Select(i => new object?[] { $"Oppija {i}", null, i, null, null }).ToArray();
        var virta = new MemoryStream();
        await new XlsxKirjoittaja().KirjoitaAsync([new Taulukko("Esiopetus", Sarakkeet, Rivit(monta)), Yhteenveto()], virta,
            new Synkroninen(edistys));
        virta.Position = 0;

        var taulukot = XlsxLukija.Taulukot(virta);
        Assert.Equal(["Esiopetus", "Oppilaita toimipisteittäin"], taulukot.Select(t => t.Nimi));
        Assert.Equal(1501, taulukot[0].Rivit.Count);
        Assert.Equal([["Toimipiste", "Oppilaita"], ["Koulu A", "3"], ["Koulu B", "1"]], taulukot[1].Rivit);
        // The second sheet's rows continue the count: the progress bar does not jump back.
        Assert.Equal([1000L, 1500L, 1502L], edistys);

        virta.Position = 0;
        using var xlsx = SpreadsheetDocument.Open(virta, false);
        var tyokirja = xlsx.WorkbookPart!;
        var toinen = (WorksheetPart)tyokirja.GetPartById(tyokirja.Workbook.Descendants<Sheet>().ElementAt(1).Id!.Value!);
        Assert.Equal("A1:B3", toinen.Worksheet.Descendants<AutoFilter>().Single().Reference!.Value);
        Assert.Equal("A2", toinen.Worksheet.Descendants<Pane>().Single().TopLeftCell!.Value);
        Assert.Equal(["'Esiopetus'!$A$1:$E$1501", "'Oppilaita toimipisteittäin'!$A$1:$B$3"],
            tyokirja.Workbook.Descendants<DefinedName>().Select(d => d.Text));
    }

    [Fact]
    public async Task Xlsx_samannimiset_valilehdet_saavat_eri_nimet()
    {
        var virta = new MemoryStream();
        await new XlsxKirjoittaja().KirjoitaAsync([Yhteenveto(), Yhteenveto()], virta);
        virta.Position = 0;
        Assert.Equal(["Oppilaita toimipisteittäin", "Oppilaita toimipisteittäin (2)"],
            XlsxLukija.Taulukot(virta).Select(t => t.Nimi));
    }

    [Fact]
    public async Task Csv_toinen_taulukko_tyhjan_rivin_ja_nimensa_jalkeen()
    {
        var virta = new MemoryStream();
        await new CsvKirjoittaja().KirjoitaAsync([Esimerkki(), Yhteenveto()], virta);
        var rivit = Encoding.UTF8.GetString(virta.ToArray()[3..]).Split("\r\n").ToList();
        Assert.Equal(["", "Oppilaita toimipisteittäin", "Toimipiste;Oppilaita", "Koulu A;3", "Koulu B;1", ""], rivit[4..]);
    }

    private static string Teksti(Cell solu) => solu.InlineString?.Text?.Text ?? solu.CellValue?.Text ?? "";

    private static string? Muoto(WorkbookPart tyokirja, Cell solu)
    {
        var tyylit = tyokirja.WorkbookStylesPart!.Stylesheet;
        var muoto = tyylit.CellFormats!.Elements<CellFormat>().ElementAt((int)solu.StyleIndex!.Value);
        return tyylit.NumberingFormats!.Elements<NumberingFormat>().Single(n => n.NumberFormatId!.Value == muoto.NumberFormatId!.Value).FormatCode;
    }

    private sealed class Synkroninen(List<long> kohde) : IProgress<long>
    {
        public void Report(long value) => kohde.Add(value);
    }
}
