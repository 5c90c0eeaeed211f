using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Kayttooikeudet;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Massaluovutukset;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Koski.Virkailija.Application.Massaluovutukset;

/// <summary>
/// The workers' side of the queue. A worker claims the oldest pending query with one conditional UPDATE (pending →
/// running, its name): of several instances exactly one wins it. While it runs, the worker says it is alive; a query
/// whose worker fell silent goes back to the queue (a few times, then it fails); results past their time are removed.
/// Every step that ends a query checks the worker still owns it, so a query taken back is never finished twice.
/// </summary>
public sealed class MassaluovutusAjo(IKoskiDbFactory tietokanta, OrganisaatioHakemisto organisaatiot, KayttajaPalvelu kayttajat,
    Palvelukayttajat palvelukayttajat, IEnumerable<IMassaluovutuksenSuoritus> suoritukset, MassaluovutusAsetukset asetukset,
    TimeProvider aika, ILogger<MassaluovutusAjo> loki)
{
    /// <summary>Claims and runs the next pending query; false when the queue was empty.</summary>
    public async Task<bool> AjaSeuraavaAsync(string tyontekija, CancellationToken ct = default)
    {
        if (await VaraaAsync(tyontekija, ct) is not { } kysely) return false;
        using var aikaraja = CancellationTokenSource.CreateLinkedTokenSource(ct);
        aikaraja.CancelAfter(asetukset.Aikakatkaisu);
        using var sydan = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var lyonnit = SydamenlyonnitAsync(kysely.Id, tyontekija, sydan.Token);
        try
        {
            var tulokset = await SuoritaAsync(kysely, aikaraja.Token);
            await PaataAsync(kysely.Id, tyontekija, Massaluovutustila.Valmis, null, ct);
            loki.LogInformation("Massaluovutus {Id} ({Tyyppi}) valmis: {Tiedostoja} tiedostoa", kysely.Id, kysely.Tyyppi, tulokset);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            await PaataAsync(kysely.Id, tyontekija, Massaluovutustila.Epaonnistui, "Kysely kesti liian kauan.", CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            loki.LogError(e, "Massaluovutus {Id} ({Tyyppi}) epäonnistui", kysely.Id, kysely.Tyyppi);
            await PaataAsync(kysely.Id, tyontekija, Massaluovutustila.Epaonnistui, e.Message, CancellationToken.None);
        }
        finally
        {
            await sydan.CancelAsync();
            await lyonnit;
        }
        return true;
    }

    /// <summary>Takes back queries of silent workers and removes expired results with their files.</summary>
    public async Task SiivoaAsync(CancellationToken ct = default)
    {
        var nyt = aika.GetUtcNow().UtcDateTime;
        var hiljaisesta = nyt - asetukset.Hiljaisuus;
        await using var db = await tietokanta.AvaaAsync(ct);
        await db.Massaluovutukset
            .Where(m => m.Tila == Massaluovutustila.Kaynnissa && m.Elossa < hiljaisesta && m.Uudelleenkaynnistyksia >= asetukset.Uudelleenkaynnistyksia)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Tila, Massaluovutustila.Epaonnistui)
                .SetProperty(m => m.Virhe, "Orphaned").SetProperty(m => m.Valmistunut, nyt)
                .SetProperty(m => m.Vanhenee, nyt + asetukset.Sailytysaika), ct);
        var palautetut = await db.Massaluovutukset
            .Where(m => m.Tila == Massaluovutustila.Kaynnissa && m.Elossa < hiljaisesta)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Tila, Massaluovutustila.Odottaa)
                .SetProperty(m => m.Tyontekija, (string?)null)
                .SetProperty(m => m.Uudelleenkaynnistyksia, m => m.Uudelleenkaynnistyksia + 1), ct);
        if (palautetut > 0) loki.LogWarning("{Maara} massaluovutusta palautettiin jonoon: ajaja lakkasi vastaamasta", palautetut);
        var vanhentuneet = db.Massaluovutukset.Where(m => m.Vanhenee < nyt).Select(m => m.Id);
        await db.MassaluovutuksenTiedostot.Where(t => vanhentuneet.Contains(t.MassaluovutusId)).ExecuteDeleteAsync(ct);
        await db.Massaluovutukset.Where(m => m.Vanhenee < nyt).ExecuteDeleteAsync(ct);
    }

    private async Task<Massaluovutus?> VaraaAsync(string tyontekija, CancellationToken ct)
    {
        await using var db = await tietokanta.AvaaAsync(ct);
        // Another instance may claim the same row between the read and the update; then try the next one.
        for (var yritys = 0; yritys < 5; yritys++)
        {
            var id = await db.Massaluovutukset.Where(m => m.Tila == Massaluovutustila.Odottaa)
                .OrderBy(m => m.Luotu).Select(m => (Guid?)m.Id).FirstOrDefaultAsync(ct);
            if (id is null) return null;
            var nyt = aika.GetUtcNow().UtcDateTime;
            var varattu = await db.Massaluovutukset.Where(m => m.Id == id && m.Tila == Massaluovutustila.Odottaa)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Tila, Massaluovutustila.Kaynnissa)
                    .SetProperty(m => m.Tyontekija, tyontekija).SetProperty(m => m.Aloitettu, nyt)
                    .SetProperty(m => m.Elossa, nyt), ct);
            if (varattu != 1) continue;
            // A restarted query starts from scratch: the files of the earlier attempt go.
            await db.MassaluovutuksenTiedostot.Where(t => t.MassaluovutusId == id).ExecuteDeleteAsync(ct);
            return await db.Massaluovutukset.AsNoTracking().SingleAsync(m => m.Id == id, ct);
        }
        return null;
    }

    private async Task<int> SuoritaAsync(Massaluovutus rivi, CancellationToken ct)
    {
        var kysely = MassaluovutusKysely.Lue(JsonNode.Parse(rivi.Kysely));
        // The query runs with the rights its user has now, not those they had when asking.
        var kayttaja = (rivi.VirkailijaId is { } id ? await kayttajat.HaeVirkailijaAsync(id, ct)
                           : rivi.Palvelukayttaja is { } tunnus ? await palvelukayttajat.HaeAsync(tunnus, ct) : null)
                       ?? throw new InvalidOperationException("Kyselyn tekijää ei enää löydy tai hänen tunnuksensa on suljettu.");
        if (!MassaluovutusOikeudet.Sallittu(kayttaja, kysely, await organisaatiot.PuuAsync(ct)))
            throw new InvalidOperationException("Kyselyn tekijällä ei enää ole oikeuksia kyselyyn.");
        var suoritus = suoritukset.FirstOrDefault(s => s.Suorittaa(kysely))
                       ?? throw new InvalidOperationException($"Kyselyä {kysely.Tyyppi} ({kysely.Muoto}) ei osata suorittaa.");
        var tulokset = new Tulokset(tietokanta, rivi.Id);
        await suoritus.SuoritaAsync(new MassaluovutuksenKonteksti(kysely, kayttaja, rivi.Salasana, tulokset), ct);
        return tulokset.Nimet.Count;
    }

    private async Task PaataAsync(Guid id, string tyontekija, string tila, string? virhe, CancellationToken ct)
    {
        var nyt = aika.GetUtcNow().UtcDateTime;
        await using var db = await tietokanta.AvaaAsync(ct);
        var paatetty = await db.Massaluovutukset
            .Where(m => m.Id == id && m.Tyontekija == tyontekija && m.Tila == Massaluovutustila.Kaynnissa)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Tila, tila).SetProperty(m => m.Virhe, virhe)
                .SetProperty(m => m.Valmistunut, nyt).SetProperty(m => m.Vanhenee, nyt + asetukset.Sailytysaika), ct);
        if (paatetty == 0)
            loki.LogWarning("Massaluovutus {Id} ei ollut enää tämän ajajan ({Tyontekija}): tulos hylätään", id, tyontekija);
    }

    private async Task SydamenlyonnitAsync(Guid id, string tyontekija, CancellationToken ct)
    {
        using var ajastin = new PeriodicTimer(asetukset.Sydamenlyonti, aika);
        try
        {
            while (await ajastin.WaitForNextTickAsync(ct))
            {
                await using var db = await tietokanta.AvaaAsync(ct);
                var nyt = aika.GetUtcNow().UtcDateTime;
                await db.Massaluovutukset.Where(m => m.Id == id && m.Tyontekija == tyontekija && m.Tila == Massaluovutustila.Kaynnissa)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.Elossa, nyt), ct);
            }
        }
        catch (OperationCanceledException)
        {
            // The query ended.
        }
    }
}
