using Koski.Virkailija.Application.Kieli;

namespace Koski.Virkailija.Application.Raportit;

/// <summary>How a report column is written: as text, a whole number, a decimal number or a real date.</summary>
public enum SarakeTyyppi
{
    Teksti,
    Kokonaisluku,
    Desimaaliluku,
    Paivamaara,
}

/// <summary>A report column: header (written in Finnish, see <see cref="Taulukko.Kielella"/>), kind of value, width in characters.</summary>
public sealed record Sarake(string Otsikko, SarakeTyyppi Tyyppi = SarakeTyyppi.Teksti, double Leveys = 18);

/// <summary>
/// A report as rows to stream: its sheet name, columns and rows. Cells are string, int/long, double/decimal,
/// DateOnly or null, matching the column's <see cref="SarakeTyyppi"/>.
/// </summary>
public sealed record Taulukko(string Nimi, IReadOnlyList<Sarake> Sarakkeet, IAsyncEnumerable<object?[]> Rivit)
{
    /// <summary>
    /// The same table with its sheet name and headers in the user's language (<see cref="Tekstit.Otsikko"/>), taken
    /// when the report is created, in the user's request, not later on the thread that writes the file.
    /// </summary>
    public Taulukko Kielella() =>
        this with { Nimi = Tekstit.Otsikko(Nimi), Sarakkeet = Sarakkeet.Select(s => s with { Otsikko = Tekstit.Otsikko(s.Otsikko) }).ToList() };
}

/// <summary>The file formats reports are offered in.</summary>
public enum Tiedostomuoto
{
    Xlsx,
    Csv,
}

/// <summary>Writes report tables to a stream, row by row, never holding the rows in memory.</summary>
public interface ITaulukkoKirjoittaja
{
    Tiedostomuoto Muoto { get; }
    string Sisaltotyyppi { get; }
    string Paate { get; }

    /// <summary>
    /// Writes every row of every table (xlsx: one sheet each, in order); <paramref name="edistyminen"/> hears the
    /// count of rows written so far over all tables.
    /// </summary>
    Task KirjoitaAsync(IReadOnlyList<Taulukko> taulukot, Stream kohde, IProgress<long>? edistyminen = null, CancellationToken ct = default);
}

public static class TaulukkoKirjoittajat
{
    /// <summary>Writes a one-table report.</summary>
    public static Task KirjoitaAsync(this ITaulukkoKirjoittaja kirjoittaja, Taulukko taulukko, Stream kohde,
        IProgress<long>? edistyminen = null, CancellationToken ct = default) =>
        kirjoittaja.KirjoitaAsync([taulukko], kohde, edistyminen, ct);
}
