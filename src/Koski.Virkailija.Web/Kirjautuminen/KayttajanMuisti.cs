using Koski.Virkailija.Application.Kayttajat;

namespace Koski.Virkailija.Web.Kirjautuminen;

/// <summary>
/// The official's <see cref="Kayttaja"/> (their grants as the database has them) for one scope: an HTTP request, or
/// a circuit (an open page). A request reads it once however many checks ask; a circuit keeps it for at most
/// <see cref="IstunnonTarkistus.ValiAsetus"/> (one minute), the interval in which <see cref="IstunnonTarkistus"/>
/// already finds changed grants and signs the page out. Without it every navigation on the student list read the
/// official and their grants three times over (the page's policy, the search, the list): two queries and a context
/// each, a fifth of the server's CPU per interaction with 100 active pages.
/// </summary>
public sealed class KayttajanMuisti(KayttajaPalvelu kayttajat, TimeProvider aika, IConfiguration asetukset)
{
    private readonly TimeSpan kesto = asetukset.GetValue(IstunnonTarkistus.ValiAsetus, TimeSpan.FromMinutes(1));
    // One reference, swapped whole: the circuit's check (IstunnonTarkistus) writes it off the circuit's thread.
    private volatile Muistissa? muistissa;

    public Task<Kayttaja?> HaeAsync(long virkailijaId, CancellationToken ct = default)
    {
        var m = muistissa;
        if (m is null || m.Id != virkailijaId || aika.GetUtcNow() - m.Haettu >= kesto || m.Lataus.IsFaulted || m.Lataus.IsCanceled)
            m = Lataa(virkailijaId);
        return m.Lataus.WaitAsync(ct);
    }

    /// <summary>Reads the official anew and keeps the result for the scope's next callers (the circuit's check).</summary>
    public Task<Kayttaja?> LataaAsync(long virkailijaId, CancellationToken ct = default) => Lataa(virkailijaId).Lataus.WaitAsync(ct);

    private Muistissa Lataa(long virkailijaId)
    {
        // Shared by the scope's callers, so no one caller's cancellation may end it; a failed load is retried next time.
        var m = new Muistissa(virkailijaId, aika.GetUtcNow(), kayttajat.HaeVirkailijaAsync(virkailijaId, CancellationToken.None));
        muistissa = m;
        return m;
    }

    private sealed record Muistissa(long Id, DateTimeOffset Haettu, Task<Kayttaja?> Lataus);
}
