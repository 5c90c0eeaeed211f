using System.Globalization;
namespace Koski.Virkailija.Domain.Oppijat;

/// <summary>Finnish personal identity code (henkilötunnus) DDMMYYCZZZQ.</summary>
public static class Hetu
{
    private const string Tarkistusmerkit = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    public static bool OnValidi(string? hetu) => Virhe(hetu) is null;

    /// <summary>Birth date of a valid hetu; null when the hetu is not valid.</summary>
    public static DateOnly? Syntymaaika(string hetu) => OnValidi(hetu) ? Paiva(hetu) : null;

    /// <summary>Why the hetu is not valid, in Finnish; null when it is.</summary>
    public static string? Virhe(string? hetu)
    {
        if (string.IsNullOrWhiteSpace(hetu)) return "Henkilötunnus on pakollinen";
        if (!OnOikeaMuoto(hetu)) return "Henkilötunnuksen muoto on virheellinen";
        if (Paiva(hetu) is null) return "Henkilötunnuksen päivämäärä on virheellinen";
        if (hetu[10] != Tarkistusmerkki(hetu)) return "Henkilötunnuksen tarkistusmerkki on virheellinen";
        return null;
    }

    private static bool OnOikeaMuoto(string hetu) =>
        hetu.Length == 11
        && hetu.AsSpan(0, 6).ContainsAnyExceptInRange('0', '9') is false
        && Vuosisata(hetu[6]) is not null
        && hetu.AsSpan(7, 3).ContainsAnyExceptInRange('0', '9') is false
        // 002–899 are ordinary individual numbers; 900–999 are temporary ids, used by KOSKI's test hetus.
        && int.Parse(hetu.AsSpan(7, 3), CultureInfo.InvariantCulture) >= 2
        && Tarkistusmerkit.Contains(hetu[10]);

    private static int? Vuosisata(char merkki) => merkki switch
    {
        '+' => 1800,
        '-' or 'Y' or 'X' or 'W' or 'V' or 'U' => 1900,
        'A' or 'B' or 'C' or 'D' or 'E' or 'F' => 2000,
        _ => null,
    };

    private static DateOnly? Paiva(string hetu)
    {
        var paiva = int.Parse(hetu.AsSpan(0, 2), CultureInfo.InvariantCulture);
        var kuukausi = int.Parse(hetu.AsSpan(2, 2), CultureInfo.InvariantCulture);
        var vuosi = Vuosisata(hetu[6])!.Value + int.Parse(hetu.AsSpan(4, 2), CultureInfo.InvariantCulture);
        if (kuukausi is < 1 or > 12 || paiva < 1 || paiva > DateTime.DaysInMonth(vuosi, kuukausi)) return null;
        return new DateOnly(vuosi, kuukausi, paiva);
    }

    private static char Tarkistusmerkki(string hetu) =>
        Tarkistusmerkit[(int)(long.Parse(string.Concat(hetu.AsSpan(0, 6), hetu.AsSpan(7, 3)), CultureInfo.InvariantCulture) % 31)];
}
