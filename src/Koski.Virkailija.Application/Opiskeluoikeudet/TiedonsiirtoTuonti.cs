using System.Text.Json;
using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Koski.Virkailija.Domain.Oppijat;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Opiskeluoikeudet;

public sealed record TiedonsiirronTulos(string OppijaOid, bool OppijaLisatty, IReadOnlyList<string> Lisatyt, int Ohitettu);

public sealed record TiedonsiirtokansionTulos(int Tiedostoja, int OppijoitaLisatty, int OpiskeluoikeuksiaLisatty, int Ohitettu);

/// <summary>
/// Imports KOSKI transfer documents (<c>{henkilö, opiskeluoikeudet}</c>): finds or creates the learner and stores
/// every study right as new, one document per transaction.
/// </summary>
public sealed class TiedonsiirtoTuonti(IKoskiDbFactory tietokanta, OpiskeluoikeusTallennus tallennus, TimeProvider aika)
{
    public Task<TiedonsiirronTulos> TuoAsync(string json, string tallentaja, CancellationToken ct = default) =>
        TuoAsync(Lue(json), tallentaja, aiemmatOhitetaan: null, ct);

    /// <summary>
    /// Imports every <c>*.json</c> of the folder, in name order. Safe to repeat: a study right is skipped when its
    /// learner already had one of the same tyyppi and oppilaitos before this import began.
    /// </summary>
    public async Task<TiedonsiirtokansionTulos> TuoKansiostaAsync(string kansio, string tallentaja, CancellationToken ct = default)
    {
        var tiedostot = Directory.GetFiles(kansio, "*.json").Order(StringComparer.Ordinal).ToList();
        var tassaTuonnissa = new HashSet<string>(StringComparer.Ordinal);
        int oppijoita = 0, lisatty = 0, ohitettu = 0;
        foreach (var tiedosto in tiedostot)
        {
            TiedonsiirronTulos tulos;
            try
            {
                tulos = await TuoAsync(Lue(await File.ReadAllTextAsync(tiedosto, ct)), tallentaja, tassaTuonnissa, ct);
            }
            catch (TiedonsiirtoVirhe virhe)
            {
                throw new TiedonsiirtoVirhe(virhe.Avain, $"{Path.GetFileName(tiedosto)}: {virhe.Message}", virhe);
            }
            tassaTuonnissa.UnionWith(tulos.Lisatyt);
            oppijoita += tulos.OppijaLisatty ? 1 : 0;
            lisatty += tulos.Lisatyt.Count;
            ohitettu += tulos.Ohitettu;
        }
        return new TiedonsiirtokansionTulos(tiedostot.Count, oppijoita, lisatty, ohitettu);
    }

    /// <param name="aiemmatOhitetaan">When set, study rights matching one the learner already has are skipped, except
    /// those whose OIDs are in the set (added earlier by the same import).</param>
    private async Task<TiedonsiirronTulos> TuoAsync(JsonObject siirto, string tallentaja,
        HashSet<string>? aiemmatOhitetaan, CancellationToken ct)
    {
        var henkilo = siirto["henkilö"] as JsonObject
                      ?? throw new TiedonsiirtoVirhe("badRequest.validation.jsonSchema", "Henkilö puuttuu");
        var dokumentit = (siirto["opiskeluoikeudet"] as JsonArray
                          ?? throw new TiedonsiirtoVirhe("badRequest.validation.jsonSchema", "Opiskeluoikeudet puuttuvat"))
            .Select(o => o as JsonObject
                         ?? throw new TiedonsiirtoVirhe("badRequest.validation.jsonSchema", "Opiskeluoikeuden pitää olla objekti"))
            .Select(o => new OpiskeluoikeusDokumentti(o))
            .ToList();

        await using var db = await tietokanta.AvaaAsync(ct);
        await using var transaktio = await db.Database.BeginTransactionAsync(ct);
        var oidit = new Oidivaraus(db, dokumentit.Count(d => d.Oid is null));
        var (oppija, oppijaLisatty) = await SiirronOppija.HaeTaiLuoAsync(db, henkilo, oidit, ct);

        var olemassa = new HashSet<(string, string)>();
        if (aiemmatOhitetaan is not null && !oppijaLisatty)
        {
            var aiemmat = await db.Opiskeluoikeudet.AsNoTracking().Where(o => o.OppijaOid == oppija.Oid)
                .Select(o => new { o.Oid, o.Tyyppi, o.OppilaitosOid }).ToListAsync(ct);
            olemassa.UnionWith(aiemmat.Where(o => !aiemmatOhitetaan.Contains(o.Oid)).Select(o => (o.Tyyppi, o.OppilaitosOid)));
        }

        var hetki = aika.GetUtcNow();
        var lisatyt = new List<string>();
        var ohitettu = 0;
        foreach (var dokumentti in dokumentit)
        {
            if (olemassa.Contains(TyyppiJaOppilaitos(dokumentti)))
            {
                ohitettu++;
                continue;
            }
            try
            {
                var rivi = await tallennus.LisaaUusiAsync(db, oidit, oppija.Oid, dokumentti, tallentaja, hetki, ct);
                lisatyt.Add(rivi.Oid);
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException)
            {
                throw new TiedonsiirtoVirhe("badRequest.validation", e.Message, e);
            }
        }
        await db.SaveChangesAsync(ct);
        await transaktio.CommitAsync(ct);
        return new TiedonsiirronTulos(oppija.Oid, oppijaLisatty, lisatyt, ohitettu);
    }

    /// <summary>The index's own rule for the oppilaitos (a bought esiopetus has only a toimipiste).</summary>
    private static (string, string) TyyppiJaOppilaitos(OpiskeluoikeusDokumentti dokumentti)
    {
        var rivi = new Opiskeluoikeus { Oid = "", OppijaOid = "", Tyyppi = "", OppilaitosOid = "", Json = "" };
        try
        {
            dokumentti.TaytaIndeksi(rivi);
        }
        catch (InvalidOperationException e)
        {
            throw new TiedonsiirtoVirhe("badRequest.validation", e.Message, e);
        }
        return (rivi.Tyyppi, rivi.OppilaitosOid);
    }

    private static JsonObject Lue(string json)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject
                   ?? throw new TiedonsiirtoVirhe("badRequest.format.json", "Tiedonsiirron pitää olla JSON-objekti");
        }
        catch (JsonException e)
        {
            throw new TiedonsiirtoVirhe("badRequest.format.json", $"Virheellinen JSON: {e.Message}", e);
        }
    }
}
