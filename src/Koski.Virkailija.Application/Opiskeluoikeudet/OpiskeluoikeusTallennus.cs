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
        var rivi = await LisaaUusiAsync(db, new Oidivaraus(db, 1), oppijaOid, dokumentti, tallentaja, aika, ct);
        await db.SaveChangesAsync(ct);
        return rivi;
    }

    /// <summary>
    /// Adds the document as a new study right of the learner (saved, or added to <paramref name="db"/>) without saving:
    /// the caller's one SaveChanges writes the learner, every study right and their audit entries in one round trip.
    /// </summary>
    public async Task<Opiskeluoikeus> LisaaUusiAsync(IKoskiDb db, Oidivaraus oidit, string oppijaOid,
        OpiskeluoikeusDokumentti dokumentti, string tallentaja, DateTimeOffset aika, CancellationToken ct = default)
    {
        var oid = dokumentti.Oid;
        if (oid is null)
        {
            oid = await oidit.OpiskeluoikeusAsync(ct);
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
        LisaaVersio(db, rivi, tallentaja);
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
        LisaaMuutos(db, rivi, dokumentti, tallentaja, aika);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The next version of <paramref name="rivi"/> without saving; the caller's SaveChanges detects a conflict.</summary>
    public void LisaaMuutos(IKoskiDb db, Opiskeluoikeus rivi, OpiskeluoikeusDokumentti dokumentti, string tallentaja,
        DateTimeOffset aika)
    {
        var hetki = Tallennushetki(aika);
        var versio = rivi.Versionumero + 1;
        dokumentti.AsetaOid(rivi.Oid);
        dokumentti.AsetaVersionumero(versio);
        dokumentti.AsetaAikaleima(hetki);
        dokumentti.TaytaIndeksi(rivi);
        rivi.Versionumero = versio;
        rivi.Aikaleima = hetki;
        LisaaVersio(db, rivi, tallentaja);
    }

    /// <summary>Every version is written from the same JSON as the row.</summary>
    private static void LisaaVersio(IKoskiDb db, Opiskeluoikeus rivi, string tallentaja) =>
        db.OpiskeluoikeusVersiot.Add(new OpiskeluoikeusVersio
        {
            OpiskeluoikeusOid = rivi.Oid,
            Versionumero = rivi.Versionumero,
            Aikaleima = rivi.Aikaleima,
            Tallentaja = tallentaja,
            Lahdejarjestelma = rivi.Lahdejarjestelma,
            Json = rivi.Json,
        });

    /// <summary>UTC (PostgreSQL's timestamptz takes no other offset), to the microsecond that both databases keep.</summary>
    private static DateTimeOffset Tallennushetki(DateTimeOffset aika)
    {
        var utc = aika.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % 10, TimeSpan.Zero);
    }
}
