using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Organisaatiot;

namespace Koski.Virkailija.Application.Tests.Kayttajat;

/// <summary>A grant covers its organisation's subtree; OPH's global role covers everything (docs/DOMAIN.md §1).</summary>
public sealed class KayttajanOrganisaatiotTests
{
    private static readonly OrganisaatioPuu Puu = new(
    [
        Org("1.2.246.562.10.00000000001", null, "05"),
        Org("1.2.246.562.10.1", "1.2.246.562.10.00000000001", "01"),
        Org("1.2.246.562.10.11", "1.2.246.562.10.1", "02"),
        Org("1.2.246.562.10.111", "1.2.246.562.10.11", "03"),
        Org("1.2.246.562.10.12", "1.2.246.562.10.1", "02"),
        Org("1.2.246.562.10.2", "1.2.246.562.10.00000000001", "01"),
        Org("1.2.246.562.10.21", "1.2.246.562.10.2", "02"),
    ]);

    private static Organisaatio Org(string oid, string? parent, string tyyppi) =>
        new() { Oid = oid, ParentOid = parent, NimiFi = oid, Tyypit = tyyppi };

    [Fact]
    public void Oppilaitostason_oikeus_kattaa_oppilaitoksen_ja_sen_toimipisteet_muttei_sisaroppilaitosta()
    {
        var k = new Kayttaja(1, "t", "T", [new Rooli(Kayttooikeusryhma.KoskiKatselija, "1.2.246.562.10.11", "")]);
        Assert.Equal(["1.2.246.562.10.11", "1.2.246.562.10.111"], k.Organisaatiot(_ => true, Puu).Order());
    }

    [Fact]
    public void Koulutustoimijatason_oikeus_kattaa_koko_alipuun()
    {
        var k = new Kayttaja(1, "t", "T", [new Rooli(Kayttooikeusryhma.KoskiTallentaja, "1.2.246.562.10.1", "")]);
        Assert.Equal(["1.2.246.562.10.1", "1.2.246.562.10.11", "1.2.246.562.10.111", "1.2.246.562.10.12"],
            k.Organisaatiot(_ => true, Puu).Order());
    }

    [Fact]
    public void Vain_ehdon_tayttavat_roolit_lasketaan()
    {
        var k = new Kayttaja(1, "t", "T",
        [
            new Rooli(Kayttooikeusryhma.KoskiKatselijaSuppea, "1.2.246.562.10.11", ""),
            new Rooli(Kayttooikeusryhma.KoskiTallentaja, "1.2.246.562.10.21", ""),
        ]);
        Assert.Equal(["1.2.246.562.10.21"],
            k.Organisaatiot(r => r.Sisaltaa(Oikeus.LUOTTAMUKSELLINEN_KAIKKI_TIEDOT), Puu).Order());
    }

    [Fact]
    public void Globaali_rooli_kattaa_kaikki_organisaatiot()
    {
        var k = new Kayttaja(1, "t", "T", [new Rooli(Kayttooikeusryhma.OphPaakayttaja, "1.2.246.562.10.00000000001", "")]);
        Assert.Equal(7, k.Organisaatiot(_ => true, Puu).Count);
    }
}
