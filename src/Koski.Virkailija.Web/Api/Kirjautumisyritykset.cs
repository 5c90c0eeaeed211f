using System.Collections.Concurrent;

namespace Koski.Virkailija.Web.Api;

/// <summary>
/// Failed HTTP Basic sign-ins, counted per client address and per account at that address over a short window.
/// Once either count is full, that address gets 429 with <c>Retry-After</c> until the window ends, and its passwords
/// are not even hashed — so a flood of wrong passwords costs neither guesses nor CPU.
/// <para>
/// Why per account <i>at an address</i> and not per account alone: a lock on the account would let anyone who knows a
/// source system's account name shut that system out by sending wrong passwords. Keyed by address, the real system
/// (whose address has not failed) goes on working, while one address gets a handful of guesses a minute.
/// </para>
/// </summary>
public sealed class Kirjautumisyritykset(TimeProvider aika)
{
    public static readonly TimeSpan Ikkuna = TimeSpan.FromMinutes(1);
    public const int OsoitteenYritykset = 20;
    public const int TunnuksenYritykset = 5;

    private sealed class Laskuri(DateTimeOffset loppuu)
    {
        public DateTimeOffset Loppuu { get; } = loppuu;
        public int Maara;
    }

    private readonly ConcurrentDictionary<string, Laskuri> laskurit = new();

    /// <summary>How long the address must wait before trying <paramref name="tunnus"/> again; null when it may try now.</summary>
    public TimeSpan? Odotus(string? osoite, string tunnus)
    {
        var nyt = aika.GetUtcNow();
        var loppuu = new[] { (Osoite(osoite), OsoitteenYritykset), (Tunnus(osoite, tunnus), TunnuksenYritykset) }
            .Select(a => laskurit.TryGetValue(a.Item1, out var l) && l.Loppuu > nyt && Volatile.Read(ref l.Maara) >= a.Item2 ? l.Loppuu : (DateTimeOffset?)null)
            .Max();
        return loppuu - nyt;
    }

    public void Epaonnistui(string? osoite, string tunnus)
    {
        var nyt = aika.GetUtcNow();
        foreach (var avain in new[] { Osoite(osoite), Tunnus(osoite, tunnus) })
        {
            var laskuri = laskurit.AddOrUpdate(avain, _ => new Laskuri(nyt + Ikkuna), (_, l) => l.Loppuu > nyt ? l : new Laskuri(nyt + Ikkuna));
            Interlocked.Increment(ref laskuri.Maara);
        }
        // Windows that have ended are dropped now and then, so the dictionary stays the size of the last minute.
        if (laskurit.Count > 10_000)
            foreach (var (avain, l) in laskurit)
                if (l.Loppuu <= nyt) laskurit.TryRemove(avain, out _);
    }

    private static string Osoite(string? osoite) => "o:" + osoite;
    private static string Tunnus(string? osoite, string tunnus) => $"t:{osoite}\n{tunnus}";
}
