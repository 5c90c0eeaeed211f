using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Syotto;
using Koski.Virkailija.Application.Tiedonsiirto;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Microsoft.EntityFrameworkCore;
using static Koski.Virkailija.Application.Tests.Tiedonsiirto.TiedonsiirtoKanta;

namespace Koski.Virkailija.Application.Tests.Syotto;

/// <summary>The edit form on SQLite: loaded from the stored document, saved losslessly, refused when stale.</summary>
public sealed class OpiskeluoikeudenMuokkausTests
{
    private const string Lisaopetus = "perusopetuksenlisaopetus_2022-08-15.json";
    private static readonly Application.Kayttajat.Kayttaja Tallentaja = Virkailijana(Kayttooikeusryhma.KoskiTallentaja, Normaalikoulu);

    [Fact]
    public async Task Muokkaus_tallentaa_lomakkeen_muutokset_ja_sailyttaa_lomakkeella_nakymattomat_kentat()
    {
        await using var kanta = await LuoAsync("Sqlite");
        var oo = Opiskeluoikeus(Lisaopetus);
        oo["tuntematonKenttä"] = new JsonObject { ["arvo"] = 42 };
        var luotu = await kanta.Syotto.LuoAsync(Tallentaja, Henkilo(Lisaopetus), oo);

        var muokattava = (await kanta.Syotto.MuokkauslomakeAsync(Tallentaja, luotu.OpiskeluoikeusOid))!;
        muokattava.Lomake.OppiaineRivit.Single(o => o.Oppiaine == "AI").Arvosana = "8";
        muokattava.Lomake.Lisatiedot.Add(new() { Kentta = "kuljetusetu", Alku = new DateTime(2008, 8, 15), Loppu = new DateTime(2016, 6, 4) });
        var tulos = await kanta.Syotto.TallennaMuokkausAsync(Tallentaja, muokattava);

        Assert.Equal(2, tulos.Versionumero);
        var tallennettu = await TallennettuAsync(kanta, luotu.OpiskeluoikeusOid);
        Assert.Equal(42, (int)tallennettu["tuntematonKenttä"]!["arvo"]!);
        var aidinkieli = tallennettu["suoritukset"]![0]!["osasuoritukset"]!.AsArray()
            .Single(o => (string?)o!["koulutusmoduuli"]!["tunniste"]!["koodiarvo"] == "AI")!;
        Assert.Equal("8", (string?)aidinkieli["arviointi"]![0]!["arvosana"]!["koodiarvo"]);
        Assert.Equal("AI1", (string?)aidinkieli["koulutusmoduuli"]!["kieli"]!["koodiarvo"]);
        Assert.Equal("2008-08-15", (string?)tallennettu["lisätiedot"]!["kuljetusetu"]!["alku"]);
        Assert.NotNull(tallennettu["lisätiedot"]!["pidennettyOppivelvollisuus"]);
    }

    [Fact]
    public async Task Vanhentunut_lomake_saa_ristiriitaviestin_eika_korvaa_toisen_tallennusta()
    {
        await using var kanta = await LuoAsync("Sqlite");
        var luotu = await kanta.Syotto.LuoAsync(Tallentaja, Henkilo(Lisaopetus), Opiskeluoikeus(Lisaopetus));
        var ensimmainen = (await kanta.Syotto.MuokkauslomakeAsync(Tallentaja, luotu.OpiskeluoikeusOid))!;
        var toinen = (await kanta.Syotto.MuokkauslomakeAsync(Tallentaja, luotu.OpiskeluoikeusOid))!;

        ensimmainen.Lomake.MyontajaNimi = "Ensimmäinen Tallentaja";
        await kanta.Syotto.TallennaMuokkausAsync(Tallentaja, ensimmainen);
        toinen.Lomake.MyontajaNimi = "Toinen Tallentaja";
        var virhe = await Assert.ThrowsAsync<KoskiVirheet>(() => kanta.Syotto.TallennaMuokkausAsync(Tallentaja, toinen));

        Assert.Equal(OpiskeluoikeusSyotto.Ristiriitaviesti, Assert.Single(virhe.Virheet).Viesti);
        Assert.Equal("Toinen Tallentaja", toinen.Lomake.MyontajaNimi);
        var tallennettu = await TallennettuAsync(kanta, luotu.OpiskeluoikeusOid);
        Assert.Equal(2, (int)tallennettu["versionumero"]!);
        Assert.Equal("Ensimmäinen Tallentaja", (string?)tallennettu["suoritukset"]![0]!["vahvistus"]!["myöntäjäHenkilöt"]![0]!["nimi"]);
    }

    [Fact]
    public async Task Vanhasta_versiosta_palautettu_luonnos_saa_ristiriidan_ja_tuore_tallentuu()
    {
        await using var kanta = await LuoAsync("Sqlite");
        var luotu = await kanta.Syotto.LuoAsync(Tallentaja, Henkilo(Lisaopetus), Opiskeluoikeus(Lisaopetus));
        var vanha = (await kanta.Syotto.MuokkauslomakeAsync(Tallentaja, luotu.OpiskeluoikeusOid))!;
        vanha.Lomake.MyontajaNimi = "Luonnoksen Nimi";
        var luonnos = vanha.Lomake.Luonnos();
        await kanta.Syotto.TallennaMuokkausAsync(Tallentaja, (await kanta.Syotto.MuokkauslomakeAsync(Tallentaja, luotu.OpiskeluoikeusOid))!);

        var palautettu = OpiskeluoikeusSyotto.PalautaLuonnos((await kanta.Syotto.MuokkauslomakeAsync(Tallentaja, luotu.OpiskeluoikeusOid))!, luonnos);
        var virhe = await Assert.ThrowsAsync<KoskiVirheet>(() => kanta.Syotto.TallennaMuokkausAsync(Tallentaja, palautettu));
        var tuore = (await kanta.Syotto.MuokkauslomakeAsync(Tallentaja, luotu.OpiskeluoikeusOid))!;
        tuore.Lomake.MyontajaNimi = "Tuore Nimi";
        var tuoreenLuonnos = OpiskeluoikeusSyotto.PalautaLuonnos(tuore, tuore.Lomake.Luonnos());
        var tulos = await kanta.Syotto.TallennaMuokkausAsync(Tallentaja, tuoreenLuonnos);

        Assert.Equal(("Luonnoksen Nimi", 1), (palautettu.Lomake.MyontajaNimi, palautettu.Versionumero));
        Assert.Equal(409, virhe.HttpTila);
        Assert.Equal(3, tulos.Versionumero);
        Assert.Equal("Tuore Nimi", (string?)(await TallennettuAsync(kanta, luotu.OpiskeluoikeusOid))["suoritukset"]![0]!["vahvistus"]!["myöntäjäHenkilöt"]![0]!["nimi"]);
    }

    [Fact]
    public async Task Muokkausnappi_kayttoliittymasta_tulleelle_ja_syy_lahdejarjestelmasta_tulleelle()
    {
        await using var kanta = await LuoAsync("Sqlite");
        var kasin = await kanta.Syotto.LuoAsync(Tallentaja, Henkilo(Lisaopetus), Opiskeluoikeus(Lisaopetus));
        var siirretty = (await kanta.Palvelu.TallennaAsync(Palvelukayttaja(Normaalikoulu), Esimerkki("esiopetusvalmis_2022-09-26.json"))).Opiskeluoikeudet[0].Oid;
        string[] oidit = [kasin.OpiskeluoikeusOid, siirretty];

        var tallentajalle = await kanta.Syotto.MuokattavuudetAsync(Tallentaja, oidit);
        var helsingille = await kanta.Syotto.MuokattavuudetAsync(Virkailijana(Kayttooikeusryhma.KoskiTallentaja, HelsinginKaupunki), oidit);

        Assert.True(tallentajalle[kasin.OpiskeluoikeusOid].Muokattavissa);
        Assert.Equal(new Muokattavuus(false, OpiskeluoikeusSyotto.LahdejarjestelmastaSyy), tallentajalle[siirretty]);
        Assert.Empty(helsingille);
        Assert.Null(await kanta.Syotto.MuokkauslomakeAsync(Tallentaja, siirretty));
    }

    [Fact]
    public async Task Erityisia_henkilotietoja_nakematon_ei_saa_lisatietoja_lomakkeelle_mutta_ne_sailyvat()
    {
        await using var kanta = await LuoAsync("Sqlite");
        var luotu = await kanta.Syotto.LuoAsync(Tallentaja, Henkilo(Lisaopetus), Opiskeluoikeus(Lisaopetus));
        var suppea = Kayttooikeusryhma.KoskiTallentaja with
        {
            Oikeudet = Kayttooikeusryhma.KoskiTallentaja.Oikeudet.Where(o => o != Oikeus.LUOTTAMUKSELLINEN_KAIKKI_TIEDOT).ToHashSet(),
        };
        var ilmanErityisia = Virkailijana(suppea, Normaalikoulu);
        var tallentajalle = (await kanta.Syotto.MuokkauslomakeAsync(Tallentaja, luotu.OpiskeluoikeusOid))!;

        Assert.True(tallentajalle.Lomake.LisatiedotMuokattavissa);
        Assert.True(await kanta.Syotto.ErityisetTiedotSallittuAsync(Tallentaja, SyottoLomake.Lisaopetus, Normaalikoulu));
        Assert.False(await kanta.Syotto.ErityisetTiedotSallittuAsync(ilmanErityisia, SyottoLomake.Lisaopetus, Normaalikoulu));
        Assert.False(await kanta.Syotto.ErityisetTiedotSallittuAsync(Tallentaja, SyottoLomake.Lisaopetus, VarsinaisSuomenKansanopisto));
        Assert.NotEmpty(tallentajalle.Lomake.VanhatTukitiedot());
        var ilman = (await kanta.Syotto.MuokkauslomakeAsync(ilmanErityisia, luotu.OpiskeluoikeusOid))!;
        Assert.False(ilman.Lomake.LisatiedotMuokattavissa);
        Assert.Empty(ilman.Lomake.Lisatiedot);
        Assert.Empty(ilman.Lomake.VanhatTukitiedot());
        await kanta.Syotto.TallennaMuokkausAsync(ilmanErityisia, ilman);
        Assert.NotNull((await TallennettuAsync(kanta, luotu.OpiskeluoikeusOid))["lisätiedot"]!["pidennettyOppivelvollisuus"]);
    }

    [Fact]
    public async Task Lomakkeella_luotu_lisaopetus_ja_TPO_hankintakoulutus_tallentuvat_ja_TPO_hankinnan_tallentaja_muokkaa()
    {
        await using var kanta = await LuoAsync("Sqlite");
        var lisaopetus = new SyottoLomake
        {
            // Perusopetuksen lisäopetus takes no tila after 31.5.2023 (KOSKI).
            Tyyppi = SyottoLomake.Lisaopetus, OppilaitosOid = Normaalikoulu, Jaksot = [new() { Alku = new DateTime(2022, 8, 11) }],
            OppiaineRivit = [new() { Oppiaine = "MA", Arvosana = "8" }],
        };
        var ostaja = Virkailijana(Kayttooikeusryhma.KoskiTallentaja, HelsinginKaupunki);
        var tpo = Virkailijana(Kayttooikeusryhma.KoskiTallentajaTpoHankinta, VarsinaisSuomenKansanopisto);
        var tpoLomake = new SyottoLomake
        {
            Tyyppi = SyottoLomake.Taiteenperusopetus, OppilaitosOid = VarsinaisSuomenKansanopisto, OstajaOid = HelsinginKaupunki,
            Jaksot = [new() { Alku = new DateTime(2025, 8, 11) }],
            Tpo = new() { Oppimaara = "laajaoppimaara", Toteutustapa = SyottoLomake.Hankintakoulutus, Taiteenala = "tanssi", Suoritukset = [new() { Taso = "perusopinnot" }] },
        };

        Assert.Empty(await kanta.Syotto.EsitarkistaAsync(lisaopetus.Dokumentti()));
        var lisa = await kanta.Syotto.LuoAsync(Tallentaja, Henkilo(Lisaopetus), lisaopetus.Dokumentti());
        Assert.Contains(await kanta.Syotto.OstajatAsync(ostaja), o => o.Koodi == HelsinginKaupunki);
        Assert.Contains(await kanta.Syotto.OppilaitoksetAsync(ostaja, SyottoLomake.Taiteenperusopetus, hankinta: true), o => o.Koodi == VarsinaisSuomenKansanopisto);
        var hankinta = await kanta.Syotto.LuoAsync(ostaja, Henkilo(Lisaopetus), tpoLomake.Dokumentti());
        var tpolle = (await kanta.Syotto.MuokkauslomakeAsync(tpo, hankinta.OpiskeluoikeusOid))!;
        // KOSKI completes a laaja oppimäärä only with both opintotasot confirmed, each with its laajuus and osasuoritukset.
        tpolle.Lomake.Jaksot.Add(new() { Alku = new DateTime(2026, 5, 30), Tila = "hyvaksytystisuoritettu" });
        tpolle.Lomake.VahvistusPaiva = new DateTime(2026, 5, 30);
        tpolle.Lomake.VahvistusPaikkakunta = "853";
        var kesken = await Assert.ThrowsAsync<Validointivirheet>(() => kanta.Syotto.TallennaMuokkausAsync(tpo, tpolle));
        Assert.Contains(kesken.Virheet, v => v.Avain == "badRequest.validation.laajuudet.taiteenPerusopetuksenLaajuus"
                                             && v.Polku == "suoritukset[0].koulutusmoduuli.laajuus");
        tpolle = (await kanta.Syotto.MuokkauslomakeAsync(tpo, hankinta.OpiskeluoikeusOid))!;
        tpolle.Lomake.Jaksot.Add(new() { Alku = new DateTime(2026, 5, 30), Tila = "paattynyt" });
        var muokattu = await kanta.Syotto.TallennaMuokkausAsync(tpo, tpolle);

        Assert.Equal("perusopetuksenlisaopetus", (string?)(await TallennettuAsync(kanta, lisa.OpiskeluoikeusOid))["suoritukset"]![0]!["tyyppi"]!["koodiarvo"]);
        Assert.Equal(2, muokattu.Versionumero);
        var tallennettu = await TallennettuAsync(kanta, hankinta.OpiskeluoikeusOid);
        Assert.Equal(HelsinginKaupunki, (string?)tallennettu["koulutustoimija"]!["oid"]);
        Assert.Equal("taiteenperusopetuksenlaajanoppimaaranperusopinnot", (string?)tallennettu["suoritukset"]![0]!["tyyppi"]!["koodiarvo"]);
        Assert.Equal("paattynyt", (string?)tallennettu["tila"]!["opiskeluoikeusjaksot"]![1]!["tila"]!["koodiarvo"]);
        // The TPO-hankinta tallentaja edits but never creates or invalidates.
        Assert.Empty(OpiskeluoikeusSyotto.LuotavatTyypit(tpo));
        Assert.Empty(await kanta.Syotto.MitatoitavatAsync(tpo, [hankinta.OpiskeluoikeusOid]));
        await Assert.ThrowsAsync<KoskiVirheet>(() => kanta.Syotto.MitatoiAsync(tpo, hankinta.OpiskeluoikeusOid, 2));
    }

    [Fact]
    public async Task Ostettu_esiopetus_tallentuu_jarjestamismuodon_kanssa_ja_muokkaus_voi_poistaa_sen()
    {
        await using var kanta = await LuoAsync("Sqlite");
        var lomake = new SyottoLomake
        {
            Tyyppi = SyottoLomake.Esiopetus, OppilaitosOid = Normaalikoulu, Jaksot = [new() { Alku = new DateTime(2025, 8, 11) }],
            Jarjestamismuoto = "JM02",
        };

        var luotu = await kanta.Syotto.LuoAsync(Tallentaja, Henkilo(Lisaopetus), lomake.Dokumentti());
        var tallennettu = await TallennettuAsync(kanta, luotu.OpiskeluoikeusOid);
        var muokattava = (await kanta.Syotto.MuokkauslomakeAsync(Tallentaja, luotu.OpiskeluoikeusOid))!;
        Assert.Equal("JM02", muokattava.Lomake.Jarjestamismuoto);
        muokattava.Lomake.Jarjestamismuoto = null;
        await kanta.Syotto.TallennaMuokkausAsync(Tallentaja, muokattava);

        Assert.Equal(("JM02", "vardajarjestamismuoto"),
            ((string?)tallennettu["järjestämismuoto"]!["koodiarvo"], (string?)tallennettu["järjestämismuoto"]!["koodistoUri"]));
        Assert.NotNull(tallennettu["koulutustoimija"]);
        Assert.Null((await TallennettuAsync(kanta, luotu.OpiskeluoikeusOid))["järjestämismuoto"]);
    }

    private static JsonObject Henkilo(string tiedosto) => Esimerkki(tiedosto, null)["henkilö"]!.AsObject();

    private static JsonObject Opiskeluoikeus(string tiedosto) => Esimerkki(tiedosto, null)["opiskeluoikeudet"]![0]!.AsObject();

    private static async Task<JsonObject> TallennettuAsync(Tiedonsiirto.TiedonsiirtoKanta kanta, string oid)
    {
        await using var db = kanta.Tietokanta.CreateDbContext();
        return JsonNode.Parse((await db.Opiskeluoikeudet.SingleAsync(o => o.Oid == oid)).Json)!.AsObject();
    }
}
