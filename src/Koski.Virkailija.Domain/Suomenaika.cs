using System.Globalization;

namespace Koski.Virkailija.Domain;

/// <summary>KOSKI and the organisation service give dates and local timestamps in Finnish time.</summary>
public static class Suomenaika
{
    public static TimeZoneInfo Vyohyke { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    public static DateTime Paikallinen(DateTimeOffset hetki) => TimeZoneInfo.ConvertTime(hetki, Vyohyke).DateTime;

    /// <summary>A day as Finns write it (1.8.2024): in the UI and in the rules' messages alike.</summary>
    public static string Paiva(DateOnly paiva) => paiva.ToString("d.M.yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// A day as KOSKI's JSON writes it (yyyy-MM-dd, nothing around it); null for anything else, a day that does not
    /// exist included. The same answer as <c>DateOnly.TryParseExact(s, "yyyy-MM-dd", InvariantCulture)</c>, read
    /// straight from the characters: every rule reads dates, and the culture-aware parser was ~2 % of ingest's CPU.
    /// </summary>
    public static DateOnly? IsoPaiva(string? teksti)
    {
        if (teksti is not { Length: 10 } s || s[4] != '-' || s[7] != '-') return null;
        var vuosi = Numero(s, 0, 4);
        var kuukausi = Numero(s, 5, 2);
        var paiva = Numero(s, 8, 2);
        if (vuosi < 1 || kuukausi is < 1 or > 12 || paiva < 1 || paiva > DateTime.DaysInMonth(vuosi, kuukausi)) return null;
        return new DateOnly(vuosi, kuukausi, paiva);
    }

    /// <summary>The ASCII digits s[alku..alku+pituus] as a number; -1 if any is not a digit.</summary>
    private static int Numero(string s, int alku, int pituus)
    {
        var arvo = 0;
        for (var i = alku; i < alku + pituus; i++)
        {
            var numero = s[i] - '0';
            if ((uint)numero > 9) return -1;
            arvo = arvo * 10 + numero;
        }
        return arvo;
    }
}
