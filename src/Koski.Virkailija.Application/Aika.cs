namespace Koski.Virkailija.Application;

/// <summary>Today in Finland: grants and study-right dates are calendar days in Europe/Helsinki.</summary>
public static class Aika
{
    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    public static DateOnly Tanaan(this TimeProvider aika) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(aika.GetUtcNow(), Helsinki).DateTime);
}
