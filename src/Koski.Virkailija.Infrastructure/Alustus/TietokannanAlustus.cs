using Koski.Virkailija.Application.Koodistot;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Domain.Organisaatiot;
using Koski.Virkailija.Infrastructure.Tietokanta;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Koski.Virkailija.Infrastructure.Alustus;

/// <summary>
/// Brings the database up to date before the app serves requests: the schema first, then what "Seed" configures
/// (code lists, the organisation hierarchy, demo data, transfer documents, service accounts). Every step is safe to
/// repeat on each start.
/// </summary>
public sealed class TietokannanAlustus(
    IDbContextFactory<KoskiDbContext> kontekstit,
    SeedAsetukset asetukset,
    KoodistoTuonti koodistoTuonti,
    OrganisaatioTuonti organisaatioTuonti,
    DemoData demoData,
    TiedonsiirtoTuonti tiedonsiirtoTuonti,
    PalvelukayttajaSeed palvelukayttajaSeed,
    ILogger<TietokannanAlustus> loki) : IHostedService
{
    /// <summary>Recorded as the saver of the study rights imported from <see cref="SeedAsetukset.DocumentFolder"/>.</summary>
    public const string Tallentaja = "alustus";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        await using (var db = await kontekstit.CreateDbContextAsync(ct))
        {
            await Migraatio.AjaAsync(db, ct);
        }

        if (asetukset.KoodistoFolder is { } koodistot)
        {
            if (Directory.Exists(koodistot))
            {
                var tulos = await koodistoTuonti.TuoKansiostaAsync(koodistot, ct);
                loki.LogInformation("Koodistot {Kansio}: {Koodistoja} koodistoa, {Lisatty} koodia lisätty, {Paivitetty} päivitetty, {Ennallaan} ennallaan",
                    koodistot, tulos.Koodistoja, tulos.Lisatty, tulos.Paivitetty, tulos.Ennallaan);
            }
            else
            {
                loki.LogWarning("Seed:KoodistoFolder {Kansio} ei ole olemassa; koodistoja ei tuotu", koodistot);
            }
        }

        if (asetukset.OrganisaatioHierarkia is { } hierarkia)
        {
            if (File.Exists(hierarkia))
            {
                IReadOnlyList<Organisaatio> organisaatiot;
                await using (var virta = File.OpenRead(hierarkia))
                {
                    organisaatiot = OrganisaatioHierarkiaLukija.Lue(virta);
                }
                var tulos = await organisaatioTuonti.TuoAsync(organisaatiot, ct);
                loki.LogInformation("Organisaatiot {Tiedosto}: {Lisatty} lisätty, {Paivitetty} päivitetty, {Ennallaan} ennallaan",
                    hierarkia, tulos.Lisatty, tulos.Paivitetty, tulos.Ennallaan);
            }
            else
            {
                loki.LogWarning("Seed:OrganisaatioHierarkia {Tiedosto} ei ole olemassa; organisaatioita ei tuotu", hierarkia);
            }
        }

        if (asetukset.DemoData)
        {
            if (await demoData.AjaAsync(ct) is { } tulos)
                loki.LogInformation("Demodata: {Organisaatioita} organisaatiota, {Virkailijoita} virkailijaa, {Oppijoita} oppijaa, {Opiskeluoikeuksia} opiskeluoikeutta",
                    tulos.OrganisaatioitaLisatty, tulos.Virkailijoita, tulos.Oppijoita, tulos.Opiskeluoikeuksia);
            else
                loki.LogInformation("Demodataa ei kirjoitettu: tietokannassa on jo virkailijoita");
        }

        if (asetukset.DocumentFolder is { } dokumentit)
        {
            if (Directory.Exists(dokumentit))
            {
                var tulos = await tiedonsiirtoTuonti.TuoKansiostaAsync(dokumentit, Tallentaja, ct);
                loki.LogInformation("Tiedonsiirrot {Kansio}: {Tiedostoja} tiedostoa, {Oppijoita} oppijaa ja {Lisatty} opiskeluoikeutta lisätty, {Ohitettu} ohitettu",
                    dokumentit, tulos.Tiedostoja, tulos.OppijoitaLisatty, tulos.OpiskeluoikeuksiaLisatty, tulos.Ohitettu);
            }
            else
            {
                loki.LogWarning("Seed:DocumentFolder {Kansio} ei ole olemassa; tiedonsiirtoja ei tuotu", dokumentit);
            }
        }

        if (asetukset.Palvelukayttajat.Count > 0)
        {
            var tulos = await palvelukayttajaSeed.AjaAsync(asetukset.Palvelukayttajat, ct);
            loki.LogInformation("Palvelukäyttäjät: {Lisatty} lisätty, {Paivitetty} päivitetty, {Ennallaan} ennallaan",
                tulos.Lisatty, tulos.Paivitetty, tulos.Ennallaan);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
