using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Microsoft.EntityFrameworkCore;
using static Koski.Virkailija.Application.Tests.Kayttooikeudet.KayttooikeusYmparisto;

namespace Koski.Virkailija.Application.Tests.Kayttooikeudet;

public sealed class PalvelukayttajatTests
{
    private static readonly Kayttaja Vastuukayttaja =
        new(1, "vastuu", "Vastuu", [new Rooli(Kayttooikeusryhma.OpintopolunVastuukayttaja, Oma, "")]);

    [Fact]
    public async Task Luotu_tunnus_tunnistautuu_vain_kertaalleen_naytetylla_salasanalla()
    {
        await using var y = await LuoAsync();

        var luonti = await y.Palvelukayttajat.LuoAsync(Vastuukayttaja, "Wilma-Oma", Lapsi);

        Assert.Null(luonti.Virhe);
        Assert.Equal(43, luonti.Salasana!.Length);
        var tunnistettu = await y.Palvelukayttajat.TunnistaAsync("wilma-oma", luonti.Salasana);
        Assert.NotNull(tunnistettu);
        Assert.Null(tunnistettu.VirkailijaId);
        Assert.Equal("koski-palvelukayttaja@" + Lapsi, tunnistettu.Roolitunniste());
        Assert.Null(await y.Palvelukayttajat.TunnistaAsync("wilma-oma", luonti.Salasana + "x"));
        Assert.Null(await y.Palvelukayttajat.TunnistaAsync("tuntematon", luonti.Salasana));
        await using var db = y.Tietokanta.CreateDbContext();
        var rivi = await db.Palvelukayttajat.SingleAsync();
        Assert.DoesNotContain(luonti.Salasana, rivi.SalasanaHash);
        Assert.Equal("PALVELUKAYTTAJA_MUUTOS", (await db.AuditLoki.SingleAsync()).Operaatio);
    }

    [Fact]
    public async Task Salasanan_vaihto_hylkaa_vanhan_ja_kaytosta_poisto_estaa_tunnistuksen()
    {
        await using var y = await LuoAsync();
        var vanha = (await y.Palvelukayttajat.LuoAsync(Vastuukayttaja, "primus", Oma)).Salasana!;
        var rivi = (await y.Palvelukayttajat.ListaaAsync(Vastuukayttaja)).Single();

        var uusi = (await y.Palvelukayttajat.VaihdaSalasanaAsync(Vastuukayttaja, rivi.Id, rivi.Versio)).Salasana!;
        Assert.NotEqual(vanha, uusi);
        Assert.Null(await y.Palvelukayttajat.TunnistaAsync("primus", vanha));
        Assert.NotNull(await y.Palvelukayttajat.TunnistaAsync("primus", uusi));
        Assert.NotNull((await y.Palvelukayttajat.PoistaKaytostaAsync(Vastuukayttaja, rivi.Id, rivi.Versio)).Virhe); // stale version

        Assert.True((await y.Palvelukayttajat.PoistaKaytostaAsync(Vastuukayttaja, rivi.Id, rivi.Versio + 1)).Onnistui);
        Assert.Null(await y.Palvelukayttajat.TunnistaAsync("primus", uusi));
    }

    [Fact]
    public async Task Vain_palvelukayttajia_myontava_luo_ja_vain_sallittuun_organisaatioon()
    {
        await using var y = await LuoAsync();
        var paa = await y.KayttajaAsync("paa");

        Assert.NotNull((await y.Palvelukayttajat.LuoAsync(paa, "pk-paa", Oma)).Virhe);
        Assert.NotNull((await y.Palvelukayttajat.LuoAsync(Vastuukayttaja, "pk-vieras", Vieras)).Virhe);
        Assert.NotNull((await y.Palvelukayttajat.LuoAsync(Vastuukayttaja, "pk-suljettu", Lakkautettu)).Virhe);
        Assert.NotNull((await y.Palvelukayttajat.LuoAsync(Vastuukayttaja, "pk-toimipiste", "1.2.246.562.10.111")).Virhe);
        Assert.NotNull((await y.Palvelukayttajat.LuoAsync(Vastuukayttaja, "x", Oma)).Virhe);
        Assert.Equal([Oma, Lapsi, "1.2.246.562.10.13"], (await y.Palvelukayttajat.OrganisaatiotAsync(Vastuukayttaja)).Select(o => o.Oid).Order());
        Assert.True((await y.Palvelukayttajat.LuoAsync(Vastuukayttaja, "pk-oma", Oma)).Virhe is null);
        Assert.Equal("Tunnus on jo käytössä.", (await y.Palvelukayttajat.LuoAsync(Vastuukayttaja, "pk-oma", Lapsi)).Virhe);
        Assert.Empty(await y.Palvelukayttajat.ListaaAsync(paa));
    }
}
