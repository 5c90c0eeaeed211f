using System.Security.Cryptography;
using System.Text;
using Koski.Virkailija.Infrastructure.Tietokanta;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Infrastructure.Istunnot;

/// <summary>
/// The server-side sessions that every instance shares (table <c>istunto</c>). A session past either of its times
/// is treated as gone, and removed when next met; rows nobody asks for again are cleared at the next sign-in.
/// </summary>
public sealed class Istunnot(IDbContextFactory<KoskiDbContext> kontekstit)
{
    public static string Tiiviste(string avain) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(avain)));

    public async Task LisaaAsync(string avain, UusiIstunto tiedot, DateTimeOffset nyt, CancellationToken ct = default)
    {
        await using var db = await kontekstit.CreateDbContextAsync(ct);
        var hetki = nyt.UtcDateTime;
        await db.Istunnot.Where(i => i.Vanhenee <= hetki || i.Paattyy <= hetki).ExecuteDeleteAsync(ct);
        db.Istunnot.Add(new Istunto
        {
            Tiiviste = Tiiviste(avain), Tunniste = tiedot.Tunniste, VirkailijaId = tiedot.VirkailijaId, Tiketti = tiedot.Tiketti,
            Alkanut = tiedot.Alkanut.UtcDateTime, Vanhenee = tiedot.Vanhenee.UtcDateTime, Paattyy = tiedot.Paattyy.UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The session's ticket, or null when it has ended (removed, or past either time).</summary>
    public async Task<Istunto?> HaeAsync(string avain, DateTimeOffset nyt, CancellationToken ct = default)
    {
        var tiiviste = Tiiviste(avain);
        await using var db = await kontekstit.CreateDbContextAsync(ct);
        var istunto = await db.Istunnot.AsNoTracking().FirstOrDefaultAsync(i => i.Tiiviste == tiiviste, ct);
        if (istunto is null || Voimassa(istunto, nyt)) return istunto;
        await db.Istunnot.Where(i => i.Tiiviste == tiiviste).ExecuteDeleteAsync(ct);
        return null;
    }

    /// <summary>Writes a renewed ticket; a session that has meanwhile been removed stays removed.</summary>
    public async Task PaivitaAsync(string avain, byte[] tiketti, DateTimeOffset vanhenee, CancellationToken ct = default)
    {
        var tiiviste = Tiiviste(avain);
        var hetki = vanhenee.UtcDateTime;
        await using var db = await kontekstit.CreateDbContextAsync(ct);
        await db.Istunnot.Where(i => i.Tiiviste == tiiviste)
            .ExecuteUpdateAsync(p => p.SetProperty(i => i.Tiketti, tiketti).SetProperty(i => i.Vanhenee, hetki), ct);
    }

    public async Task PoistaAsync(string avain, CancellationToken ct = default)
    {
        var tiiviste = Tiiviste(avain);
        await using var db = await kontekstit.CreateDbContextAsync(ct);
        await db.Istunnot.Where(i => i.Tiiviste == tiiviste).ExecuteDeleteAsync(ct);
    }

    /// <summary>
    /// For an open circuit: whether its session still holds, moving its idle timeout on to
    /// <paramref name="kaytetty"/> + <paramref name="joutoaika"/> when the person has used the page since.
    /// </summary>
    public async Task<bool> OnVoimassaAsync(string tunniste, DateTimeOffset nyt, DateTimeOffset? kaytetty,
        TimeSpan joutoaika, CancellationToken ct = default)
    {
        var hetki = nyt.UtcDateTime;
        await using var db = await kontekstit.CreateDbContextAsync(ct);
        var voimassa = db.Istunnot.Where(i => i.Tunniste == tunniste && i.Vanhenee > hetki && i.Paattyy > hetki);
        if (kaytetty is { } k)
        {
            var uusi = (k + joutoaika).UtcDateTime;
            // A row moved on is a session in force: the check below is needed only when nothing was to move.
            if (await voimassa.Where(i => i.Vanhenee < uusi).ExecuteUpdateAsync(p => p.SetProperty(i => i.Vanhenee, uusi), ct) > 0)
                return true;
        }
        return await voimassa.AnyAsync(ct);
    }

    /// <summary>Ends every session of the official (sign out everywhere); returns how many there were.</summary>
    public async Task<int> PoistaVirkailijanAsync(long virkailijaId, CancellationToken ct = default)
    {
        await using var db = await kontekstit.CreateDbContextAsync(ct);
        return await db.Istunnot.Where(i => i.VirkailijaId == virkailijaId).ExecuteDeleteAsync(ct);
    }

    private static bool Voimassa(Istunto istunto, DateTimeOffset nyt) =>
        istunto.Vanhenee > nyt.UtcDateTime && istunto.Paattyy > nyt.UtcDateTime;
}

/// <summary>What a new session row holds besides its key.</summary>
public sealed record UusiIstunto(string Tunniste, long? VirkailijaId, byte[] Tiketti, DateTimeOffset Alkanut,
    DateTimeOffset Vanhenee, DateTimeOffset Paattyy);
