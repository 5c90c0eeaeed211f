namespace Koski.Virkailija.Domain;

/// <summary>KOSKI and the organisation service give dates and local timestamps in Finnish time.</summary>
public static class Suomenaika
{
    public static TimeZoneInfo Vyohyke { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    public static DateTime Paikallinen(DateTimeOffset hetki) => TimeZoneInfo.ConvertTime(hetki, Vyohyke).DateTime;
}
