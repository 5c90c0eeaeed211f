using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Tests.Opiskeluoikeudet;
using Koski.Virkailija.Domain.Arkaluonteiset;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Koski.Virkailija.Domain.Organisaatiot;

namespace Koski.Virkailija.Application.Tests.Oppijat;

/// <summary>
/// Every row of the special-category catalogue that applies to one of KOSKI's examples is removed for a user without
/// LUOTTAMUKSELLINEN_KAIKKI_TIEDOT and kept, with everything else, for a user with it.
/// </summary>
public sealed class TietosuojaTests
{
    private const string Oppilaitos = "1.2.246.562.10.14613773812";
    private static readonly OrganisaatioPuu Puu = new([new Organisaatio { Oid = Oppilaitos, NimiFi = "Jyväskylän normaalikoulu", Tyypit = "02" }]);

    private static Nakyvyys Kayttajan(Kayttooikeusryhma ryhma) =>
        Nakyvyys.Kayttajalle(new Kayttaja(1, "k", "K", [new Rooli(ryhma, Oppilaitos, "Jyväskylän normaalikoulu")]), Puu);

    /// <summary>(example, catalogue row) for every row that covers something in that example.</summary>
    public static TheoryData<string, string> Osumat()
    {
        var data = new TheoryData<string, string>();
        foreach (var tiedosto in Esimerkit.Tiedostot.Select(Path.GetFileName))
            foreach (var tieto in ArkaluonteisetTiedot.Kaikki.Where(t => t.Osumia(Esimerkit.Opiskeluoikeus(tiedosto!)) > 0).DistinctBy(t => t.Tunniste))
                data.Add(tiedosto!, tieto.Tunniste);
        return data;
    }

    [Theory]
    [MemberData(nameof(Osumat))]
    public void Rivi_poistuu_ilman_oikeutta_ja_sailyy_oikeudella(string tiedosto, string tunniste)
    {
        var alkuperainen = Esimerkit.Opiskeluoikeus(tiedosto);
        var rivi = Rivi(alkuperainen);
        var tiedot = ArkaluonteisetTiedot.Kaikki.Where(t => t.Tunniste == tunniste).ToList();
        Assert.True(tiedot.Sum(t => t.Osumia(alkuperainen)) > 0);

        var suppea = Tietosuoja.Dokumentti(Kayttajan(Kayttooikeusryhma.KoskiKatselijaSuppea), rivi);
        var laaja = Tietosuoja.Dokumentti(Kayttajan(Kayttooikeusryhma.KoskiKatselija), rivi);

        Assert.Equal(0, tiedot.Sum(t => t.Osumia(suppea)));
        Assert.True(JsonNode.DeepEquals(alkuperainen, laaja), "the user with the right must get the document unchanged");

        // The reports' read-only form is redacted the same way.
        using var suppeaLuettava = Tietosuoja.Luettava(Kayttajan(Kayttooikeusryhma.KoskiKatselijaSuppea), rivi);
        using var laajaLuettava = Tietosuoja.Luettava(Kayttajan(Kayttooikeusryhma.KoskiKatselija), rivi);
        Assert.Equal(0, tiedot.Sum(t => t.Osumia(JsonNode.Parse(suppeaLuettava.RootElement.GetRawText())!.AsObject())));
        Assert.True(JsonNode.DeepEquals(alkuperainen, JsonNode.Parse(laajaLuettava.RootElement.GetRawText())));
    }

    [Fact]
    public void Esimerkeissa_on_useimpia_luettelon_riveja()
    {
        var osuneet = Osumat().Select(r => (string)r[1]).Distinct().Count();
        // The examples hold lisätiedot of esiopetus, perusopetus, lisäopetus, ammatillinen, lukio, luva, tuva and VST,
        // and suoritus fields of perusopetus, lisäopetus, Ahvenanmaa and ESH.
        Assert.True(osuneet >= 40, $"only {osuneet} catalogue rows matched the examples");
    }

    [Fact]
    public void Versiohistoria_vain_oikeudella_arkaluonteisiin()
    {
        var rivi = Rivi(Esimerkit.Opiskeluoikeus("esiopetusvalmis_2022-09-26.json"));
        Assert.True(Tietosuoja.VersiohistoriaSallittu(Kayttajan(Kayttooikeusryhma.KoskiKatselija), rivi));
        Assert.False(Tietosuoja.VersiohistoriaSallittu(Kayttajan(Kayttooikeusryhma.KoskiKatselijaSuppea), rivi));
    }

    [Fact]
    public void Oikeus_arkaluonteisiin_toisen_organisaation_roolissa_ei_riita()
    {
        var toinen = "1.2.246.562.10.346830761110";
        var puu = new OrganisaatioPuu([
            new Organisaatio { Oid = Oppilaitos, NimiFi = "Jyväskylän normaalikoulu", Tyypit = "02" },
            new Organisaatio { Oid = toinen, NimiFi = "Helsingin kaupunki", Tyypit = "01" }]);
        var kayttaja = new Kayttaja(1, "k", "K", [
            new Rooli(Kayttooikeusryhma.KoskiKatselijaSuppea, Oppilaitos, "Jyväskylän normaalikoulu"),
            new Rooli(Kayttooikeusryhma.KoskiKatselija, toinen, "Helsingin kaupunki")]);
        var alkuperainen = Esimerkit.Opiskeluoikeus("esiopetusvalmis_2022-09-26.json");

        var dokumentti = Tietosuoja.Dokumentti(Nakyvyys.Kayttajalle(kayttaja, puu), Rivi(alkuperainen));

        Assert.Null(dokumentti["lisätiedot"]!["pidennettyOppivelvollisuus"]);
        Assert.NotNull(alkuperainen["lisätiedot"]!["pidennettyOppivelvollisuus"]);
    }

    private static Opiskeluoikeus Rivi(JsonObject json)
    {
        var rivi = new Opiskeluoikeus { Oid = "1.2.246.562.15.00000000001", OppijaOid = "o", Tyyppi = "", OppilaitosOid = "", Json = "" };
        new OpiskeluoikeusDokumentti(json.DeepClone().AsObject()).TaytaIndeksi(rivi);
        rivi.OppilaitosOid = Oppilaitos;
        return rivi;
    }
}
