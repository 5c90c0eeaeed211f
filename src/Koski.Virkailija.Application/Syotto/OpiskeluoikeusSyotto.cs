using System.Globalization;
using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Tiedonsiirto;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain;
using Koski.Virkailija.Domain.Arkaluonteiset;
using Koski.Virkailija.Domain.Auditointi;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Koski.Virkailija.Domain.Validointi;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Syotto;

public sealed record SyotonTulos(string OppijaOid, string OpiskeluoikeusOid, int Versionumero);

/// <summary>
/// Entering study rights by hand (issue 5): create, edit and invalidate as an official. Creating and editing go
/// through the data-transfer save (<see cref="TiedonsiirtoPalvelu"/>: validation catalogue, write scope, versions,
/// audit, one transaction); this service adds the UI's own rules: the TPO-hankinta role never creates, rows from a
/// source system are not edited here, and a stale version is refused with the message the form shows.
/// </summary>
public sealed partial class OpiskeluoikeusSyotto(IKoskiDbFactory tietokanta, TiedonsiirtoPalvelu tiedonsiirto,
    OpiskeluoikeusTallennus tallennus, OrganisaatioHakemisto organisaatiot, AuditLoki audit, TimeProvider aika,
    OpiskeluoikeudenValidointi validointi)
{
    public const string Ristiriitaviesti =
        "Opiskeluoikeutta on muutettu sillä välin. Syöttämäsi tiedot ovat yhä lomakkeella: lataa opiskeluoikeus uudelleen ja tee muutoksesi sen päälle.";

    /// <summary>
    /// Creates <paramref name="opiskeluoikeus"/> for the learner <paramref name="henkilo"/>: <c>{oid}</c> or
    /// <c>{hetu}</c> of an existing learner, or <c>{hetu, etunimet, sukunimi, kutsumanimi?}</c> of a new one.
    /// </summary>
    public async Task<SyotonTulos> LuoAsync(Kayttaja kayttaja, JsonObject henkilo, JsonObject opiskeluoikeus,
        CancellationToken ct = default)
    {
        var dokumentti = new OpiskeluoikeusDokumentti(opiskeluoikeus);
        if (!kayttaja.JokinRooli(r => Kirjoitusoikeus.LuoTyyppia(r, dokumentti.Tyyppi)))
            throw new KoskiVirheet("forbidden.opiskeluoikeudenTyyppi", "Sinulla ei ole oikeutta lisätä tämän tyyppistä opiskeluoikeutta.");
        if (dokumentti.Oid is not null || dokumentti.Versionumero is not null)
            throw new KoskiVirheet("badRequest.validation.jsonSchema", "Uudella opiskeluoikeudella ei ole oidia eikä versionumeroa.");
        return await TallennaAsync(kayttaja, henkilo, opiskeluoikeus, ct);
    }

    /// <summary>
    /// Saves <paramref name="opiskeluoikeus"/> as the next version of study right <paramref name="oid"/>; its
    /// versionumero must be the one the form was loaded from.
    /// </summary>
    public async Task<SyotonTulos> MuokkaaAsync(Kayttaja kayttaja, string oid, JsonObject opiskeluoikeus, CancellationToken ct = default)
    {
        var dokumentti = new OpiskeluoikeusDokumentti(opiskeluoikeus);
        if (dokumentti.Versionumero is null)
            throw new KoskiVirheet("badRequest.validation.jsonSchema", "Muokattavalta opiskeluoikeudelta puuttuu versionumero.");
        var rivi = await MuokattavaRiviAsync(kayttaja, oid, ct);
        // What the user could not see is put back from the stored document, never lost nor overwritten.
        if (!ArkaluonteisetNakyvat(kayttaja, rivi, await organisaatiot.PuuAsync(ct)))
            opiskeluoikeus = PiilotetutTiedot.Palauta(JsonNode.Parse(rivi.Json)!.AsObject(), opiskeluoikeus);
        opiskeluoikeus["oid"] = oid;
        return await TallennaAsync(kayttaja, new JsonObject { ["oid"] = rivi.OppijaOid }, opiskeluoikeus, ct);
    }

    /// <summary>Invalidates study right <paramref name="oid"/> by appending a mitatoity jakso (KOSKI's rule).</summary>
    public async Task<SyotonTulos> MitatoiAsync(Kayttaja kayttaja, string oid, int versionumero, CancellationToken ct = default)
    {
        var puu = await organisaatiot.PuuAsync(ct);
        await using var db = await tietokanta.AvaaAsync(ct);
        await using var transaktio = await db.Database.BeginTransactionAsync(ct);
        var rivi = await db.Opiskeluoikeudet.FirstOrDefaultAsync(o => o.Oid == oid, ct);
        if (rivi is null || !Kirjoitusoikeus.Mitatoi(kayttaja, rivi, puu)) throw EiLoydy();
        if (rivi.Versionumero != versionumero) throw Ristiriita();

        var dokumentti = OpiskeluoikeusDokumentti.Lue(rivi.Json);
        var tanaan = DateOnly.FromDateTime(Suomenaika.Paikallinen(aika.GetUtcNow()));
        var alku = dokumentti.Jaksot.Select(j => j.Alku).Append(tanaan).Max();
        (dokumentti.Json["tila"]?["opiskeluoikeusjaksot"] as JsonArray)?.Add(new JsonObject
        {
            ["alku"] = alku.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["tila"] = new JsonObject { ["koodiarvo"] = Tilat.Mitatoity, ["koodistoUri"] = "koskiopiskeluoikeudentila" },
        });
        try
        {
            await tallennus.TallennaMuutosAsync(db, rivi, dokumentti, kayttaja.Tunnus, aika.GetUtcNow(), ct);
            audit.Lisaa(db, kayttaja, AuditOperaatio.OPISKELUOIKEUS_MUUTOS,
                new AuditKohde(rivi.OppijaOid, rivi.Oid, rivi.Versionumero, rivi.OppilaitosOid));
            await db.SaveChangesAsync(ct);
            await transaktio.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Ristiriita();
        }
        return new SyotonTulos(rivi.OppijaOid, rivi.Oid, rivi.Versionumero);
    }

    /// <summary>The stored study right for the edit form, or null when the user may not edit it here.</summary>
    public async Task<Opiskeluoikeus?> MuokattavaAsync(Kayttaja kayttaja, string oid, CancellationToken ct = default)
    {
        try
        {
            return await MuokattavaRiviAsync(kayttaja, oid, ct);
        }
        catch (KoskiVirheet)
        {
            return null;
        }
    }

    /// <summary>Of the given study rights, those the user may invalidate (for showing "Mitätöi opiskeluoikeus").</summary>
    public async Task<IReadOnlySet<string>> MitatoitavatAsync(Kayttaja kayttaja, IReadOnlyCollection<string> oidit,
        CancellationToken ct = default)
    {
        var puu = await organisaatiot.PuuAsync(ct);
        await using var db = await tietokanta.AvaaAsync(ct);
        var rivit = await db.Opiskeluoikeudet.AsNoTracking().Where(o => oidit.Contains(o.Oid)).ToListAsync(ct);
        return rivit.Where(r => Kirjoitusoikeus.Mitatoi(kayttaja, r, puu)).Select(r => r.Oid).ToHashSet();
    }

    /// <summary>The types of <see cref="SyottoLomake"/> the user may create.</summary>
    public static IReadOnlyList<Valinta> LuotavatTyypit(Kayttaja kayttaja) =>
        SyottoLomake.Tyypit.Where(t => kayttaja.JokinRooli(r => Kirjoitusoikeus.LuoTyyppia(r, t.Koodi))).ToList();

    /// <summary>
    /// The types the user may create for a form whose tila jaksot start on <paramref name="jaksojenAlut"/>: a type with
    /// a last tila day (<see cref="ViimeinenTilanAlku"/>) only while no jakso starts after it.
    /// </summary>
    public IReadOnlyList<Valinta> LuotavatTyypit(Kayttaja kayttaja, IEnumerable<DateTime?> jaksojenAlut)
    {
        var myohaisin = jaksojenAlut.Max() is { } alku ? DateOnly.FromDateTime(alku) : (DateOnly?)null;
        return LuotavatTyypit(kayttaja).Where(t => !(myohaisin > ViimeinenTilanAlku(t.Koodi))).ToList();
    }

    /// <summary>
    /// The last day a tila of the type may start (for the form's date pickers): perusopetuksen lisäopetus ended with the
    /// 2023 reform (KOSKI's tila.perusopetuksenLisäopetuksenOpiskeluoikeudenTilaEiSallittu); null for the others.
    /// </summary>
    public DateOnly? ViimeinenTilanAlku(string? tyyppi) =>
        tyyppi == SyottoLomake.Lisaopetus ? validointi.Rajapaivat.LisaopetuksenTilojenViimeinenAlkupaiva : null;

    /// <summary>
    /// Whether a perusopetus suoritus confirmed on <paramref name="vahvistuspaiva"/> may no longer get a yksilöllistetty
    /// oppimäärä (the 2025 support reform; KOSKI refuses it with badRequest.validation.date): the form then offers the
    /// old-model flag read-only.
    /// </summary>
    public bool YksilollistettyLukittu(DateTime? vahvistuspaiva) =>
        vahvistuspaiva is { } paiva && DateOnly.FromDateTime(paiva) > validointi.Rajapaivat.YksilollistetynOppimaaranViimeinenKayttopaiva;

    /// <summary>Active oppilaitokset where the user may create study rights of <paramref name="tyyppi"/>, by name.</summary>
    /// <remarks>
    /// A TPO hankintakoulutus is bought from any oppilaitos (<paramref name="hankinta"/>): every active one is offered
    /// to a user who may buy (<see cref="OstajatAsync"/>); the save checks the buyer.
    /// </remarks>
    public async Task<IReadOnlyList<Valinta>> OppilaitoksetAsync(Kayttaja kayttaja, string tyyppi,
        bool hankinta = false, CancellationToken ct = default)
    {
        var puu = await organisaatiot.PuuAsync(ct);
        var ehdokkaat = hankinta && (await OstajatAsync(kayttaja, ct)).Count > 0
            ? puu.Kaikki
            : kayttaja.Organisaatiot(r => Kirjoitusoikeus.LuoTyyppia(r, tyyppi), puu).Select(puu.Hae).OfType<Domain.Organisaatiot.Organisaatio>();
        return Nimijarjestyksessa(ehdokkaat
            .Where(o => o.OnTyyppia(Domain.Organisaatiot.OrganisaatioTyyppi.Oppilaitos) && o.Status == "AKTIIVINEN"));
    }

    /// <summary>Koulutustoimijat for which the user may buy a TPO hankintakoulutus (create taiteen perusopetus there).</summary>
    public async Task<IReadOnlyList<Valinta>> OstajatAsync(Kayttaja kayttaja, CancellationToken ct = default)
    {
        var puu = await organisaatiot.PuuAsync(ct);
        return Nimijarjestyksessa(kayttaja.Organisaatiot(r => Kirjoitusoikeus.LuoTyyppia(r, SyottoLomake.Taiteenperusopetus), puu)
            .Select(puu.Hae).OfType<Domain.Organisaatiot.Organisaatio>()
            .Where(o => o.OnTyyppia(Domain.Organisaatiot.OrganisaatioTyyppi.Koulutustoimija) && o.Status == "AKTIIVINEN"));
    }

    private static List<Valinta> Nimijarjestyksessa(IEnumerable<Domain.Organisaatiot.Organisaatio> organisaatiot) =>
        organisaatiot.OrderBy(o => o.NimiFi, StringComparer.Create(new System.Globalization.CultureInfo("fi-FI"), false))
            .Select(o => new Valinta(o.Oid, o.NimiFi)).ToList();

    /// <summary>The same catalogue the save applies, for showing messages next to the fields before saving.</summary>
    public Task<IReadOnlyList<ValidointiVirhe>> EsitarkistaAsync(JsonObject opiskeluoikeus, CancellationToken ct = default) =>
        validointi.ValidoiAsync(opiskeluoikeus, ct);

    private async Task<Opiskeluoikeus> MuokattavaRiviAsync(Kayttaja kayttaja, string oid, CancellationToken ct)
    {
        var puu = await organisaatiot.PuuAsync(ct);
        await using var db = await tietokanta.AvaaAsync(ct);
        var rivi = await db.Opiskeluoikeudet.AsNoTracking().FirstOrDefaultAsync(o => o.Oid == oid, ct);
        if (rivi is null || !Kirjoitusoikeus.KirjoittaaRivia(kayttaja, rivi, puu)) throw EiLoydy();
        // KOSKI refuses a source system's study right from an official with forbidden.lähdejärjestelmäIdEiSallittu,
        // and shows an invalidated one to no one who may edit: it is not found.
        if (rivi.LahdejarjestelmanId is not null)
            throw new KoskiVirheet("forbidden.lähdejärjestelmäIdEiSallittu", LahdejarjestelmastaSyy);
        if (!Kirjoitusoikeus.MuokattavissaKayttoliittymassa(kayttaja, rivi, puu)) throw EiLoydy();
        return rivi;
    }

    private async Task<SyotonTulos> TallennaAsync(Kayttaja kayttaja, JsonObject henkilo, JsonObject opiskeluoikeus, CancellationToken ct)
    {
        // Checked here too so that the form gets each message with its field's location, not as API text.
        if (await validointi.ValidoiAsync(opiskeluoikeus, ct) is { Count: > 0 } saantovirheet) throw new Validointivirheet(saantovirheet);
        try
        {
            var vastaus = await tiedonsiirto.TallennaAsync(kayttaja,
                new JsonObject { ["henkilö"] = henkilo.DeepClone(), ["opiskeluoikeudet"] = new JsonArray(opiskeluoikeus.DeepClone()) },
                valmiitPoistettavissa: true, ct);
            var tallennettu = vastaus.Opiskeluoikeudet[0];
            return new SyotonTulos(vastaus.OppijaOid, tallennettu.Oid, tallennettu.Versionumero);
        }
        // A stale version gets the form's own advice; a duplicate (conflict.exists) keeps KOSKI's message.
        catch (KoskiVirheet virheet) when (virheet.Virheet.Any(v => v.Avain is "conflict.versionumero" or "conflict.samanaikainenPäivitys"))
        {
            throw Ristiriita();
        }
    }

    private static KoskiVirheet Ristiriita() => new("conflict.versionumero", Ristiriitaviesti);

    private static KoskiVirheet EiLoydy() => new("notFound.opiskeluoikeuttaEiLöydyTaiEiOikeuksia",
        "Opiskeluoikeutta ei löydy tai sinulla ei ole siihen oikeuksia.");
}
