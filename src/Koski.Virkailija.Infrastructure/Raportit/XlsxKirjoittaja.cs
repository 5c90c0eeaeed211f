using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Koski.Virkailija.Application.Raportit;

namespace Koski.Virkailija.Infrastructure.Raportit;

/// <summary>
/// Writes a report as an xlsx workbook, one sheet per table, row by row, with DocumentFormat.OpenXml's streaming
/// OpenXmlWriter: on every sheet a styled, frozen header row with an autofilter, column widths, numbers as numbers and dates as real Excel dates.
/// <para>
/// Why not SpreadsheetDocument: System.IO.Packaging keeps every part of a package it creates in memory until it is
/// closed (1.2 GB for a million rows, measured), and OpenXml 2.20 refuses a write-only package. So the few fixed
/// package files are written here and the zip is streamed with ZipArchive in Create mode; memory stays flat.
/// </para>
/// </summary>
public sealed class XlsxKirjoittaja : ITaulukkoKirjoittaja
{
    private const string OtsikkoTyyli = "1", PaivamaaraTyyli = "2";

    public Tiedostomuoto Muoto => Tiedostomuoto.Xlsx;
    public string Sisaltotyyppi => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public string Paate => "xlsx";

    public async Task KirjoitaAsync(IReadOnlyList<Taulukko> taulukot, Stream kohde, IProgress<long>? edistyminen = null,
        CancellationToken ct = default)
    {
        using var zip = new ZipArchive(kohde, ZipArchiveMode.Create, leaveOpen: true);
        Kirjoita(zip, "[Content_Types].xml", XlsxPaketti.Sisaltotyypit(taulukot.Count));
        Kirjoita(zip, "_rels/.rels", XlsxPaketti.JuuriSuhteet);
        Kirjoita(zip, "xl/_rels/workbook.xml.rels", XlsxPaketti.TyokirjanSuhteet(taulukot.Count));
        Kirjoita(zip, "xl/styles.xml", XlsxPaketti.Tyylit().OuterXml);

        // Progress counts the rows of every sheet so far, so the bar keeps moving through the later sheets.
        var rivit = new long[taulukot.Count];
        for (var i = 0; i < taulukot.Count; i++)
        {
            var aiemmat = rivit.Sum();
            var osaEdistys = edistyminen is null ? null : new Siirretty(edistyminen, aiemmat);
            await using var taulukkoVirta = zip.CreateEntry(XlsxPaketti.TaulukonPolku(i), CompressionLevel.Fastest).Open();
            using var kirjoittaja = OpenXmlWriter.Create(taulukkoVirta, Encoding.UTF8);
            rivit[i] = await KirjoitaTaulukkoAsync(kirjoittaja, taulukot[i], osaEdistys, ct);
        }

        Kirjoita(zip, "xl/workbook.xml",
            XlsxPaketti.Tyokirja(taulukot.Select((t, i) => (t.Nimi, t.Sarakkeet.Count, rivit[i])).ToList()).OuterXml);
    }

    /// <summary>A later sheet's row counts, reported on top of the rows of the sheets before it.</summary>
    private sealed class Siirretty(IProgress<long> kohde, long aiemmat) : IProgress<long>
    {
        public void Report(long value) => kohde.Report(aiemmat + value);
    }

    private static void Kirjoita(ZipArchive zip, string nimi, string xml)
    {
        using var virta = zip.CreateEntry(nimi, CompressionLevel.Fastest).Open();
        using var kirjoittaja = new StreamWriter(virta, new UTF8Encoding(false));
        kirjoittaja.Write(xml);
    }

    private static async Task<long> KirjoitaTaulukkoAsync(OpenXmlWriter w, Taulukko taulukko, IProgress<long>? edistyminen,
        CancellationToken ct)
    {
        var sarakkeet = taulukko.Sarakkeet;
        var sarakeKirjaimet = Enumerable.Range(1, sarakkeet.Count).Select(XlsxPaketti.Sarake).ToArray();
        w.WriteStartDocument();
        w.WriteStartElement(new Worksheet());
        w.WriteElement(new SheetViews(new SheetView(new Pane
        {
            VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
        })
        { WorkbookViewId = 0 }));
        w.WriteElement(new Columns(sarakkeet.Select((s, i) =>
            new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = s.Leveys, CustomWidth = true })));

        w.WriteStartElement(new SheetData());
        var solu = new SoluKirjoittaja(w);
        solu.AloitaRivi(1);
        foreach (var sarake in sarakkeet) solu.Teksti(sarake.Otsikko, OtsikkoTyyli);
        w.WriteEndElement();

        long rivit = 0;
        await foreach (var solut in taulukko.Rivit.WithCancellation(ct))
        {
            solu.AloitaRivi(++rivit + 1);
            // Cells are written in column order without references; an empty cell is skipped, so it gets one.
            for (var i = 0; i < solut.Length && i < sarakkeet.Count; i++)
            {
                switch (solut[i])
                {
                    case null: solu.Tyhja(sarakeKirjaimet[i], rivit + 1); break;
                    case DateOnly pvm: solu.Luku(ExcelPaiva(pvm), PaivamaaraTyyli); break;
                    case int or long or double or decimal or float: solu.Luku(Convert.ToString(solut[i], CultureInfo.InvariantCulture)!, null); break;
                    case bool b: solu.Teksti(b ? "kyllä" : "ei", null); break;
                    case var muu: solu.Teksti(muu.ToString() ?? "", null); break;
                }
            }
            w.WriteEndElement();
            if (rivit % 1000 == 0) edistyminen?.Report(rivit);
        }
        w.WriteEndElement();
        w.WriteElement(new AutoFilter { Reference = $"A1:{sarakeKirjaimet[^1]}{rivit + 1}" });
        w.WriteEndElement();
        edistyminen?.Report(rivit);
        return rivit;
    }

    /// <summary>An Excel date: days since 30.12.1899.</summary>
    private static string ExcelPaiva(DateOnly pvm) =>
        (pvm.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Writes cells through OpenXmlWriter's SAX API with reused element instances: a million-row sheet allocates no
    /// element objects per cell.
    /// </summary>
    private sealed class SoluKirjoittaja(OpenXmlWriter w)
    {
        private readonly Row rivi = new();
        private readonly Cell solu = new();
        private readonly CellValue arvo = new();
        private readonly InlineString teksti = new();
        private readonly Text t = new();
        private readonly OpenXmlAttribute[] riviAttr = [new("r", "", "")];
        private readonly OpenXmlAttribute[] tekstiAttr = [new("t", "", "inlineStr")];
        private readonly OpenXmlAttribute[] tyyliTekstiAttr = [new("t", "", "inlineStr"), new("s", "", "")];
        private readonly OpenXmlAttribute[] lukuAttr = [];
        private readonly OpenXmlAttribute[] tyyliLukuAttr = [new("s", "", "")];
        private readonly OpenXmlAttribute[] sailyta = [new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")];

        public void AloitaRivi(long numero)
        {
            riviAttr[0] = new("r", "", numero.ToString(CultureInfo.InvariantCulture));
            w.WriteStartElement(rivi, riviAttr);
        }

        public void Teksti(string arvoTeksti, string? tyyli)
        {
            var attr = tyyli is null ? tekstiAttr : tyyliTekstiAttr;
            if (tyyli is not null) attr[1] = new("s", "", tyyli);
            w.WriteStartElement(solu, attr);
            w.WriteStartElement(teksti);
            // Leading or trailing spaces survive only with xml:space="preserve".
            if (arvoTeksti.Length > 0 && (char.IsWhiteSpace(arvoTeksti[0]) || char.IsWhiteSpace(arvoTeksti[^1])))
                w.WriteStartElement(t, sailyta);
            else
                w.WriteStartElement(t);
            w.WriteString(XlsxPaketti.Puhdista(arvoTeksti));
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
        }

        private readonly OpenXmlAttribute[] viiteAttr = [new("r", "", "")];

        /// <summary>An empty cell, written with its reference so the following cells keep their columns.</summary>
        public void Tyhja(string sarake, long rivi)
        {
            viiteAttr[0] = new("r", "", string.Concat(sarake, rivi.ToString(CultureInfo.InvariantCulture)));
            w.WriteStartElement(solu, viiteAttr);
            w.WriteEndElement();
        }

        public void Luku(string luku, string? tyyli)
        {
            var attr = tyyli is null ? lukuAttr : tyyliLukuAttr;
            if (tyyli is not null) attr[0] = new("s", "", tyyli);
            w.WriteStartElement(solu, attr);
            w.WriteStartElement(arvo);
            w.WriteString(luku);
            w.WriteEndElement();
            w.WriteEndElement();
        }
    }
}
