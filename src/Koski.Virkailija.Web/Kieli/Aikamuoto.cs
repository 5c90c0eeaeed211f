using System.Globalization;
using Koski.Virkailija.Domain;

namespace Koski.Virkailija.Web.Kieli;

/// <summary>
/// The one way the UI writes dates and times: always Finnish time (whatever the server's zone), day first, and the
/// clock as Finns and Finland-Swedes write it ("6.12.2026 klo 20.05", "6.12.2026 kl. 20.05").
/// </summary>
public static class Aikamuoto
{
    public static string Paiva(DateOnly paiva) => Suomenaika.Paiva(paiva);

    public static string Paiva(DateOnly? paiva) => paiva is { } p ? Paiva(p) : "";

    public static string Paiva(DateTimeOffset hetki) => Paiva(DateOnly.FromDateTime(Suomenaika.Paikallinen(hetki)));

    public static string Aikaleima(DateTimeOffset hetki)
    {
        var paikallinen = Suomenaika.Paikallinen(hetki);
        var klo = Kielet.Nykyinen == "sv" ? "kl." : "klo";
        return $"{Paiva(DateOnly.FromDateTime(paikallinen))} {klo} {paikallinen.ToString("H.mm", CultureInfo.InvariantCulture)}";
    }

    public static string Aikaleima(DateTimeOffset? hetki) => hetki is { } h ? Aikaleima(h) : "";
}
