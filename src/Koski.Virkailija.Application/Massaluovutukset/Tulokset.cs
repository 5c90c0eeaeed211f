using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Massaluovutukset;

namespace Koski.Virkailija.Application.Massaluovutukset;

/// <summary>
/// Stores a running query's result files, one database row each, as each partition fills: a large result never sits
/// in memory whole, and every instance can hand the files out.
/// </summary>
public sealed class Tulokset(IKoskiDbFactory tietokanta, Guid kyselyId)
{
    private readonly HashSet<string> nimet = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Nimet => nimet;

    public async Task TallennaAsync(string nimi, string sisaltotyyppi, byte[] sisalto, CancellationToken ct)
    {
        if (!nimet.Add(nimi)) throw new InvalidOperationException($"Tulostiedosto {nimi} on jo tallennettu.");
        await using var db = await tietokanta.AvaaAsync(ct);
        db.MassaluovutuksenTiedostot.Add(new MassaluovutuksenTiedosto
        {
            MassaluovutusId = kyselyId, Nimi = nimi, Sisaltotyyppi = sisaltotyyppi, Sisalto = sisalto,
        });
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>Runs one kind of query as its user, writing into <see cref="Tulokset"/>.</summary>
public interface IMassaluovutuksenSuoritus
{
    bool Suorittaa(MassaluovutusKysely kysely);

    Task SuoritaAsync(MassaluovutuksenKonteksti konteksti, CancellationToken ct);
}

/// <summary>What a running query has: its parameters, its user as of now, the password of encrypted results, the files.</summary>
public sealed record MassaluovutuksenKonteksti(
    MassaluovutusKysely Kysely, Kayttajat.Kayttaja Kayttaja, string? Salasana, Tulokset Tulokset);
