using System.Collections.Concurrent;
using Koski.Virkailija.Infrastructure.Istunnot;

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
/// <para>
/// The counts are in the database (<see cref="EpaonnistuneetKirjautumiset"/>), so the limit is the same with any
/// number of instances behind a balancer that spreads an address's calls over them. A block an instance has seen is
/// also remembered in its memory until it ends, so a flood from a blocked address costs no database reads.
/// </para>
/// </summary>
public sealed class Kirjautumisyritykset(EpaonnistuneetKirjautumiset kanta, TimeProvider aika)
{
    public static readonly TimeSpan Ikkuna = TimeSpan.FromMinutes(1);
    public const int OsoitteenYritykset = 20;
    public const int TunnuksenYritykset = 5;

    private readonly ConcurrentDictionary<string, DateTimeOffset> estot = new();

    /// <summary>How long the address must wait before trying <paramref name="tunnus"/> again; null when it may try now.</summary>
    public async Task<TimeSpan?> OdotusAsync(string? osoite, string tunnus, CancellationToken ct = default)
    {
        var nyt = aika.GetUtcNow();
        var rajat = new Dictionary<string, int> { [Osoite(osoite)] = OsoitteenYritykset, [Tunnus(osoite, tunnus)] = TunnuksenYritykset };
        var muistissa = rajat.Keys.Select(a => estot.TryGetValue(a, out var loppuu) && loppuu > nyt ? loppuu : (DateTimeOffset?)null).Max();
        if (muistissa is { } m) return m - nyt;
        var ikkunat = await kanta.HaeAsync(rajat.Keys, nyt, ct);
        DateTimeOffset? esto = null;
        foreach (var (avain, (loppuu, maara)) in ikkunat)
        {
            if (maara < rajat[avain]) continue;
            estot[avain] = loppuu;
            if (esto is null || loppuu > esto) esto = loppuu;
        }
        // Ended blocks are dropped now and then, so the memory stays the size of the last minute's.
        if (estot.Count > 10_000)
            foreach (var (avain, loppuu) in estot)
                if (loppuu <= nyt) estot.TryRemove(avain, out _);
        return esto - nyt;
    }

    public async Task EpaonnistuiAsync(string? osoite, string tunnus, CancellationToken ct = default)
    {
        var nyt = aika.GetUtcNow();
        foreach (var avain in new[] { Osoite(osoite), Tunnus(osoite, tunnus) })
            await kanta.LisaaAsync(avain, nyt, Ikkuna, ct);
    }

    private static string Osoite(string? osoite) => "o:" + osoite;
    private static string Tunnus(string? osoite, string tunnus) => $"t:{osoite}\n{tunnus}";
}
