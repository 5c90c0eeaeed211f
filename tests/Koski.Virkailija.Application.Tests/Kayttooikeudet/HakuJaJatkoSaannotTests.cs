using Koski.Virkailija.Application.Kayttooikeudet;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Organisaatiot;
using static Koski.Virkailija.Application.Tests.Kayttooikeudet.KayttooikeusYmparisto;

namespace Koski.Virkailija.Application.Tests.Kayttooikeudet;

/// <summary>
/// Findings of issue 16: "Jatka voimassaoloa" accepted an earlier date (shortening the grant while saying it was
/// extended), and a new official could apply for OPH-pääkäyttäjä at Opetushallitus. Both are rules of
/// <see cref="KayttooikeusSaannot"/>, tested as tables, and the services apply them.
/// </summary>
public sealed class HakuJaJatkoSaannotTests
{
    private static readonly DateOnly Tanaan = new(2026, 11, 20);

    // nykyinen asti, uusi asti → allowed ('+'), or the start of the message
    [Theory]
    [InlineData("2027-01-31", "2027-06-30", "+")]                         // a real extension
    [InlineData("2027-01-31", "2027-11-20", "+")]                         // up to the limit, a year from today
    [InlineData("2027-01-31", "2027-11-21", "Käyttöoikeus voi olla voimassa enintään vuoden")]
    [InlineData("2027-01-31", "2027-01-31", "Valitse päivä 31.1.2027 jälkeen")] // the same day extends nothing
    [InlineData("2027-01-31", "2026-12-31", "Valitse päivä 31.1.2027 jälkeen")] // earlier: would shorten
    [InlineData("2026-11-25", "2026-11-24", "Valitse päivä 25.11.2026 jälkeen")]
    public void Jatko_ei_lyhenna_eika_ylita_rajaa(string nykyinen, string uusi, string odotettu)
    {
        var virhe = KayttooikeusSaannot.JatkoVirhe(DateOnly.Parse(nykyinen, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(uusi, System.Globalization.CultureInfo.InvariantCulture), Tanaan);
        if (odotettu == "+") Assert.Null(virhe);
        else Assert.StartsWith(odotettu, virhe);
    }

    //                                      Opetushallitus koulutustoimija oppilaitos toimipiste vk-toimipaikka
    [Theory]
    [InlineData("koski-paakayttaja", "-++--")]
    [InlineData("koski-katselija", "-++-+")]
    [InlineData("koski-katselija-suppea", "-++-+")]
    [InlineData("koski-katselija-esiopetus", "-++-+")]
    [InlineData("koski-tallentaja", "-++-+")]
    [InlineData("koski-tallentaja-esiopetus", "-++-+")]
    [InlineData("koski-tallentaja-tpo-hankinta", "--+--")]
    [InlineData("opintopolun-vastuukayttaja", "-++-+")]
    [InlineData("varda-paakayttaja", "-++-+")]
    [InlineData("oph-paakayttaja", "-----")]
    public void Mita_ryhmaa_voi_hakea_mihin_organisaatioon(string ryhma, string odotettu)
    {
        Organisaatio[] orgs =
        [
            Org(Organisaatio.JuuriOid, null, "05"), Org("1.2.246.562.10.1", Organisaatio.JuuriOid, "01"),
            Org("1.2.246.562.10.11", "1.2.246.562.10.1", "02"), Org("1.2.246.562.10.111", "1.2.246.562.10.11", "03"),
            Org("1.2.246.562.10.13", "1.2.246.562.10.1", "08"),
        ];
        var r = Kayttooikeusryhma.Hae(ryhma);
        Assert.Equal(odotettu, string.Concat(orgs.Select(o => KayttooikeusSaannot.HakuVirhe(r, o) is null ? '+' : '-')));
    }

    [Fact]
    public void Oph_paakayttajaa_ei_tarjota_haettavaksi()
    {
        Assert.DoesNotContain(Kayttooikeusryhma.OphPaakayttaja, Kayttooikeusanomukset.Haettavat);
        Assert.DoesNotContain(Kayttooikeusryhma.KoskiPalvelukayttaja, Kayttooikeusanomukset.Haettavat);
    }

    [Fact]
    public async Task Uusi_virkailija_ei_voi_hakea_oph_paakayttajaa_eika_mitaan_opetushallitukseen()
    {
        await using var y = await LuoAsync();
        var uusi = await y.KayttajaAsync("uusi");

        Assert.NotNull((await y.Anomukset.HaeAsync(uusi, Organisaatio.JuuriOid, "oph-paakayttaja", "Haluan kaikki oikeudet")).Virhe);
        Assert.StartsWith("Opetushallitukseen ei voi hakea",
            (await y.Anomukset.HaeAsync(uusi, Organisaatio.JuuriOid, "koski-paakayttaja", "Pääkäyttäjäksi")).Virhe);
        Assert.DoesNotContain(await y.Anomukset.OrganisaatiotAsync("koski-katselija"), o => o.Oid == Organisaatio.JuuriOid);
        Assert.Empty(await y.Anomukset.OrganisaatiotAsync("oph-paakayttaja"));
        Assert.True((await y.Anomukset.HaeAsync(uusi, Lapsi, "koski-katselija", "Opinto-ohjaus")).Onnistui);
    }

    [Fact]
    public async Task Jatko_aiempaan_paivaan_ei_lyhenna_voimassaoloa()
    {
        await using var y = await LuoAsync();
        var paa = await y.KayttajaAsync("paa");
        var uusiId = (await y.KayttajaAsync("uusi")).VirkailijaId!.Value;
        await y.Hallinta.MyonnaAsync(paa, uusiId, "koski-katselija", Oma, y.Tanaan.AddMonths(6));
        var oikeus = Assert.Single((await y.Hallinta.HaeVirkailijaAsync(paa, uusiId))!.Voimassa);

        var tulos = await y.Hallinta.JatkaAsync(paa, oikeus.Id, oikeus.Versio, y.Tanaan.AddMonths(1));

        Assert.StartsWith("Valitse päivä", tulos.Virhe);
        var nyt = Assert.Single((await y.Hallinta.HaeVirkailijaAsync(paa, uusiId))!.Voimassa);
        Assert.Equal((KayttooikeudenTila.MYONNETTY, y.Tanaan.AddMonths(6)), (nyt.Tila, nyt.VoimassaAsti));
    }

    private static Organisaatio Org(string oid, string? parent, string tyypit) =>
        new() { Oid = oid, ParentOid = parent, NimiFi = "Org " + oid, Tyypit = tyypit, Status = "AKTIIVINEN" };
}
