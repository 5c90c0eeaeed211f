using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Domain.Validointi;
using Microsoft.Extensions.DependencyInjection;

namespace Koski.Virkailija.Web.Tests;

/// <summary>The rules' cut-off dates come from Validointi:Rajapaivat, KOSKI's own where the configuration says nothing.</summary>
public sealed class ValidointiAsetuksetTests
{
    private static readonly string[] Pohja = ["--environment=Development", "--Authentication:Mode=Development",
        "--Database:Sqlite=Data Source=:memory:"];

    [Fact]
    public async Task Rajapaivat_luetaan_asetuksista_ja_validointi_kayttaa_niita()
    {
        await using var app = KoskiVirkailijaApp.Build([.. Pohja,
            "--Validointi:Rajapaivat:LisaopetuksenTilojenViimeinenAlkupaiva=2024-05-31",
            "--Validointi:Rajapaivat:PidennetynOppivelvollisuudenViimeinenKayttopaiva=2027-08-31"]);

        var rajapaivat = app.Services.GetRequiredService<Rajapaivat>();
        Assert.Equal(new DateOnly(2024, 5, 31), rajapaivat.LisaopetuksenTilojenViimeinenAlkupaiva);
        Assert.Equal(new DateOnly(2027, 8, 31), rajapaivat.PidennetynOppivelvollisuudenViimeinenKayttopaiva);
        Assert.Equal(new Rajapaivat().VuosiluokkiinSitoutumattomanOpetuksenViimeinenKayttopaiva,
            rajapaivat.VuosiluokkiinSitoutumattomanOpetuksenViimeinenKayttopaiva);
        Assert.Same(rajapaivat, app.Services.GetRequiredService<OpiskeluoikeudenValidointi>().Rajapaivat);
    }

    [Fact]
    public async Task Ilman_asetuksia_KOSKIn_omat_rajapaivat()
    {
        await using var app = KoskiVirkailijaApp.Build(Pohja);
        Assert.Equal(new Rajapaivat(), app.Services.GetRequiredService<Rajapaivat>());
    }
}
