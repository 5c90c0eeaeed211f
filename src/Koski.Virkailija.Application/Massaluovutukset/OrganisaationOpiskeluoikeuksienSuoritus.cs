using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain;
using Koski.Virkailija.Domain.Auditointi;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Koski.Virkailija.Domain.Oppijat;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Massaluovutukset;

/// <summary>
/// <c>organisaationOpiskeluoikeudet</c>: the study rights of the organisation's subtree that the user sees, filtered
/// as KOSKI filters them, streamed from the database in learner order. JSON: per learner KOSKI's
/// <c>{henkilö, linkitetytOidit, opiskeluoikeudet}</c> (redacted as everywhere), a file per
/// <see cref="MassaluovutusAsetukset.OppijoitaTiedostossa"/> learners. CSV: the study rights, their main suoritukset
/// and the invalidated ones as tables with KOSKI's reporting-database column names, one file each or in partitions.
/// </summary>
public sealed class OrganisaationOpiskeluoikeuksienSuoritus(Lukutietokanta tietokanta, OrganisaatioHakemisto organisaatiot,
    AuditLoki audit, MassaluovutusAsetukset asetukset) : IMassaluovutuksenSuoritus
{
    public bool Suorittaa(MassaluovutusKysely kysely) => kysely is OrganisaationOpiskeluoikeudet;

    public async Task SuoritaAsync(MassaluovutuksenKonteksti konteksti, CancellationToken ct)
    {
        var kysely = (OrganisaationOpiskeluoikeudet)konteksti.Kysely;
        var puu = await organisaatiot.PuuAsync(ct);
        var nakyvyys = MassaluovutusOikeudet.Nakyvyys(konteksti.Kayttaja, puu);
        await audit.KirjaaAsync(konteksti.Kayttaja, AuditOperaatio.OPISKELUOIKEUS_HAKU,
            new AuditKohde(OrganisaatioOid: kysely.OrganisaatioOid, Tiedot: kysely.Json()), ct);
        await using var db = await tietokanta.AvaaAsync(ct);
        var rivit = Rivit(db, nakyvyys, puu.Alipuu(kysely.OrganisaatioOid!).ToList(), kysely);
        var jalkeen = MuuttunutJalkeen(kysely);
        if (kysely.Muoto == Tulosmuoto.Json) await JsonAsync(db, rivit, jalkeen, nakyvyys, konteksti.Tulokset, ct);
        else await CsvAsync(rivit, jalkeen, puu, kysely.Muoto == Tulosmuoto.CsvOsiin, konteksti.Tulokset, ct);
    }

    private static IQueryable<Opiskeluoikeus> Rivit(IKoskiDb db, Nakyvyys nakyvyys, List<string> oppilaitokset,
        OrganisaationOpiskeluoikeudet k)
    {
        var q = nakyvyys.Suodata(db.Opiskeluoikeudet.AsNoTracking())
            .Where(o => oppilaitokset.Contains(o.OppilaitosOid) && o.Alkamispaiva >= k.AlkanutAikaisintaan);
        if (k.Mitatoidyt != true) q = q.Where(o => !o.Mitatoity);
        if (k.AlkanutViimeistaan is { } av) q = q.Where(o => o.Alkamispaiva <= av);
        if (k.PaattynytAikaisintaan is { } pa) q = q.Where(o => o.Paattymispaiva >= pa);
        if (k.PaattynytViimeistaan is { } pv) q = q.Where(o => o.Paattymispaiva <= pv);
        if (k.EiPaattymispaivaa is { } ei) q = ei ? q.Where(o => o.Paattymispaiva == null) : q.Where(o => o.Paattymispaiva != null);
        // SQLite cannot compare DateTimeOffsets in SQL: there the rows are checked as they stream (MuuttunutJalkeen).
        if (MuuttunutJalkeen(k) is { } hetki && !db.Database.ProviderName!.Contains("Sqlite", StringComparison.Ordinal))
            q = q.Where(o => o.Aikaleima >= hetki);
        if (k.Koulutusmuoto is { } km) q = q.Where(o => o.Tyyppi == km);
        return q.OrderBy(o => o.OppijaOid).ThenBy(o => o.Oid);
    }

    /// <summary>KOSKI's muuttunutJälkeen is Finnish local time.</summary>
    private static DateTimeOffset? MuuttunutJalkeen(OrganisaationOpiskeluoikeudet k) =>
        k.MuuttunutJalkeen is { } mj ? new DateTimeOffset(mj, Suomenaika.Vyohyke.GetUtcOffset(mj)).ToUniversalTime() : null;

    private static bool Muuttunut(Opiskeluoikeus o, DateTimeOffset? jalkeen) => jalkeen is not { } j || o.Aikaleima >= j;

    private async Task JsonAsync(IKoskiDb db, IQueryable<Opiskeluoikeus> rivit, DateTimeOffset? jalkeen, Nakyvyys nakyvyys, Tulokset tulokset, CancellationToken ct)
    {
        var lahetettavat = from o in rivit join h in db.Oppijat on o.OppijaOid equals h.Oid select new { o, h };
        using var osa = new JsonOsa(tulokset, asetukset.OppijoitaTiedostossa);
        await foreach (var r in lahetettavat.AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!Muuttunut(r.o, jalkeen)) continue;
            await osa.OpiskeluoikeusAsync(r.h, r.o, nakyvyys, ct);
        }
        await osa.LopetaAsync(ct);
    }

    /// <summary>
    /// One JSON result file being written: an array of learners, each with their study rights. A document the user
    /// may see whole is copied as stored, without parsing it; one to redact goes through <see cref="Tietosuoja"/>.
    /// </summary>
    private sealed class JsonOsa(Tulokset tulokset, int oppijoitaTiedostossa) : IDisposable
    {
        // Names and KOSKI's keys (henkilö, syntymäaika) as letters, not \u escapes.
        private static readonly JsonWriterOptions Kirjoitus = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        private readonly MemoryStream puskuri = new();
        private Utf8JsonWriter? kirjoittaja;
        private string? oppijaOid;
        private int oppijoita;
        private int numero;

        public async Task OpiskeluoikeusAsync(Oppija h, Opiskeluoikeus o, Nakyvyys nakyvyys, CancellationToken ct)
        {
            if (h.Oid != oppijaOid)
            {
                if (oppijoita >= oppijoitaTiedostossa) await LopetaAsync(ct);
                if (kirjoittaja is null)
                {
                    kirjoittaja = new Utf8JsonWriter(puskuri, Kirjoitus);
                    kirjoittaja.WriteStartArray();
                }
                else
                {
                    kirjoittaja.WriteEndArray();
                    kirjoittaja.WriteEndObject();
                }
                Oppija(kirjoittaja, h);
                oppijaOid = h.Oid;
                oppijoita++;
            }
            if (nakyvyys.ArkaluonteisetNakyvat(o)) kirjoittaja!.WriteRawValue(o.Json, skipInputValidation: true);
            else Tietosuoja.Dokumentti(nakyvyys, o).WriteTo(kirjoittaja!);
        }

        public async Task LopetaAsync(CancellationToken ct)
        {
            if (kirjoittaja is null) return;
            kirjoittaja.WriteEndArray();
            kirjoittaja.WriteEndObject();
            kirjoittaja.WriteEndArray();
            await kirjoittaja.FlushAsync(ct);
            await kirjoittaja.DisposeAsync();
            kirjoittaja = null;
            await tulokset.TallennaAsync($"opiskeluoikeudet_{++numero:D5}.json", Tulosmuoto.Json, puskuri.ToArray(), ct);
            puskuri.SetLength(0);
            (oppijaOid, oppijoita) = (null, 0);
        }

        public void Dispose()
        {
            kirjoittaja?.Dispose();
            puskuri.Dispose();
        }

        /// <summary>Opens KOSKI's <c>{henkilö, linkitetytOidit, opiskeluoikeudet: [</c> of one learner.</summary>
        private static void Oppija(Utf8JsonWriter w, Oppija h)
        {
            w.WriteStartObject();
            w.WriteStartObject("henkilö");
            w.WriteString("oid", h.Oid);
            w.WriteString("hetu", h.Hetu);
            w.WriteString("syntymäaika", h.Syntymaaika?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("etunimet", h.Etunimet);
            w.WriteString("kutsumanimi", h.Kutsumanimi);
            w.WriteString("sukunimi", h.Sukunimi);
            w.WriteEndObject();
            w.WriteStartArray("linkitetytOidit");
            w.WriteEndArray();
            w.WriteStartArray("opiskeluoikeudet");
        }
    }

    private async Task CsvAsync(IQueryable<Opiskeluoikeus> rivit, DateTimeOffset? jalkeen, Domain.Organisaatiot.OrganisaatioPuu puu, bool osiin,
        Tulokset tulokset, CancellationToken ct)
    {
        var raja = osiin ? asetukset.RivejaOsassa : int.MaxValue;
        using var opiskeluoikeudet = new CsvTiedosto("opiskeluoikeus", Opiskeluoikeussarakkeet, raja, osiin, tulokset);
        using var suoritukset = new CsvTiedosto("paatason_suoritus", Suoritussarakkeet, raja, osiin, tulokset);
        using var mitatoidyt = new CsvTiedosto("mitatoitu_opiskeluoikeus", Mitatoitysarakkeet, raja, osiin, tulokset);
        await foreach (var o in rivit.AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!Muuttunut(o, jalkeen)) continue;
            if (o.Mitatoity)
            {
                await mitatoidyt.LisaaAsync([o.Oid, o.Versionumero, Aikaleima(o.Aikaleima), o.OppijaOid, o.OppilaitosOid,
                    o.KoulutustoimijaOid, o.Tyyppi, o.LahdejarjestelmanId], ct);
                continue;
            }
            await opiskeluoikeudet.LisaaAsync([o.Oid, o.Versionumero, Aikaleima(o.Aikaleima), o.OppijaOid, o.OppilaitosOid,
                puu.Hae(o.OppilaitosOid)?.NimiFi, o.KoulutustoimijaOid, o.KoulutustoimijaOid is { } kt ? puu.Hae(kt)?.NimiFi : null,
                o.Tyyppi, o.Alkamispaiva, o.Paattymispaiva, o.Tila, o.Lahdejarjestelma, o.LahdejarjestelmanId, o.Luokka,
                o.SisaltavaOppilaitosOid], ct);
            using var dokumentti = JsonDocument.Parse(o.Json);
            if (!dokumentti.RootElement.TryGetProperty("suoritukset", out var lista) || lista.ValueKind != JsonValueKind.Array) continue;
            foreach (var s in lista.EnumerateArray())
                await suoritukset.LisaaAsync([o.Oid, Koodi(s, "tyyppi"), Koodi(s.TryGetProperty("koulutusmoduuli", out var km) ? km : default, "tunniste"),
                    Teksti(s, "luokka"), Teksti(s.TryGetProperty("vahvistus", out var v) ? v : default, "päivä"),
                    Koodi(s, "suorituskieli"), Teksti(s.TryGetProperty("toimipiste", out var t) ? t : default, "oid")], ct);
        }
        await opiskeluoikeudet.LopetaAsync(ct);
        await suoritukset.LopetaAsync(ct);
        await mitatoidyt.LopetaAsync(ct);
    }

    private static readonly string[] Opiskeluoikeussarakkeet =
    [
        "opiskeluoikeus_oid", "versionumero", "aikaleima", "oppija_oid", "oppilaitos_oid", "oppilaitos_nimi",
        "koulutustoimija_oid", "koulutustoimija_nimi", "koulutusmuoto", "alkamispaiva", "paattymispaiva",
        "viimeisin_tila", "lahdejarjestelma_koodiarvo", "lahdejarjestelma_id", "luokka", "sisaltyy_opiskeluoikeuteen_oppilaitos_oid",
    ];

    private static readonly string[] Suoritussarakkeet =
    [
        "opiskeluoikeus_oid", "suorituksen_tyyppi", "koulutusmoduuli_koodiarvo", "luokka", "vahvistus_paiva",
        "suorituskieli_koodiarvo", "toimipiste_oid",
    ];

    private static readonly string[] Mitatoitysarakkeet =
    [
        "opiskeluoikeus_oid", "versionumero", "aikaleima", "oppija_oid", "oppilaitos_oid", "koulutustoimija_oid",
        "koulutusmuoto", "lahdejarjestelma_id",
    ];

    private static string Aikaleima(DateTimeOffset hetki) =>
        Suomenaika.Paikallinen(hetki).ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture);

    private static string? Teksti(JsonElement e, string nimi) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(nimi, out var arvo) && arvo.ValueKind == JsonValueKind.String
            ? arvo.GetString() : null;

    private static string? Koodi(JsonElement e, string nimi) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(nimi, out var koodi) ? Teksti(koodi, "koodiarvo") : null;

    /// <summary>One CSV table: a file, or partitions of at most <c>raja</c> rows; a table with no rows writes no file.</summary>
    private sealed class CsvTiedosto(string nimi, string[] sarakkeet, int raja, bool osiin, Tulokset tulokset) : IDisposable
    {
        private readonly MemoryStream puskuri = new();
        private int riveja;
        private int osa;

        public async Task LisaaAsync(object?[] solut, CancellationToken ct)
        {
            if (riveja == 0) Kirjoita(sarakkeet);
            Kirjoita(solut);
            if (++riveja >= raja) await LopetaAsync(ct);
        }

        public async Task LopetaAsync(CancellationToken ct)
        {
            if (riveja == 0) return;
            var tiedosto = osiin ? $"{nimi}_{++osa}.csv" : $"{nimi}.csv";
            await tulokset.TallennaAsync(tiedosto, Tulosmuoto.Csv, puskuri.ToArray(), ct);
            puskuri.SetLength(0);
            riveja = 0;
        }

        public void Dispose() => puskuri.Dispose();

        private void Kirjoita(object?[] solut)
        {
            var rivi = string.Join(',', solut.Select(Arvo)) + "\r\n";
            puskuri.Write(Encoding.UTF8.GetBytes(rivi));
        }

        private static string Arvo(object? arvo)
        {
            var teksti = arvo switch
            {
                null => "",
                DateOnly p => p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => arvo.ToString() ?? "",
            };
            return teksti.IndexOfAny([',', '"', '\r', '\n']) < 0 ? teksti : "\"" + teksti.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        }
    }
}
