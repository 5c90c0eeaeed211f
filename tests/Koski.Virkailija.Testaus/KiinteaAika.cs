namespace Koski.Virkailija.Testaus;

/// <summary>A clock that stands still, so that what a test writes does not depend on when it runs.</summary>
public sealed class KiinteaAika(DateTimeOffset hetki) : TimeProvider
{
    public static readonly DateTimeOffset Oletus = new(2026, 11, 20, 10, 30, 0, TimeSpan.Zero);

    public KiinteaAika() : this(Oletus)
    {
    }

    public override DateTimeOffset GetUtcNow() => hetki;
}
