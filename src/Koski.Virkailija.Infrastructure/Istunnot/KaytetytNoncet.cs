using System.Security.Cryptography;
using System.Text;
using Koski.Virkailija.Infrastructure.Tietokanta;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Infrastructure.Istunnot;

/// <summary>
/// Makes an OpenID Connect nonce single-use across every instance: the first sign-in that presents it records it,
/// any later one is refused (the unique key decides, so two concurrent attempts cannot both win).
/// </summary>
public sealed class KaytetytNoncet(IDbContextFactory<KoskiDbContext> kontekstit, TimeProvider aika)
{
    /// <returns>False when the nonce had already been used.</returns>
    public async Task<bool> KaytaAsync(string nonce, DateTimeOffset vanhenee, CancellationToken ct = default)
    {
        var tiiviste = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(nonce)));
        var nyt = aika.GetUtcNow().UtcDateTime;
        await using var db = await kontekstit.CreateDbContextAsync(ct);
        await db.KaytetytNoncet.Where(n => n.Vanhenee < nyt).ExecuteDeleteAsync(ct);
        db.KaytetytNoncet.Add(new KaytettyNonce { Tiiviste = tiiviste, Vanhenee = vanhenee.UtcDateTime });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }
}
