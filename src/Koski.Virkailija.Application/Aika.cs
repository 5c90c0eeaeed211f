namespace Koski.Virkailija.Application;

/// <summary>Today in Finland: grants and study-right dates are calendar days in Europe/Helsinki.</summary>
public static class Aika
{
    public static DateOnly Tanaan(this TimeProvider aika) =>
        DateOnly.FromDateTime(Domain.Suomenaika.Paikallinen(aika.GetUtcNow()));
}
