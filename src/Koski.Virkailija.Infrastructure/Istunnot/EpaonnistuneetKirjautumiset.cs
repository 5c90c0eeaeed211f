using System.Security.Cryptography;
using System.Text;
using Koski.Virkailija.Infrastructure.Tietokanta;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Infrastructure.Istunnot;

/// <summary>
/// The counts of failed sign-ins in the database (table <c>kirjautumisyritys</c>), shared by every instance. A failure
/// adds one with a conditional UPDATE (atomic on every provider), starts a new window over an ended one the same way,
/// and inserts the first row of a key; of two instances inserting the same key at once, the loser adds to the winner's.
/// </summary>
public sealed class EpaonnistuneetKirjautumiset(IDbContextFactory<KoskiDbContext> kontekstit)
{
    public static string Tiiviste(string avain) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(avain)));

    /// <summary>The open windows of the given keys: key → (end, count).</summary>
    public async Task<Dictionary<string, (DateTimeOffset Loppuu, int Maara)>> HaeAsync(IReadOnlyCollection<string> avaimet,
        DateTimeOffset nyt, CancellationToken ct = default)
    {
        var tiivisteet = avaimet.ToDictionary(Tiiviste);
        var hetki = nyt.UtcDateTime;
        var lista = tiivisteet.Keys.ToList();
        await using var db = await kontekstit.CreateDbContextAsync(ct);
        var rivit = await db.Kirjautumisyritykset.AsNoTracking()
            .Where(k => lista.Contains(k.Avain) && k.Loppuu > hetki).ToListAsync(ct);
        return rivit.ToDictionary(r => tiivisteet[r.Avain],
            r => (new DateTimeOffset(DateTime.SpecifyKind(r.Loppuu, DateTimeKind.Utc)), r.Maara));
    }

    /// <summary>Adds one failure to the key's open window, or opens a window of <paramref name="ikkuna"/> with one.</summary>
    public async Task LisaaAsync(string avain, DateTimeOffset nyt, TimeSpan ikkuna, CancellationToken ct = default)
    {
        var tiiviste = Tiiviste(avain);
        var hetki = nyt.UtcDateTime;
        var loppuu = (nyt + ikkuna).UtcDateTime;
        await using var db = await kontekstit.CreateDbContextAsync(ct);
        for (var yritys = 0; yritys < 3; yritys++)
        {
            if (await db.Kirjautumisyritykset.Where(k => k.Avain == tiiviste && k.Loppuu > hetki)
                    .ExecuteUpdateAsync(p => p.SetProperty(k => k.Maara, k => k.Maara + 1), ct) > 0)
                return;
            if (await db.Kirjautumisyritykset.Where(k => k.Avain == tiiviste && k.Loppuu <= hetki)
                    .ExecuteUpdateAsync(p => p.SetProperty(k => k.Maara, 1).SetProperty(k => k.Loppuu, loppuu), ct) > 0)
                return;
            // Ended windows of other keys go when a new key comes, so the table stays the size of the last window.
            await db.Kirjautumisyritykset.Where(k => k.Loppuu <= hetki).ExecuteDeleteAsync(ct);
            db.Kirjautumisyritykset.Add(new Kirjautumisyritys { Avain = tiiviste, Loppuu = loppuu, Maara = 1 });
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException)
            {
                // Another instance inserted the key first: add to its row.
                db.ChangeTracker.Clear();
            }
        }
    }
}
