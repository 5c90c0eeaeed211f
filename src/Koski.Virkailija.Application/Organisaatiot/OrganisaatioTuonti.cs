using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Organisaatiot;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Organisaatiot;

public sealed record OrganisaatioTuonninTulos(int Lisatty, int Paivitetty, int Ennallaan);

/// <summary>
/// Writes organisations of the organisation service into the database, by OID: new ones are added, known ones take
/// the given values. Re-importing the same data changes nothing.
/// </summary>
/// <remarks>With <paramref name="yllapito"/>, a closed organisation's grants and applications end in the same transaction.</remarks>
public sealed class OrganisaatioTuonti(IKoskiDbFactory tietokanta, OrganisaatioHakemisto hakemisto,
    Kayttooikeudet.KayttooikeuksienYllapito? yllapito = null)
{
    public async Task<OrganisaatioTuonninTulos> TuoAsync(IReadOnlyList<Organisaatio> organisaatiot, CancellationToken ct = default)
    {
        int lisatty = 0, paivitetty = 0, ennallaan = 0;
        await using (var db = await tietokanta.AvaaAsync(ct))
        {
            await using var transaktio = await db.Database.BeginTransactionAsync(ct);
            var tallennetut = await db.Organisaatiot.ToDictionaryAsync(o => o.Oid, StringComparer.Ordinal, ct);
            foreach (var uusi in organisaatiot)
            {
                if (!tallennetut.TryGetValue(uusi.Oid, out var rivi))
                {
                    rivi = new Organisaatio { Oid = uusi.Oid, NimiFi = uusi.NimiFi };
                    Kopioi(uusi, rivi);
                    db.Organisaatiot.Add(rivi);
                    tallennetut[rivi.Oid] = rivi;
                    lisatty++;
                }
                else if (Arvot(rivi) == Arvot(uusi))
                {
                    ennallaan++;
                }
                else
                {
                    Kopioi(uusi, rivi);
                    paivitetty++;
                }
            }
            if (yllapito is not null) await yllapito.SuljeLakkautetuissaAsync(db, organisaatiot, ct);
            await db.SaveChangesAsync(ct);
            await transaktio.CommitAsync(ct);
        }
        hakemisto.Tyhjenna();
        return new OrganisaatioTuonninTulos(lisatty, paivitetty, ennallaan);
    }

    private static (string?, string, string?, string?, string, string?, string?, string, DateOnly?) Arvot(Organisaatio o) =>
        (o.ParentOid, o.NimiFi, o.NimiSv, o.NimiEn, o.Tyypit, o.OppilaitosKoodi, o.Oppilaitostyyppi, o.Status, o.LakkautusPvm);

    private static void Kopioi(Organisaatio lahde, Organisaatio kohde)
    {
        kohde.ParentOid = lahde.ParentOid;
        kohde.NimiFi = lahde.NimiFi;
        kohde.NimiSv = lahde.NimiSv;
        kohde.NimiEn = lahde.NimiEn;
        kohde.Tyypit = lahde.Tyypit;
        kohde.OppilaitosKoodi = lahde.OppilaitosKoodi;
        kohde.Oppilaitostyyppi = lahde.Oppilaitostyyppi;
        kohde.Status = lahde.Status;
        kohde.LakkautusPvm = lahde.LakkautusPvm;
    }
}
