using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Kayttooikeudet;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Organisaatiot;
using static Koski.Virkailija.Application.Kayttooikeudet.Toimenpide;

namespace Koski.Virkailija.Application.Tests.Kayttooikeudet;

/// <summary>
/// The authorization matrix of docs/DOMAIN.md §1: every role group × every action × own organisation, child organisation,
/// foreign organisation, closed organisation and self. The actor holds the group at a koulutustoimija (OPH at
/// Opetushallitus); the target is a colleague's grant (or application) of the group the actor's myöntöviite names.
/// Cells: '+' allowed, '-' refused, 'l' refused because the organisation is closed, 's' refused because it is the
/// actor's own. Written from the brief: pääkäyttäjä → katselija/tallentaja, vastuukäyttäjä → pääkäyttäjä and service
/// accounts, Varda-pääkäyttäjä → esiopetus groups, OPH → all, within their subtree; nobody grants to or approves
/// themselves; closing and rejecting take access away and so stay possible in a closed organisation.
/// </summary>
public sealed class SaantoMatriisiTests
{
    private const string Juuri = Organisaatio.JuuriOid;
    private const string Oma = "1.2.246.562.10.1", Lapsi = "1.2.246.562.10.11", Lakkautettu = "1.2.246.562.10.12",
        Vieras = "1.2.246.562.10.2", Toimipiste = "1.2.246.562.10.111", Paivakoti = "1.2.246.562.10.13";
    private static readonly DateOnly Tanaan = new(2026, 11, 20);

    internal static readonly OrganisaatioPuu Puu = new(
    [
        Org(Juuri, null, "05"),
        Org(Oma, Juuri, "01,07"),
        Org(Lapsi, Oma, "02"),
        Org(Toimipiste, Lapsi, "03"),
        Org(Lakkautettu, Oma, "02", "PASSIIVINEN"),
        Org(Paivakoti, Oma, "08"),
        Org(Vieras, Juuri, "01"),
    ]);

    private static Organisaatio Org(string oid, string? parent, string tyypit, string status = "AKTIIVINEN") =>
        new() { Oid = oid, ParentOid = parent, NimiFi = "Org " + oid, Tyypit = tyypit, Status = status };

    private const long Itse = 1, Kollega = 2;

    private static Kayttaja Tekija(Kayttooikeusryhma ryhma) => ryhma.OnPalvelukayttaja
        ? new Kayttaja(null, "jarjestelma-x", "Järjestelmä", [new Rooli(ryhma, Oma, "")])
        : new Kayttaja(Itse, "tekija", "Tekijä", [new Rooli(ryhma, ryhma == Kayttooikeusryhma.OphPaakayttaja ? Juuri : Oma, "")]);

    //                                         Myönnä   Jatka    Sulje    Hyväksy  Hylkää   Hae      Peruuta
    //                                         own child foreign closed self
    public static TheoryData<string, string, string[]> Henkilot => new()
    {
        { "koski-paakayttaja", "koski-katselija", ["++-ls", "++-ls", "++-+s", "++-ls", "++-+s", "----+", "----+"] },
        { "koski-katselija", "koski-katselija", ["-----", "-----", "-----", "-----", "-----", "----+", "----+"] },
        { "koski-katselija-suppea", "koski-katselija", ["-----", "-----", "-----", "-----", "-----", "----+", "----+"] },
        { "koski-katselija-esiopetus", "koski-katselija", ["-----", "-----", "-----", "-----", "-----", "----+", "----+"] },
        { "koski-tallentaja", "koski-katselija", ["-----", "-----", "-----", "-----", "-----", "----+", "----+"] },
        { "koski-tallentaja-esiopetus", "koski-katselija", ["-----", "-----", "-----", "-----", "-----", "----+", "----+"] },
        { "koski-tallentaja-tpo-hankinta", "koski-katselija", ["-----", "-----", "-----", "-----", "-----", "----+", "----+"] },
        { "koski-palvelukayttaja", "koski-katselija", ["-----", "-----", "-----", "-----", "-----", "-----", "-----"] },
        { "opintopolun-vastuukayttaja", "koski-paakayttaja", ["++-ls", "++-ls", "++-+s", "++-ls", "++-+s", "----+", "----+"] },
        { "varda-paakayttaja", "koski-tallentaja-esiopetus", ["++-ls", "++-ls", "++-+s", "++-ls", "++-+s", "----+", "----+"] },
        { "oph-paakayttaja", "koski-tallentaja", ["+++ls", "+++ls", "++++s", "+++ls", "++++s", "----+", "----+"] },
        { "oppijan-tuonti", "koski-katselija", ["-----", "-----", "-----", "-----", "-----", "----+", "----+"] },
    };

    private static readonly Toimenpide[] HenkiloToimenpiteet = [Myonna, Jatka, Sulje, Hyvaksy, Hylkaa, Hae, Peruuta];

    [Theory]
    [MemberData(nameof(Henkilot))]
    public void Henkilon_oikeuksien_toimenpiteet(string tekijanRyhma, string kohderyhma, string[] odotetut)
    {
        Assert.Equal(Kayttooikeusryhma.Kaikki.Count, Henkilot.Count); // every role group has its row
        var tekija = Tekija(Kayttooikeusryhma.Hae(tekijanRyhma));
        var ryhma = Kayttooikeusryhma.Hae(kohderyhma);
        var sarakkeet = new (long? Kohde, string Org)[] { (Kollega, Oma), (Kollega, Lapsi), (Kollega, Vieras), (Kollega, Lakkautettu), (Itse, Oma) };
        var virheet = new List<string>();
        foreach (var (toimenpide, rivi) in HenkiloToimenpiteet.Zip(odotetut))
            for (var i = 0; i < sarakkeet.Length; i++)
            {
                var (kohde, org) = sarakkeet[i];
                var tulos = KayttooikeusSaannot.Virhe(tekija, toimenpide, kohde, ryhma, Puu.Hae(org), Puu, Tanaan);
                if (!Vastaa(rivi[i], tulos)) virheet.Add($"{toimenpide} [{i}] odotettu '{rivi[i]}', tulos: {tulos ?? "sallittu"}");
            }
        Assert.Empty(virheet);
    }

    //                                                   Luo     Vaihda salasana  Poista käytöstä
    //                                                   own child foreign closed
    public static TheoryData<string, string[]> Palvelukayttajat => new()
    {
        { "koski-paakayttaja", ["----", "----", "----"] },
        { "koski-katselija", ["----", "----", "----"] },
        { "koski-katselija-suppea", ["----", "----", "----"] },
        { "koski-katselija-esiopetus", ["----", "----", "----"] },
        { "koski-tallentaja", ["----", "----", "----"] },
        { "koski-tallentaja-esiopetus", ["----", "----", "----"] },
        { "koski-tallentaja-tpo-hankinta", ["----", "----", "----"] },
        { "koski-palvelukayttaja", ["----", "----", "----"] },
        { "opintopolun-vastuukayttaja", ["++-l", "++-l", "++-+"] },
        { "varda-paakayttaja", ["----", "----", "----"] },
        { "oph-paakayttaja", ["+++l", "+++l", "++++"] },
        { "oppijan-tuonti", ["----", "----", "----"] },
    };

    [Theory]
    [MemberData(nameof(Palvelukayttajat))]
    public void Palvelukayttajien_toimenpiteet(string tekijanRyhma, string[] odotetut)
    {
        Assert.Equal(Kayttooikeusryhma.Kaikki.Count, Palvelukayttajat.Count);
        var tekija = Tekija(Kayttooikeusryhma.Hae(tekijanRyhma));
        string[] orgs = [Oma, Lapsi, Vieras, Lakkautettu];
        var virheet = new List<string>();
        foreach (var (toimenpide, rivi) in new[] { LuoPalvelukayttaja, VaihdaSalasana, PoistaKaytosta }.Zip(odotetut))
            for (var i = 0; i < orgs.Length; i++)
            {
                var tulos = KayttooikeusSaannot.Virhe(tekija, toimenpide, null, Kayttooikeusryhma.KoskiPalvelukayttaja,
                    Puu.Hae(orgs[i]), Puu, Tanaan);
                if (!Vastaa(rivi[i], tulos)) virheet.Add($"{toimenpide} [{i}] odotettu '{rivi[i]}', tulos: {tulos ?? "sallittu"}");
            }
        Assert.Empty(virheet);
    }

    // Where each KOSKI group may be granted (docs/DOMAIN.md §1): never at toimipiste level; pääkäyttäjä never at a
    // varhaiskasvatuksen toimipaikka; TPO-hankinta only at oppilaitos level.
    //                                                      koulutustoimija oppilaitos toimipiste vk-toimipaikka
    [Theory]
    [InlineData("koski-paakayttaja", "++--")]
    [InlineData("koski-katselija", "++-+")]
    [InlineData("koski-katselija-suppea", "++-+")]
    [InlineData("koski-katselija-esiopetus", "++-+")]
    [InlineData("koski-tallentaja", "++-+")]
    [InlineData("koski-tallentaja-esiopetus", "++-+")]
    [InlineData("koski-tallentaja-tpo-hankinta", "-+--")]
    [InlineData("oppijan-tuonti", "++--")]
    public void Ryhma_myonnetaan_vain_sallitulle_organisaatiotasolle(string ryhma, string odotettu)
    {
        var oph = Tekija(Kayttooikeusryhma.OphPaakayttaja);
        var tulokset = new[] { Oma, Lapsi, Toimipiste, Paivakoti }
            .Select(org => KayttooikeusSaannot.Virhe(oph, Myonna, Kollega, Kayttooikeusryhma.Hae(ryhma), Puu.Hae(org), Puu, Tanaan) is null ? '+' : '-');
        Assert.Equal(odotettu, new string(tulokset.ToArray()));
    }

    [Fact]
    public void Myontoviite_kertoo_mita_ryhmia_kukin_myontaa_virkailijoille()
    {
        string[] Myonnettavat(Kayttooikeusryhma r) => KayttooikeusHallinta.Myonnettavat(Tekija(r)).Select(g => g.Tunniste).Order().ToArray();
        Assert.Equal(["koski-katselija", "koski-katselija-esiopetus", "koski-katselija-suppea", "koski-tallentaja",
            "koski-tallentaja-esiopetus", "koski-tallentaja-tpo-hankinta", "oppijan-tuonti"], Myonnettavat(Kayttooikeusryhma.KoskiPaakayttaja));
        Assert.Equal(["koski-paakayttaja"], Myonnettavat(Kayttooikeusryhma.OpintopolunVastuukayttaja));
        Assert.Equal(["koski-katselija-esiopetus", "koski-tallentaja-esiopetus"], Myonnettavat(Kayttooikeusryhma.VardaPaakayttaja));
        Assert.Empty(Myonnettavat(Kayttooikeusryhma.KoskiTallentaja));
        Assert.Equal(11, Myonnettavat(Kayttooikeusryhma.OphPaakayttaja).Length); // every group but the service accounts'
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(365, true)]   // today + 1 year (2027-11-20)
    [InlineData(366, false)]
    [InlineData(-1, false)]
    public void Virkailijan_oikeus_on_voimassa_enintaan_vuoden(int paivia, bool sallittu) =>
        Assert.Equal(sallittu, KayttooikeusSaannot.VoimassaoloVirhe(Tanaan.AddDays(paivia), Tanaan) is null);

    [Fact]
    public void Lakkautettuun_organisaatioon_ei_voi_hakea()
    {
        var tekija = Tekija(Kayttooikeusryhma.KoskiKatselija);
        Assert.Equal(KayttooikeusSaannot.Lakkautettu,
            KayttooikeusSaannot.Virhe(tekija, Hae, Itse, Kayttooikeusryhma.KoskiKatselija, Puu.Hae(Lakkautettu), Puu, Tanaan));
        Assert.Null(KayttooikeusSaannot.Virhe(tekija, Hae, Itse, Kayttooikeusryhma.KoskiKatselija, Puu.Hae(Vieras), Puu, Tanaan));
    }

    private static bool Vastaa(char odotettu, string? virhe) => odotettu switch
    {
        '+' => virhe is null,
        'l' => virhe == KayttooikeusSaannot.Lakkautettu,
        's' => virhe == KayttooikeusSaannot.EiOikeuttaOmiin || virhe == KayttooikeusSaannot.EiOmaaAnomusta,
        _ => virhe is not null,
    };
}
