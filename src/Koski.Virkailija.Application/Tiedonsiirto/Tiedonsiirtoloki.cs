using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Tiedonsiirto;
using Koski.Virkailija.Domain.Validointi;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Koski.Virkailija.Application.Tiedonsiirto;

/// <summary>Configuration section "Tiedonsiirtoloki".</summary>
public sealed class TiedonsiirtolokiAsetukset
{
    public const string Osio = "Tiedonsiirtoloki";

    /// <summary>Rows older than this are deleted.</summary>
    public int SailytysPaivia { get; set; } = 180;

    /// <summary>A refused document larger than this (characters of JSON) is logged without its data.</summary>
    public int DatanMaksimikoko { get; set; } = 200_000;
}

/// <summary>
/// Records every transfer a service account sends (PUT /koski/api/oppija), success or refusal, per storing organisation
/// and learner, as KOSKI's TiedonsiirtoService does. Recording only queues the row: rows are written in batches by
/// <see cref="TallennaAsync"/> (a background loop, and every reader before it reads), so the log costs the ingest
/// no database round trip. Rows still queued when the process dies are lost, as in KOSKI's buffer.
/// </summary>
public sealed class Tiedonsiirtoloki(IKoskiDbFactory tietokanta, TiedonsiirtolokiAsetukset asetukset, TimeProvider aika,
    ILogger<Tiedonsiirtoloki> loki) : IDisposable
{
    // Bounded: while the database is out of reach the oldest rows give way rather than the memory.
    private readonly Channel<Tiedonsiirtorivi> jono = Channel.CreateBounded<Tiedonsiirtorivi>(
        new BoundedChannelOptions(50_000) { FullMode = BoundedChannelFullMode.DropOldest });

    private readonly SemaphoreSlim kirjoitus = new(1, 1);

    /// <summary>Queues a transfer's outcome; nothing for a user who is not a service account.</summary>
    /// <param name="virheet">The refusal; null when the transfer was stored.</param>
    public void Kirjaa(Kayttaja kayttaja, JsonNode? siirto, string? oppijaOid, KoskiVirheet? virheet)
    {
        var organisaatiot = kayttaja.Roolit.Where(r => r.Ryhma.OnPalvelukayttaja).Select(r => r.OrganisaatioOid).Distinct().ToList();
        if (organisaatiot.Count == 0) return;
        // The document may be anything a client sent (its refusal is what is logged): read it only through objects.
        var henkilo = JsonLuku.Solmu(siirto, "henkilö") as JsonObject;
        var hetu = Teksti(JsonLuku.Solmu(henkilo, "hetu"))?.Trim().ToUpperInvariant();
        var oid = oppijaOid ?? Teksti(JsonLuku.Solmu(henkilo, "oid"));
        var opiskeluoikeudet = (JsonLuku.Solmu(siirto, "opiskeluoikeudet") as JsonArray)?.OfType<JsonObject>().ToList() ?? [];
        string? data = null;
        if (virheet is not null && siirto?.ToJsonString() is { } json && json.Length <= asetukset.DatanMaksimikoko) data = json;
        hetu = hetu is { Length: <= 11 } ? hetu : null;
        oid = Lyhennetty(oid, 64);
        var tunniste = hetu ?? oid ?? Guid.NewGuid().ToString("N")[..12];
        foreach (var organisaatio in organisaatiot)
        {
            jono.Writer.TryWrite(new Tiedonsiirtorivi
            {
                Id = $"{organisaatio}_{tunniste}",
                TallentajaOrganisaatioOid = organisaatio,
                KayttajaOid = kayttaja.Oid ?? kayttaja.Tunnus,
                Kayttajatunnus = kayttaja.Tunnus,
                OppilaitosOid = Lyhennetty(opiskeluoikeudet.Select(o => Teksti(JsonLuku.Solmu(o, "oppilaitos", "oid"))).FirstOrDefault(o => o is not null), 64),
                Koulutusmuoto = Lyhennetty(opiskeluoikeudet.Select(o => Teksti(JsonLuku.Solmu(o, "tyyppi", "koodiarvo"))).FirstOrDefault(t => t is not null), 64),
                Lahdejarjestelma = Lyhennetty(opiskeluoikeudet
                    .Select(o => Teksti(JsonLuku.Solmu(o, "lähdejärjestelmänId", "lähdejärjestelmä", "koodiarvo"))).FirstOrDefault(l => l is not null), 64),
                OppijaOid = oid,
                Hetu = hetu,
                Etunimet = Lyhennetty(Teksti(JsonLuku.Solmu(henkilo, "etunimet")), 200),
                Sukunimi = Lyhennetty(Teksti(JsonLuku.Solmu(henkilo, "sukunimi")), 200),
                Onnistui = virheet is null,
                Virheet = virheet is null ? null : JsonSerializer.Serialize(virheet.Virheet.Select(v => new { key = v.Avain, message = v.Viesti })),
                Data = data,
                Aikaleima = aika.GetUtcNow().UtcDateTime,
            });
        }
    }

    /// <summary>Writes the queued rows, a thousand at a time: a learner's newer row replaces the stored one.</summary>
    public async Task TallennaAsync(CancellationToken ct = default)
    {
        await kirjoitus.WaitAsync(ct);
        try
        {
            while (true)
            {
                var rivit = new Dictionary<string, Tiedonsiirtorivi>(StringComparer.Ordinal);
                while (rivit.Count < 1000 && jono.Reader.TryRead(out var rivi)) rivit[rivi.Id] = rivi;
                if (rivit.Count == 0) return;
                try
                {
                    await KirjoitaAsync(rivit, ct);
                }
                catch (DbUpdateException e)
                {
                    // Another instance inserted the same learner's row at the same moment: once more updates it.
                    loki.LogInformation(e, "Tiedonsiirtolokin kirjoitus törmäsi toiseen kirjoittajaan; yritetään uudelleen.");
                    try
                    {
                        await KirjoitaAsync(rivit, ct);
                    }
                    catch (DbUpdateException uudelleen)
                    {
                        // The rows are out of the queue already: a reader must not fail for them, nor the next batch.
                        loki.LogError(uudelleen, "Tiedonsiirtolokin {Maara} riviä jäi kirjoittamatta.", rivit.Count);
                    }
                }
            }
        }
        finally
        {
            kirjoitus.Release();
        }
    }

    private async Task KirjoitaAsync(Dictionary<string, Tiedonsiirtorivi> rivit, CancellationToken ct)
    {
        await using var db = await tietokanta.AvaaAsync(ct);
        var tunnisteet = rivit.Keys.ToList();
        var tallennetut = await db.Tiedonsiirrot.Where(t => tunnisteet.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        foreach (var rivi in rivit.Values)
        {
            if (tallennetut.TryGetValue(rivi.Id, out var vanha)) db.Tiedonsiirrot.Entry(vanha).CurrentValues.SetValues(rivi);
            else db.Tiedonsiirrot.Add(rivi);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Deletes the rows older than the retention; returns how many.</summary>
    public async Task<int> PoistaVanhatAsync(CancellationToken ct = default)
    {
        var raja = aika.GetUtcNow().UtcDateTime.AddDays(-asetukset.SailytysPaivia);
        await using var db = await tietokanta.AvaaAsync(ct);
        return await db.Tiedonsiirrot.Where(t => t.Aikaleima < raja).ExecuteDeleteAsync(ct);
    }

    public void Dispose() => kirjoitus.Dispose();

    private static string? Teksti(JsonNode? solmu) =>
        solmu is JsonValue arvo && arvo.GetValueKind() == JsonValueKind.String && arvo.GetValue<string>() is { Length: > 0 } s ? s : null;

    /// <summary>Within its column: the document's values have no length limits of their own.</summary>
    private static string? Lyhennetty(string? teksti, int pituus) => teksti is not null && teksti.Length > pituus ? teksti[..pituus] : teksti;
}
