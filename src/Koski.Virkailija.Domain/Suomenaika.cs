using System.Globalization;

namespace Koski.Virkailija.Domain;

/// <summary>KOSKI and the organisation service give dates and local timestamps in Finnish time.</summary>
public static class Suomenaika
{
    public static TimeZoneInfo Vyohyke { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    public static DateTime Paikallinen(DateTimeOffset hetki) => TimeZoneInfo.ConvertTime(hetki, Vyohyke).DateTime;

    /// <summary>A day as Finns write it (1.8.2024): in the UI and in the rules' messages alike.</summary>
    public static string Paiva(DateOnly paiva) => paiva.ToString("d.M.yyyy", CultureInfo.InvariantCulture);
}
