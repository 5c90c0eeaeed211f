using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Tiedonsiirto;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Oppijat;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Henkilot;

/// <summary>A batch's state and counts (the oppijanumerorekisteri's "perustiedot").</summary>
public sealed record TuonninPerustiedot(long Id, string OrganisaatioOid, string Palvelukayttaja, string Tila, DateTime Luotu,
    DateTime? Valmistunut, int Kasiteltavia, int Kasiteltyja, int Virheita);

/// <summary>One learner's result: the person (<see cref="Yksiloity"/> when they have an oppijanumero) or the error.</summary>
public sealed record TuonninHenkilo(string Tunniste, string? Tulos, string? Oid, bool Yksiloity, string? VirheAvain,
    string? Virheviesti, string? Nimi);

public sealed record TuonninTiedot(TuonninPerustiedot Perustiedot, IReadOnlyList<TuonninHenkilo> Henkilot);

/// <summary>
/// "Oppijoiden tuonti", modelled on the oppijanumerorekisteri's: a service account with "Oppijan tuonti" sends up to
/// <see cref="OppijoidenTuontiAsetukset.EnintaanOppijoita"/> learners, each with its own <c>tunniste</c>, and gets a
/// batch id at once; workers (<see cref="OppijoidenTuontiAjo"/>) process it; the account polls the batch for its state
/// and per-learner results. Officials with the right follow their organisation's batches; nobody sees another
/// organisation's batch (it is not found).
/// </summary>
public sealed class OppijoidenTuontiPalvelu(IKoskiDbFactory tietokanta, OrganisaatioHakemisto organisaatiot,
    OppijoidenTuontiAsetukset asetukset, TimeProvider aika)
{
    public const int TunnisteenEnimmaispituus = 128;

    /// <summary>Queues the batch <c>{"henkilot": [{"tunniste": "…", "henkilo": {…}}]}</c>; its content is checked per learner later.</summary>
    public async Task<TuonninPerustiedot> LisaaAsync(Kayttaja kayttaja, JsonNode? runko, CancellationToken ct = default)
    {
        var rooli = kayttaja.VirkailijaId is null ? kayttaja.Roolit.FirstOrDefault(r => Henkilooikeudet.Tuo(r.Ryhma)) : null;
        if (rooli is null) throw EiOikeutta();
        if (runko is not JsonObject juuri || juuri["henkilot"] is not JsonArray henkilot)
            throw new KoskiVirheet("badRequest.format.json", "Pyynnön runko ei ole muotoa {\"henkilot\": [{\"tunniste\": \"...\", \"henkilo\": {...}}]}.");
        if (henkilot.Count == 0)
            throw new KoskiVirheet("badRequest.validation.jsonSchema", "Tuonnissa ei ole yhtään henkilöä.");
        if (henkilot.Count > asetukset.EnintaanOppijoita)
            throw new KoskiVirheet("badRequest",
                $"Tuonnissa saa olla enintään {asetukset.EnintaanOppijoita} henkilöä, nyt {henkilot.Count}.");
        var rivit = new List<TuotuHenkilo>(henkilot.Count);
        for (var i = 0; i < henkilot.Count; i++)
        {
            if (henkilot[i] is not JsonObject h || h["tunniste"] is not JsonValue t || !t.TryGetValue<string>(out var tunniste)
                || string.IsNullOrWhiteSpace(tunniste) || tunniste.Length > TunnisteenEnimmaispituus)
                throw new KoskiVirheet("badRequest.validation.jsonSchema",
                    $"henkilot[{i}]: tunniste puuttuu tai on yli {TunnisteenEnimmaispituus} merkkiä.");
            rivit.Add(new TuotuHenkilo
            {
                Jarjestys = i, Tunniste = tunniste.Trim(),
                Henkilo = h["henkilo"] is JsonObject henkilo ? henkilo.ToJsonString() : "{}",
            });
        }

        var tuonti = new OppijoidenTuonti
        {
            OrganisaatioOid = rooli.OrganisaatioOid, Palvelukayttaja = kayttaja.Tunnus, Tila = Tuontitila.Odottaa,
            Luotu = aika.GetUtcNow().UtcDateTime, Kasiteltavia = rivit.Count,
        };
        await using var db = await tietokanta.AvaaAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.OppijoidenTuonnit.Add(tuonti);
        await db.SaveChangesAsync(ct);
        foreach (var rivi in rivit) rivi.TuontiId = tuonti.Id;
        db.TuodutHenkilot.AddRange(rivit);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Perustiedot(tuonti, 0);
    }

    /// <summary>The batch with every learner's result so far, for the API (a service account or official with the right).</summary>
    public async Task<TuonninTiedot> HaeAsync(Kayttaja kayttaja, long id, CancellationToken ct = default)
    {
        if (!kayttaja.JokinRooli(Henkilooikeudet.Tuo)) throw EiOikeutta();
        await using var db = await tietokanta.AvaaAsync(ct);
        var tuonti = await NakyvaAsync(db, kayttaja, id, ct) ?? throw EiLoydy(id);
        var henkilot = await HenkilotAsync(db, db.TuodutHenkilot.AsNoTracking().Where(h => h.TuontiId == id), ct);
        return new(Perustiedot(tuonti, henkilot.Count(h => h.Tulos == Tuontitulos.Virhe)), henkilot);
    }

    /// <summary>The batches of the organisations where the official holds the right, newest first (the import page).</summary>
    public async Task<IReadOnlyList<TuonninPerustiedot>> ListaaAsync(Kayttaja kayttaja, int enintaan = 100, CancellationToken ct = default)
    {
        if (!kayttaja.Sallii(Sivu.OppijoidenTuonti)) return [];
        var orgit = await OrganisaatiotAsync(kayttaja, ct);
        await using var db = await tietokanta.AvaaAsync(ct);
        var tuonnit = await db.OppijoidenTuonnit.AsNoTracking().Where(t => orgit.Contains(t.OrganisaatioOid))
            .OrderByDescending(t => t.Luotu).ThenByDescending(t => t.Id).Take(enintaan).ToListAsync(ct);
        var ids = tuonnit.Select(t => t.Id).ToArray();
        var virheet = await db.TuodutHenkilot.AsNoTracking().Where(h => ids.Contains(h.TuontiId) && h.Tulos == Tuontitulos.Virhe)
            .GroupBy(h => h.TuontiId).Select(g => new { g.Key, Maara = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Maara, ct);
        return tuonnit.Select(t => Perustiedot(t, virheet.GetValueOrDefault(t.Id))).ToList();
    }

    /// <summary>
    /// What an official must act on in one batch (the import page): the learners refused with their errors, and those
    /// left yksilöimätön (not yet identified or linked), each with a link to the learner's page and its yksilöinti.
    /// Null when the batch is not the official's organisation's.
    /// </summary>
    public async Task<TuonninTiedot?> KasiteltavatAsync(Kayttaja kayttaja, long id, CancellationToken ct = default)
    {
        if (!kayttaja.Sallii(Sivu.OppijoidenTuonti)) return null;
        await using var db = await tietokanta.AvaaAsync(ct);
        if (await NakyvaAsync(db, kayttaja, id, ct) is not { } tuonti) return null;
        var rivit = db.TuodutHenkilot.AsNoTracking().Where(h => h.TuontiId == id && (h.Tulos == Tuontitulos.Virhe
            || db.Oppijat.Any(o => o.Oid == h.OppijaOid && o.Yksiloimaton && o.LinkitettyOid == null)));
        var henkilot = await HenkilotAsync(db, rivit, ct);
        var virheita = await db.TuodutHenkilot.CountAsync(h => h.TuontiId == id && h.Tulos == Tuontitulos.Virhe, ct);
        return new(Perustiedot(tuonti, virheita), henkilot);
    }

    private async Task<OppijoidenTuonti?> NakyvaAsync(IKoskiDb db, Kayttaja kayttaja, long id, CancellationToken ct)
    {
        var orgit = await OrganisaatiotAsync(kayttaja, ct);
        var tuonti = await db.OppijoidenTuonnit.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        return tuonti is not null && orgit.Contains(tuonti.OrganisaatioOid) ? tuonti : null;
    }

    private async Task<IReadOnlySet<string>> OrganisaatiotAsync(Kayttaja kayttaja, CancellationToken ct) =>
        kayttaja.Organisaatiot(Henkilooikeudet.Tuo, await organisaatiot.PuuAsync(ct));

    /// <summary>The rows in the sent order, each with its person's state now (a later yksilöinti shows as identified).</summary>
    private static async Task<IReadOnlyList<TuonninHenkilo>> HenkilotAsync(IKoskiDb db, IQueryable<TuotuHenkilo> rivit, CancellationToken ct)
    {
        var tulos = await rivit.OrderBy(h => h.Jarjestys)
            .Select(h => new
            {
                h.Tunniste, h.Tulos, h.OppijaOid, h.VirheAvain, h.Virheviesti, h.Henkilo,
                Oppija = db.Oppijat.Where(o => o.Oid == h.OppijaOid)
                    .Select(o => new { o.Oid, o.LinkitettyOid, o.Yksiloimaton, o.Etunimet, o.Sukunimi }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return tulos.Select(h => h.Oppija is { } o
                ? new TuonninHenkilo(h.Tunniste, h.Tulos, o.LinkitettyOid ?? o.Oid, o.LinkitettyOid is not null || !o.Yksiloimaton,
                    null, null, $"{o.Sukunimi}, {o.Etunimet}")
                : new TuonninHenkilo(h.Tunniste, h.Tulos, null, false, h.VirheAvain, h.Virheviesti, LahetettyNimi(h.Henkilo)))
            .ToList();
    }

    private static string? LahetettyNimi(string henkilo)
    {
        var h = JsonNode.Parse(henkilo) as JsonObject;
        static string? Teksti(JsonNode? n) => n is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;
        var nimi = string.Join(", ", new[] { Teksti(h?["sukunimi"]), Teksti(h?["etunimet"]) }.OfType<string>());
        return nimi.Length == 0 ? null : nimi;
    }

    private static TuonninPerustiedot Perustiedot(OppijoidenTuonti t, int virheita) =>
        new(t.Id, t.OrganisaatioOid, t.Palvelukayttaja, t.Tila, t.Luotu, t.Valmistunut, t.Kasiteltavia, t.Kasiteltyja, virheita);

    private static KoskiVirheet EiOikeutta() =>
        new("forbidden.kiellettyKäyttöoikeus", "Oppijoiden tuonti vaatii käyttöoikeuden \"Oppijan tuonti\".");

    private static KoskiVirheet EiLoydy(long id) => new("notFound", $"Tuontia {id} ei löydy.");
}
