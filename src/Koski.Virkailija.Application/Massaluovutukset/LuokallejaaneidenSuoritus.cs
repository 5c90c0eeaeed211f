using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Auditointi;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Massaluovutukset;

/// <summary>
/// <c>luokallejaaneet</c>, as KOSKI answers it: for each perusopetus study right of the organisation's subtree, its
/// stored versions in order; the first version in which a vuosiluokka's suoritus says <c>jääLuokalle</c> is a result
/// for that luokka, whatever later versions say (a mark later removed still counts). The result carries that
/// version's document (redacted by the one rule) and the study right's latest version number.
/// </summary>
public sealed class LuokallejaaneidenSuoritus(Lukutietokanta tietokanta, OrganisaatioHakemisto organisaatiot,
    AuditLoki audit, MassaluovutusAsetukset asetukset) : IMassaluovutuksenSuoritus
{
    private const string Perusopetus = "perusopetus";

    public bool Suorittaa(MassaluovutusKysely kysely) => kysely is Luokallejaaneet;

    public async Task SuoritaAsync(MassaluovutuksenKonteksti konteksti, CancellationToken ct)
    {
        var kysely = (Luokallejaaneet)konteksti.Kysely;
        var puu = await organisaatiot.PuuAsync(ct);
        var nakyvyys = MassaluovutusOikeudet.Nakyvyys(konteksti.Kayttaja, puu);
        var oppilaitokset = puu.Alipuu(kysely.OrganisaatioOid!).ToList();
        await using var db = await tietokanta.AvaaAsync(ct);
        var kohteet = nakyvyys.Suodata(db.Opiskeluoikeudet.AsNoTracking())
            .Where(o => o.Tyyppi == Perusopetus && !o.Mitatoity && oppilaitokset.Contains(o.OppilaitosOid));
        // The rows without their documents, to redact by; the versions stream after them in (study right, version) order.
        var rivit = await kohteet.Select(o => new Opiskeluoikeus
        {
            Oid = o.Oid, OppijaOid = o.OppijaOid, Versionumero = o.Versionumero, Tyyppi = o.Tyyppi,
            OppilaitosOid = o.OppilaitosOid, SisaltavaOppilaitosOid = o.SisaltavaOppilaitosOid, OstajaOid = o.OstajaOid, Json = "",
        }).ToDictionaryAsync(o => o.Oid, ct);
        var versiot = from v in db.OpiskeluoikeusVersiot.AsNoTracking()
                      join o in kohteet on v.OpiskeluoikeusOid equals o.Oid
                      orderby v.OpiskeluoikeusOid, v.Versionumero
                      select new { v.OpiskeluoikeusOid, v.Versionumero, v.Aikaleima, v.Json };

        var kirjoittaja = new Tuloskirjoittaja(kysely.Muoto, konteksti.Tulokset, asetukset.OppijoitaTiedostossa, kysely.OrganisaatioOid!);
        Opiskeluoikeus? nykyinen = null;
        var loydetyt = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var v in versiot.AsAsyncEnumerable().WithCancellation(ct))
        {
            // A study right stored after the rows were read waits for the next query.
            if (!rivit.TryGetValue(v.OpiskeluoikeusOid, out var rivi)) continue;
            if (rivi != nykyinen)
            {
                if (nykyinen is not null && loydetyt.Count > 0) Auditoi(db, konteksti, nykyinen);
                nykyinen = rivi;
                loydetyt.Clear();
            }
            foreach (var luokka in JaaLuokalle(v.Json).Where(loydetyt.Add))
            {
                var dokumentti = Tietosuoja.Dokumentti(nakyvyys, rivi, v.Json);
                dokumentti["oid"] = rivi.Oid;
                dokumentti["versionumero"] = v.Versionumero;
                dokumentti["aikaleima"] = Domain.Suomenaika.Paikallinen(v.Aikaleima).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff",
                    System.Globalization.CultureInfo.InvariantCulture);
                await kirjoittaja.LisaaAsync(rivi, luokka, v.Versionumero, dokumentti, ct);
            }
        }
        if (nykyinen is not null && loydetyt.Count > 0) Auditoi(db, konteksti, nykyinen);
        await kirjoittaja.LopetaAsync(ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The luokat (koulutusmoduuli.tunniste.koodiarvo) whose suoritus in this version says jääLuokalle.</summary>
    internal static IEnumerable<string> JaaLuokalle(string json)
    {
        using var dokumentti = JsonDocument.Parse(json);
        if (!dokumentti.RootElement.TryGetProperty("suoritukset", out var suoritukset) || suoritukset.ValueKind != JsonValueKind.Array)
            return [];
        var luokat = new List<string>();
        foreach (var s in suoritukset.EnumerateArray())
        {
            if (s.ValueKind != JsonValueKind.Object || !s.TryGetProperty("jääLuokalle", out var jaa) || jaa.ValueKind != JsonValueKind.True) continue;
            if (s.TryGetProperty("koulutusmoduuli", out var km) && km.TryGetProperty("tunniste", out var t)
                && t.TryGetProperty("koodiarvo", out var arvo) && arvo.ValueKind == JsonValueKind.String)
                luokat.Add(arvo.GetString()!);
        }
        return luokat;
    }

    private void Auditoi(IKoskiDb db, MassaluovutuksenKonteksti konteksti, Opiskeluoikeus rivi) =>
        audit.Lisaa(db, konteksti.Kayttaja, AuditOperaatio.OPISKELUOIKEUS_KATSOMINEN,
            new AuditKohde(rivi.OppijaOid, rivi.Oid, rivi.Versionumero, rivi.OppilaitosOid));

    /// <summary>JSON: arrays of KOSKI's result objects in files of a few hundred; CSV: KOSKI's five columns in one file.</summary>
    private sealed class Tuloskirjoittaja(string muoto, Tulokset tulokset, int tiedostossa, string organisaatioOid)
    {
        private JsonArray json = [];
        private readonly StringBuilder csv = new("opiskeluoikeudenOid,oppijanumero,luokka,versionumero,viimeisinVersionumero\r\n");
        private int riveja;
        private int osa;

        public async Task LisaaAsync(Opiskeluoikeus rivi, string luokka, int versionumero, JsonObject dokumentti, CancellationToken ct)
        {
            riveja++;
            if (muoto == Tulosmuoto.Csv)
            {
                csv.Append(rivi.Oid).Append(',').Append(rivi.OppijaOid).Append(',').Append(luokka).Append(',')
                    .Append(versionumero).Append(',').Append(rivi.Versionumero).Append("\r\n");
                return;
            }
            json.Add(new JsonObject
            {
                ["oppijaOid"] = rivi.OppijaOid, ["luokka"] = luokka, ["viimeisinVersionumero"] = rivi.Versionumero,
                ["opiskeluoikeus"] = dokumentti,
            });
            if (json.Count >= tiedostossa) await TallennaJsonAsync(ct);
        }

        public async Task LopetaAsync(CancellationToken ct)
        {
            if (muoto == Tulosmuoto.Csv)
                await tulokset.TallennaAsync($"luokalle_jaaneet_{organisaatioOid}.csv", Tulosmuoto.Csv, Encoding.UTF8.GetBytes(csv.ToString()), ct);
            else if (json.Count > 0 || riveja == 0) await TallennaJsonAsync(ct);
        }

        private async Task TallennaJsonAsync(CancellationToken ct)
        {
            await tulokset.TallennaAsync($"luokalle_jaaneet_{++osa:D5}.json", Tulosmuoto.Json, JsonSerializer.SerializeToUtf8Bytes(json), ct);
            json = [];
        }
    }
}
