using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Raportit;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain;
using Koski.Virkailija.Domain.Oppijat;
using Koski.Virkailija.Infrastructure.Raportit;
using Koski.Virkailija.Testaus;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Koski.Virkailija.EndToEnd.Tests;

/// <summary>
/// An app of its own (so no other test sees its data) where the Jyväskylän normaalikoulu has <see cref="Oppilaita"/>
/// more 7th-graders, and every report stops at its <see cref="PysahdysRivi"/>th row until the test opens
/// <see cref="Portti"/>: the progress bar can be seen between 0 and 100 % however fast the machine is.
/// </summary>
public sealed class IsoRaporttiSovellus : KoskiSovellus
{
    public const int Oppilaita = 3_000, PysahdysRivi = 2_500;
    public const string Normaalikoulu = "1.2.246.562.10.14613773812", Yliopisto = "1.2.246.562.10.77255241653";

    public SemaphoreSlim Portti { get; } = new(0);

    protected override void Konfiguroi(WebApplicationBuilder builder) =>
        // The app registers its writers after this hook runs, so they are wrapped when the container is built.
        builder.Host.UseServiceProviderFactory(new KorvaavaTehdas(palvelut =>
        {
            palvelut.RemoveAll<ITaulukkoKirjoittaja>();
            palvelut.AddSingleton<ITaulukkoKirjoittaja>(new PysahtyvaKirjoittaja(new XlsxKirjoittaja(), Portti));
            palvelut.AddSingleton<ITaulukkoKirjoittaja>(new PysahtyvaKirjoittaja(new CsvKirjoittaja(), Portti));
        }));

    protected override async Task AlustaAsync(IServiceProvider palvelut)
    {
        await using var db = await palvelut.GetRequiredService<IKoskiDbFactory>().AvaaAsync();
        for (var i = 0; i < Oppilaita; i++)
        {
            var oppija = new Oppija { Oid = Oidit.Henkilo(70_000_000_000L + i), Sukunimi = "Isokoulu", Etunimet = $"Oppilas {i:D4}" };
            oppija.PaivitaHakunimi();
            db.Oppijat.Add(oppija);
            db.Opiskeluoikeudet.Add(OpiskeluoikeusRivi.Luo(Oidit.Opiskeluoikeus(70_000_000_000L + i), oppija.Oid, "perusopetus",
                Normaalikoulu, Yliopisto, [("2018-08-15", "lasna")],
                [new JsonObject
                {
                    ["tyyppi"] = new JsonObject { ["koodiarvo"] = "perusopetuksenvuosiluokka" },
                    ["koulutusmoduuli"] = new JsonObject { ["tunniste"] = new JsonObject { ["koodiarvo"] = "7" } },
                    ["luokka"] = "7X",
                    ["alkamispäivä"] = "2024-08-15",
                    ["toimipiste"] = new JsonObject { ["oid"] = Normaalikoulu },
                }]));
        }
        await db.SaveChangesAsync();
    }

    private sealed class KorvaavaTehdas(Action<IServiceCollection> muutos) : IServiceProviderFactory<IServiceCollection>
    {
        public IServiceCollection CreateBuilder(IServiceCollection services) => services;

        public IServiceProvider CreateServiceProvider(IServiceCollection containerBuilder)
        {
            muutos(containerBuilder);
            return containerBuilder.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        }
    }

    /// <summary>Writes with the real writer; the first table's rows wait at the stop row until the gate opens (or the run is cancelled).</summary>
    private sealed class PysahtyvaKirjoittaja(ITaulukkoKirjoittaja kirjoittaja, SemaphoreSlim portti) : ITaulukkoKirjoittaja
    {
        public Tiedostomuoto Muoto => kirjoittaja.Muoto;
        public string Sisaltotyyppi => kirjoittaja.Sisaltotyyppi;
        public string Paate => kirjoittaja.Paate;

        public Task KirjoitaAsync(IReadOnlyList<Taulukko> taulukot, Stream kohde, IProgress<long>? edistyminen = null, CancellationToken ct = default) =>
            kirjoittaja.KirjoitaAsync([taulukot[0] with { Rivit = Pysahtyen(taulukot[0].Rivit, ct) }, .. taulukot.Skip(1)], kohde, edistyminen, ct);

        private async IAsyncEnumerable<object?[]> Pysahtyen(IAsyncEnumerable<object?[]> rivit,
            [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
        {
            var n = 0;
            await foreach (var rivi in rivit.WithCancellation(ct))
            {
                if (++n == PysahdysRivi) await portti.WaitAsync(ct);
                yield return rivi;
            }
        }
    }
}

[CollectionDefinition(Nimi)]
public sealed class IsoRaporttiKokoelma : ICollectionFixture<IsoRaporttiSovellus>
{
    public const string Nimi = "IsoRaportti";
}
