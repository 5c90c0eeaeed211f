using System.Globalization;
using System.Text;
using Koski.Virkailija.Application.Raportit;

namespace Koski.Virkailija.Infrastructure.Raportit;

/// <summary>
/// CSV as Finnish Excel opens it: UTF-8 with a byte-order mark, semicolon-separated, quoted where needed, dates as
/// ISO dates, decimal comma.
/// </summary>
public sealed class CsvKirjoittaja : ITaulukkoKirjoittaja
{
    private static readonly CultureInfo Suomi = CultureInfo.GetCultureInfo("fi-FI");

    public Tiedostomuoto Muoto => Tiedostomuoto.Csv;
    public string Sisaltotyyppi => "text/csv; charset=utf-8";
    public string Paate => "csv";

    /// <summary>
    /// CSV has no sheets: a later table follows the first after an empty line and a line with its name, with its own
    /// header row, so a summary is not lost from the CSV form of a report.
    /// </summary>
    public async Task KirjoitaAsync(IReadOnlyList<Taulukko> taulukot, Stream kohde, IProgress<long>? edistyminen = null,
        CancellationToken ct = default)
    {
        await using var kirjoittaja = new StreamWriter(kohde, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
        kirjoittaja.NewLine = "\r\n";
        long rivit = 0;
        var rivi = new StringBuilder();
        for (var t = 0; t < taulukot.Count; t++)
        {
            var taulukko = taulukot[t];
            if (t > 0)
            {
                await kirjoittaja.WriteLineAsync();
                await kirjoittaja.WriteLineAsync(Lainaa(taulukko.Nimi));
            }
            await kirjoittaja.WriteLineAsync(string.Join(';', taulukko.Sarakkeet.Select(s => Lainaa(s.Otsikko))));
            await foreach (var solut in taulukko.Rivit.WithCancellation(ct))
            {
                rivi.Clear();
                for (var i = 0; i < solut.Length; i++)
                {
                    if (i > 0) rivi.Append(';');
                    rivi.Append(Arvo(solut[i]));
                }
                await kirjoittaja.WriteLineAsync(rivi, ct);
                if (++rivit % 1000 == 0) edistyminen?.Report(rivit);
            }
        }
        edistyminen?.Report(rivit);
    }

    private static string Arvo(object? arvo) => arvo switch
    {
        null => "",
        DateOnly pvm => pvm.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        int or long => Convert.ToString(arvo, CultureInfo.InvariantCulture)!,
        double or decimal or float => Convert.ToString(arvo, Suomi)!,
        bool b => b ? "kyllä" : "ei",
        _ => Lainaa(arvo.ToString() ?? ""),
    };

    /// <summary>Quotes a text that holds a separator, quote or line break; neutralises a leading formula character.</summary>
    private static string Lainaa(string teksti)
    {
        if (teksti.Length > 0 && "=+-@".Contains(teksti[0])) teksti = "'" + teksti;
        return teksti.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + teksti.Replace("\"", "\"\"") + "\"" : teksti;
    }
}
