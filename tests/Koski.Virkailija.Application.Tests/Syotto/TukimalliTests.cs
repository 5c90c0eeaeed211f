using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Syotto;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Validointi;
using Microsoft.EntityFrameworkCore;
using static Koski.Virkailija.Application.Tests.Tiedonsiirto.TiedonsiirtoKanta;

namespace Koski.Virkailija.Application.Tests.Syotto;

/// <summary>
/// Issue 17, support model: the form reads and writes the periods of the 2025 reform, gives a KOSKI example holding
/// them back unchanged, keeps the earlier model read-only and unchanged, and a user without the special-category
/// right neither gets nor wipes them.
/// </summary>
public sealed class TukimalliTests
{
    private const string Paattotodistus = "perusopetuksenoppimaara-paattotodistus_2025-03-20.json";
    private const string Ysiluokkalainen = "perusopetuksenoppimaara-ysiluokkalainen_2025-03-20.json";
    private const string ToimintaAlueittain = "perusopetuksenoppimaara-toiminta-alueittainopiskelija_2024-10-18.json";
    private const string Esiopetus = "esiopetusvalmis_2022-09-26.json";

    private static JsonObject Opiskeluoikeus(string tiedosto) => Esimerkki(tiedosto, null)["opiskeluoikeudet"]![0]!.AsObject();

    private static JsonArray Jaksot(params (string? Alku, string? Loppu)[] jaksot) => new([.. jaksot.Select(j =>
    {
        var jakso = new JsonObject();
        if (j.Alku is not null) jakso["alku"] = j.Alku;
        if (j.Loppu is not null) jakso["loppu"] = j.Loppu;
        return (JsonNode)jakso;
    })]);

    /// <summary>KOSKI's päättötodistus example with the new lisätiedot of its PerusopetusExampleData.päättötodistusOpiskeluoikeusUusillaLisätiedoilla (and a tavoitekokonaisuuksittain period).</summary>
    private static JsonObject PerusopetusUusillaTiedoilla()
    {
        var oo = Opiskeluoikeus(Paattotodistus);
        oo["lisätiedot"] = new JsonObject
        {
            ["opetuksenJärjestäminenVammanSairaudenTaiRajoitteenPerusteella"] = Jaksot(("2027-01-02", "2027-06-04")),
            ["toimintaAlueittainOpiskelu"] = Jaksot(("2026-08-01", "2027-01-01")),
            ["tuenPäätöksenJaksot"] = Jaksot(("2026-08-01", "2027-06-04")),
            ["tavoitekokonaisuuksittainOpiskelu"] = Jaksot(("2027-01-02", null)),
        };
        return oo;
    }

    /// <summary>KOSKI's esiopetus example with its ExamplesEsiopetus.lisätiedot new fields; a Tukijakso may lack its alku.</summary>
    private static JsonObject EsiopetusUusillaTiedoilla()
    {
        var oo = Opiskeluoikeus(Esiopetus);
        var lisatiedot = oo["lisätiedot"]!.AsObject();
        lisatiedot["tuenPäätöksenJaksot"] = Jaksot(("2027-06-05", "2027-12-31"), (null, "2028-05-31"));
        lisatiedot["varhennetunOppivelvollisuudenJaksot"] = Jaksot(("2027-07-05", "2027-12-31"));
        return oo;
    }

    public static TheoryData<string> Uudet() => new("perusopetus", "esiopetus");

    private static JsonObject Uusi(string tyyppi) => tyyppi == "perusopetus" ? PerusopetusUusillaTiedoilla() : EsiopetusUusillaTiedoilla();

    [Theory]
    [MemberData(nameof(Uudet))]
    public void Muuttamaton_lomake_antaa_uudet_tukitiedot_takaisin_samana_jsonina(string tyyppi)
    {
        var dokumentti = Uusi(tyyppi);

        var tallennettava = SyottoLomake.Lue(dokumentti).Dokumentti();

        Assert.Equal(dokumentti.ToJsonString(), tallennettava.ToJsonString());
    }

    [Fact]
    public void Lomake_lukee_kunkin_tyypin_tukijaksot_eika_vanhoja_muokattaviksi()
    {
        var perusopetus = SyottoLomake.Lue(PerusopetusUusillaTiedoilla());
        var esiopetus = SyottoLomake.Lue(EsiopetusUusillaTiedoilla());

        Assert.Equal(
            [("tuenPäätöksenJaksot", "2026-08-01", "2027-06-04"),
             ("opetuksenJärjestäminenVammanSairaudenTaiRajoitteenPerusteella", "2027-01-02", "2027-06-04"),
             ("toimintaAlueittainOpiskelu", "2026-08-01", "2027-01-01"), ("tavoitekokonaisuuksittainOpiskelu", "2027-01-02", "")],
            perusopetus.Tukijaksot.Select(r => (r.Kentta, Paiva(r.Alku), Paiva(r.Loppu))));
        Assert.Empty(perusopetus.Lisatiedot);
        Assert.Equal(
            [("tuenPäätöksenJaksot", "2027-06-05", "2027-12-31"), ("tuenPäätöksenJaksot", "", "2028-05-31"),
             ("varhennetunOppivelvollisuudenJaksot", "2027-07-05", "2027-12-31")],
            esiopetus.Tukijaksot.Select(r => (r.Kentta, Paiva(r.Alku), Paiva(r.Loppu))));
        // The esiopetus example's earlier model: read-only, not among the rows the form edits.
        Assert.DoesNotContain(esiopetus.Lisatiedot, r => Lisatietokentat.Vanhat.Any(v => v.Nimi == r.Kentta));
        Assert.Equal(["koulukoti", "kuljetusetu", "majoitusetu", "sisäoppilaitosmainenMajoitus"], esiopetus.Lisatiedot.Select(r => r.Kentta).Order());
        Assert.Equal("lisätiedot.tuenPäätöksenJaksot[1]", esiopetus.Tukipolku(esiopetus.Tukijaksot[1]));
    }

    [Fact]
    public void Muokattu_tukijakso_lisatty_ja_poistettu_kirjoitetaan_ja_muu_sailyy()
    {
        var dokumentti = PerusopetusUusillaTiedoilla();
        dokumentti["lisätiedot"]!["tuntematonKenttä"] = "säilyy";
        var lomake = SyottoLomake.Lue(dokumentti);

        lomake.Tukijaksot[0].Loppu = new DateTime(2027, 5, 31);
        lomake.Tukijaksot.Add(new() { Kentta = Lisatietokentat.TuenPaatoksenJaksot, Alku = new DateTime(2027, 8, 11) });
        lomake.Tukijaksot.RemoveAll(r => r.Kentta == Lisatietokentat.ToimintaAlueittainOpiskelu);
        var lisatiedot = lomake.Dokumentti()["lisätiedot"]!.AsObject();

        Assert.Equal("""[{"alku":"2026-08-01","loppu":"2027-05-31"},{"alku":"2027-08-11"}]""", lisatiedot["tuenPäätöksenJaksot"]!.ToJsonString());
        Assert.False(lisatiedot.ContainsKey("toimintaAlueittainOpiskelu"));
        Assert.Equal("säilyy", (string?)lisatiedot["tuntematonKenttä"]);
        Assert.True(JsonNode.DeepEquals(dokumentti["lisätiedot"]!["opetuksenJärjestäminenVammanSairaudenTaiRajoitteenPerusteella"],
            lisatiedot["opetuksenJärjestäminenVammanSairaudenTaiRajoitteenPerusteella"]));
    }

    [Fact]
    public void Uudella_lomakkeella_kirjoitetaan_vain_tyypin_omat_tukikentat_ja_vain_oikeudella()
    {
        SyottoLomake Lomake(string tyyppi, bool oikeus) => new()
        {
            Tyyppi = tyyppi, OppilaitosOid = Normaalikoulu, Jaksot = [new() { Alku = new DateTime(2025, 8, 11) }],
            LisatiedotMuokattavissa = oikeus,
            Tukijaksot =
            [
                new() { Kentta = Lisatietokentat.TuenPaatoksenJaksot, Alku = new DateTime(2025, 8, 11) },
                new() { Kentta = Lisatietokentat.OpetuksenJarjestaminen, Alku = new DateTime(2025, 8, 11) },
            ],
        };

        Assert.Equal(["tuenPäätöksenJaksot", "opetuksenJärjestäminenVammanSairaudenTaiRajoitteenPerusteella"],
            Lomake(SyottoLomake.Perusopetus, true).Dokumentti()["lisätiedot"]!.AsObject().Select(p => p.Key));
        // Esiopetus has no opetuksen järjestäminen field: its row is not written.
        Assert.Equal(["tuenPäätöksenJaksot"], Lomake(SyottoLomake.Esiopetus, true).Dokumentti()["lisätiedot"]!.AsObject().Select(p => p.Key));
        Assert.Null(Lomake(SyottoLomake.Perusopetus, false).Dokumentti()["lisätiedot"]);
    }

    [Fact]
    public void Aiempi_malli_naytetaan_vain_luettavana_ja_sailyy_kun_muuta_muokataan()
    {
        var dokumentti = Opiskeluoikeus(ToimintaAlueittain);
        var lomake = SyottoLomake.Lue(dokumentti);

        Assert.Equal(
            ["lisätiedot.pidennettyOppivelvollisuus", "lisätiedot.erityisenTuenPäätös", "lisätiedot.erityisenTuenPäätökset[0]",
             "lisätiedot.vammainen[0]", "lisätiedot.vaikeastiVammainen[0]"],
            lomake.VanhatTukitiedot().Select(v => v.Polku));
        Assert.Equal(("2019-08-15", "2024-10-18"), (Paiva(lomake.VanhatTukitiedot()[0].Alku), Paiva(lomake.VanhatTukitiedot()[0].Loppu)));
        Assert.DoesNotContain(lomake.Lisatiedot, r => Lisatietokentat.Vanhat.Any(v => v.Nimi == r.Kentta));

        lomake.Lisatiedot.RemoveAll(r => r.Kentta == "koulukoti");
        lomake.Tukijaksot.Add(new() { Kentta = Lisatietokentat.TuenPaatoksenJaksot, Alku = new DateTime(2024, 8, 1) });
        var lisatiedot = lomake.Dokumentti()["lisätiedot"]!.AsObject();

        Assert.False(lisatiedot.ContainsKey("koulukoti"));
        foreach (var vanha in Lisatietokentat.Vanhat)
            Assert.True(JsonNode.DeepEquals(dokumentti["lisätiedot"]![vanha.Nimi], lisatiedot[vanha.Nimi]), vanha.Nimi);
        Assert.Empty(new SyottoLomake { Tyyppi = SyottoLomake.Perusopetus }.VanhatTukitiedot());
    }

    [Fact]
    public async Task Ilman_erityisten_tietojen_oikeutta_tukijaksot_eivat_tule_lomakkeelle_eika_tallennus_poista_niita()
    {
        await using var kanta = await LuoAsync("Sqlite");
        var tallentaja = Virkailijana(Kayttooikeusryhma.KoskiTallentaja, Normaalikoulu);
        var ilmanErityisia = Virkailijana(Kayttooikeusryhma.KoskiTallentaja with
        {
            Oikeudet = Kayttooikeusryhma.KoskiTallentaja.Oikeudet.Where(o => o != Oikeus.LUOTTAMUKSELLINEN_KAIKKI_TIEDOT).ToHashSet(),
        }, Normaalikoulu);
        var luotu = await kanta.Syotto.LuoAsync(tallentaja, Esimerkki(Ysiluokkalainen, null)["henkilö"]!.AsObject(), Opiskeluoikeus(Ysiluokkalainen));

        // With the right: a period entered on the form is stored.
        var oikeudella = (await kanta.Syotto.MuokkauslomakeAsync(tallentaja, luotu.OpiskeluoikeusOid))!;
        Assert.True(oikeudella.Lomake.LisatiedotMuokattavissa);
        oikeudella.Lomake.Tukijaksot.Add(new() { Kentta = Lisatietokentat.TuenPaatoksenJaksot, Alku = new DateTime(2025, 8, 11) });
        await kanta.Syotto.TallennaMuokkausAsync(tallentaja, oikeudella);
        var tallennettu = await LisatiedotAsync(kanta, luotu.OpiskeluoikeusOid);
        Assert.Equal("""[{"alku":"2025-08-11"}]""", tallennettu!["tuenPäätöksenJaksot"]!.ToJsonString());

        // Without: nothing of it on the form, its document or its draft; a save of other changes keeps it.
        var ilman = (await kanta.Syotto.MuokkauslomakeAsync(ilmanErityisia, luotu.OpiskeluoikeusOid))!;
        Assert.False(ilman.Lomake.LisatiedotMuokattavissa);
        Assert.Empty(ilman.Lomake.Tukijaksot);
        Assert.Empty(ilman.Lomake.VanhatTukitiedot());
        Assert.Null(ilman.Lomake.Dokumentti()["lisätiedot"]?["tuenPäätöksenJaksot"]);
        Assert.Null(ilman.Lomake.Luonnos()["lisätiedot"]);
        ilman.Lomake.Jaksot[0].Alku = ilman.Lomake.Jaksot[0].Alku!.Value.AddDays(-1);
        await kanta.Syotto.TallennaMuokkausAsync(ilmanErityisia, ilman);

        Assert.True(JsonNode.DeepEquals(tallennettu, await LisatiedotAsync(kanta, luotu.OpiskeluoikeusOid)));
    }

    [Fact]
    public async Task Aiemman_mallin_jakso_rajapaivan_yli_hylataan_KOSKIn_avaimella_sen_omalla_polulla()
    {
        await using var kanta = await LuoAsync("Sqlite");
        var oo = Opiskeluoikeus(Ysiluokkalainen);
        // As stored before the reform's last day: a still open study right whose pidennetty oppivelvollisuus runs on,
        // with the vammaisuusjakso and erityisen tuen päätös KOSKI wants under it.
        JsonObject Jakso() => new() { ["alku"] = "2020-08-12", ["loppu"] = "2027-06-01" };
        oo["lisätiedot"] = new JsonObject
        {
            ["pidennettyOppivelvollisuus"] = Jakso(), ["vammainen"] = new JsonArray(Jakso()), ["erityisenTuenPäätökset"] = new JsonArray(Jakso()),
        };
        var lomake = SyottoLomake.Lue(oo);

        var virheet = await kanta.Syotto.EsitarkistaAsync(lomake.Dokumentti());

        var vanhat = lomake.VanhatTukitiedot();
        Assert.Equal(["lisätiedot.erityisenTuenPäätökset[0]", "lisätiedot.pidennettyOppivelvollisuus", "lisätiedot.vammainen[0]"],
            vanhat.Select(v => v.Polku).Order(StringComparer.Ordinal).ToArray());
        var pidennys = Assert.Single(virheet, v => v.Polku.StartsWith("lisätiedot.pidennettyOppivelvollisuus", StringComparison.Ordinal));
        Assert.Equal(("badRequest.validation.date.pidennettyOppivelvollisuus", "lisätiedot.pidennettyOppivelvollisuus.loppu"), (pidennys.Avain, pidennys.Polku));
        Assert.Contains(virheet, v => (v.Avain, v.Polku) == ("badRequest.validation.date.vammaisuusjakso", "lisätiedot.vammainen[0].loppu"));

        // The way out the form offers: end the periods on the reform's last day of use; then nothing else changes.
        foreach (var vanha in vanhat) lomake.PaataVanhaJakso(vanha.Polku, new Rajapaivat().PidennetynOppivelvollisuudenViimeinenKayttopaiva);
        Assert.All(lomake.VanhatTukitiedot(), v => Assert.Equal(new DateTime(2026, 8, 31), v.Loppu));
        var paatetty = lomake.Dokumentti();
        Assert.Equal("""{"alku":"2020-08-12","loppu":"2026-08-31"}""", paatetty["lisätiedot"]!["pidennettyOppivelvollisuus"]!.ToJsonString());
        Assert.DoesNotContain(await kanta.Syotto.EsitarkistaAsync(paatetty), v => v.Polku.StartsWith("lisätiedot.", StringComparison.Ordinal));
    }

    private static async Task<JsonObject?> LisatiedotAsync(Tiedonsiirto.TiedonsiirtoKanta kanta, string oid)
    {
        await using var db = kanta.Tietokanta.CreateDbContext();
        return JsonNode.Parse((await db.Opiskeluoikeudet.SingleAsync(o => o.Oid == oid)).Json)!["lisätiedot"] as JsonObject;
    }

    private static string Paiva(DateTime? paiva) => paiva?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
