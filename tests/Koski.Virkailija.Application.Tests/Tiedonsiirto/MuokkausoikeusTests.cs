using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Massaluovutukset;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Tiedonsiirto;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Organisaatiot;

namespace Koski.Virkailija.Application.Tests.Tiedonsiirto;

/// <summary>
/// The rights of service accounts, ordinary and read-only, beside the official roles: who writes through the API
/// (KOSKI's hasAnyWriteAccess), who reads every type, who may ask a massaluovutus of their organisation.
/// </summary>
public sealed class MuokkausoikeusTests
{
    private const string Jyu = "1.2.246.562.10.77055527103";

    private static readonly OrganisaatioPuu Puu = new([
        new Organisaatio { Oid = Jyu, NimiFi = "Jyväskylän yliopisto", Tyypit = "01" },
    ]);

    public static TheoryData<string, bool, bool, bool> Taulukko => new()
    {
        // group, writes, reads every type, may ask a massaluovutus
        { "koski-palvelukayttaja", true, true, true },
        { "koski-palvelukayttaja-luku", false, true, true },
        { "koski-tallentaja", true, true, true },
        { "koski-tallentaja-esiopetus", true, false, true },
        { "koski-katselija", false, true, true },
        { "koski-katselija-suppea", false, true, false },
        { "opintopolun-vastuukayttaja", false, false, false },
    };

    private static Kayttooikeusryhma Ryhma(string tunniste) =>
        tunniste == Kayttooikeusryhma.KoskiPalvelukayttajaLuku.Tunniste ? Kayttooikeusryhma.KoskiPalvelukayttajaLuku : Kayttooikeusryhma.Hae(tunniste);

    [Theory]
    [MemberData(nameof(Taulukko))]
    public void Kirjoittaa_lukee_ja_saa_massaluovutuksen(string tunniste, bool kirjoittaa, bool lukeeKaikki, bool massaluovutus)
    {
        var ryhma = Ryhma(tunniste);
        var kayttaja = new Kayttaja(null, "tunnus", "Nimi", [new Rooli(ryhma, Jyu, "Jyväskylän yliopisto")]);

        Assert.Equal(kirjoittaa, Muokkausoikeus.Kirjoittaa(ryhma));
        var virhe = Muokkausoikeus.Virhe(kayttaja);
        Assert.Equal(kirjoittaa, virhe is null);
        if (virhe is not null)
        {
            Assert.Equal("forbidden.kiellettyKäyttöoikeus", Assert.Single(virhe.Virheet).Avain);
            Assert.Equal(403, virhe.HttpTila);
        }
        Assert.Equal(lukeeKaikki, Nakyvyys.Rajaus(ryhma) == Tyyppirajaus.Kaikki);
        var kysely = new OrganisaationOpiskeluoikeudet(Tulosmuoto.Json, Jyu, new DateOnly(2000, 1, 1));
        Assert.Equal(massaluovutus, MassaluovutusOikeudet.Sallittu(kayttaja, kysely, Puu));
    }

    [Fact]
    public void Vain_luku_tili_toimii_vain_luku_roolilla()
    {
        var tili = new Palvelukayttaja { Tunnus = "lukija", SalasanaHash = "", OrganisaatioOid = Jyu, VainLuku = true };
        Assert.Same(Kayttooikeusryhma.KoskiPalvelukayttajaLuku, global::Koski.Virkailija.Application.Kayttooikeudet.Palvelukayttajat.RyhmaTilille(tili));
        Assert.True(Kayttooikeusryhma.KoskiPalvelukayttajaLuku.OnPalvelukayttaja);
        tili.VainLuku = false;
        Assert.Same(Kayttooikeusryhma.KoskiPalvelukayttaja, global::Koski.Virkailija.Application.Kayttooikeudet.Palvelukayttajat.RyhmaTilille(tili));
    }
}
