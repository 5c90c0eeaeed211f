using System.Globalization;
using ExcelDataReader;

namespace Koski.Virkailija.Testaus;

/// <summary>
/// Reads a report with ExcelDataReader, an implementation of agile decryption and of xlsx independent of the app's:
/// what it reads back with the password is what a user's spreadsheet program opens.
/// </summary>
public static class SalattuXlsxLukija
{
    // ExcelDataReader's configuration asks for Windows-1252 (for old xls files), which .NET has only from this provider.
    static SalattuXlsxLukija() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    /// <summary>Every sheet in order: its name and its cells as ExcelDataReader gives them (string, double, DateTime or null).</summary>
    public static List<(string Nimi, List<object?[]> Rivit)> Taulukot(Stream virta, string? salasana)
    {
        using var lukija = ExcelReaderFactory.CreateReader(virta, new ExcelReaderConfiguration { Password = salasana, LeaveOpen = true });
        var taulukot = new List<(string, List<object?[]>)>();
        do
        {
            var rivit = new List<object?[]>();
            while (lukija.Read())
            {
                rivit.Add(Enumerable.Range(0, lukija.FieldCount).Select(lukija.GetValue).ToArray());
            }
            taulukot.Add((lukija.Name, rivit));
        } while (lukija.NextResult());
        return taulukot;
    }

    /// <summary>The first sheet's rows as text: numbers in invariant form, dates as Excel serial numbers, empty as "".</summary>
    public static List<List<string>> Rivit(Stream virta, string salasana) =>
        Taulukot(virta, salasana)[0].Rivit.Select(r => r.Select(Teksti).ToList()).ToList();

    public static List<List<string>> Rivit(string polku, string salasana)
    {
        using var tiedosto = File.OpenRead(polku);
        return Rivit(tiedosto, salasana);
    }

    private static string Teksti(object? solu) => solu switch
    {
        null => "",
        double d => d.ToString(CultureInfo.InvariantCulture),
        DateTime pvm => pvm.ToOADate().ToString(CultureInfo.InvariantCulture),
        var muu => Convert.ToString(muu, CultureInfo.InvariantCulture) ?? "",
    };
}
