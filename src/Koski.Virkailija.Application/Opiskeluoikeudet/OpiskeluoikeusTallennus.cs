using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain;
using Koski.Virkailija.Domain.Opiskeluoikeudet;

namespace Koski.Virkailija.Application.Opiskeluoikeudet;

/// <summary>
/// The one place where a new study right is stored: its OID, version 1 and aikaleima are set in the document, and
/// the index row and the first version are written from the same JSON.
/// </summary>
public sealed class OpiskeluoikeusTallennus
{
    /// <summary>
    /// Stores the document as a new study right of the learner (who must already be saved). Saves through
    /// <paramref name="db"/>, inside the caller's transaction when there is one.
    /// </summary>
    public async Task<Opiskeluoikeus> TallennaUusiAsync(IKoskiDb db, string oppijaOid, OpiskeluoikeusDokumentti dokumentti,
        string tallentaja, DateTimeOffset aika, CancellationToken ct = default)
    {
        var oid = dokumentti.Oid;
        if (oid is null)
        {
            oid = await VapaatOidit.OpiskeluoikeusAsync(db, ct);
            dokumentti.AsetaOid(oid);
        }
        else if (!Oidit.OnOpiskeluoikeusOid(oid))
        {
            throw new ArgumentException($"Virheellinen opiskeluoikeuden oid '{oid}'", nameof(dokumentti));
        }
        else if (await VapaatOidit.OpiskeluoikeusOnKaytossaAsync(db, oid, ct))
        {
            throw new InvalidOperationException($"Opiskeluoikeus {oid} on jo tallennettu");
        }

        var hetki = Tallennushetki(aika);
        dokumentti.AsetaVersionumero(1);
        dokumentti.AsetaAikaleima(hetki);
        var rivi = new Opiskeluoikeus
        {
            Oid = oid, OppijaOid = oppijaOid, Versionumero = 1, Aikaleima = hetki, Tyyppi = "", OppilaitosOid = "", Json = "",
        };
        dokumentti.TaytaIndeksi(rivi);
        db.Opiskeluoikeudet.Add(rivi);
        db.OpiskeluoikeusVersiot.Add(new OpiskeluoikeusVersio
        {
            OpiskeluoikeusOid = oid,
            Versionumero = 1,
            Aikaleima = hetki,
            Tallentaja = tallentaja,
            Lahdejarjestelma = rivi.Lahdejarjestelma,
            Json = rivi.Json,
        });
        await db.SaveChangesAsync(ct);
        return rivi;
    }

    /// <summary>
    /// Stores the document as the next version of <paramref name="rivi"/> (tracked by <paramref name="db"/>). The row's
    /// versionumero is a concurrency token: when someone else saved meanwhile, SaveChanges throws
    /// DbUpdateConcurrencyException and nothing is written.
    /// </summary>
    public async Task TallennaMuutosAsync(IKoskiDb db, Opiskeluoikeus rivi, OpiskeluoikeusDokumentti dokumentti,
        string tallentaja, DateTimeOffset aika, CancellationToken ct = default)
    {
        var hetki = Tallennushetki(aika);
        var versio = rivi.Versionumero + 1;
        dokumentti.AsetaOid(rivi.Oid);
        dokumentti.AsetaVersionumero(versio);
        dokumentti.AsetaAikaleima(hetki);
        dokumentti.TaytaIndeksi(rivi);
        rivi.Versionumero = versio;
        rivi.Aikaleima = hetki;
        db.OpiskeluoikeusVersiot.Add(new OpiskeluoikeusVersio
        {
            OpiskeluoikeusOid = rivi.Oid,
            Versionumero = versio,
            Aikaleima = hetki,
            Tallentaja = tallentaja,
            Lahdejarjestelma = rivi.Lahdejarjestelma,
            Json = rivi.Json,
        });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>UTC (PostgreSQL's timestamptz takes no other offset), to the microsecond that both databases keep.</summary>
    private static DateTimeOffset Tallennushetki(DateTimeOffset aika)
    {
        var utc = aika.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % 10, TimeSpan.Zero);
    }
}
