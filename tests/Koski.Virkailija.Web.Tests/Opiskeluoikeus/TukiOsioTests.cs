using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bunit;
using Koski.Virkailija.Application.Oppijat;
using Koski.Virkailija.Application.Syotto;
using Koski.Virkailija.Domain.Validointi;
using Koski.Virkailija.Web.Components.Pages.Opiskeluoikeudet;
using Koski.Virkailija.Web.Components.Shared.Opiskeluoikeus;

namespace Koski.Virkailija.Web.Tests.Opiskeluoikeus;

/// <summary>
/// Issue 17, support model (bUnit): the form's support section only for a user with the special-category right, with
/// exactly the type's fields, the earlier model read-only with a refusal's KOSKI key beside it; the study-right view
/// labels both models.
/// </summary>
public sealed class TukiOsioTests : BunitTestit
{
    private static JsonArray Jaksot(string alku, string? loppu) =>
        new(loppu is null ? new JsonObject { ["alku"] = alku } : new JsonObject { ["alku"] = alku, ["loppu"] = loppu });

    private static JsonObject Dokumentti(string tyyppi, JsonObject lisatiedot) => new()
    {
        ["tyyppi"] = new JsonObject { ["koodiarvo"] = tyyppi, ["koodistoUri"] = "opiskeluoikeudentyyppi" },
        ["tila"] = new JsonObject { ["opiskeluoikeusjaksot"] = new JsonArray(new JsonObject { ["alku"] = "2019-08-15", ["tila"] = new JsonObject { ["koodiarvo"] = "lasna" } }) },
        ["lisätiedot"] = lisatiedot,
        ["suoritukset"] = new JsonArray(),
    };

    private static JsonObject Molemmat() => new()
    {
        ["tuenPäätöksenJaksot"] = Jaksot("2025-08-11", null),
        ["pidennettyOppivelvollisuus"] = new JsonObject { ["alku"] = "2019-08-15", ["loppu"] = "2027-06-01" },
        ["vammainen"] = Jaksot("2019-08-15", "2024-10-18"),
        ["koulukoti"] = Jaksot("2022-09-01", "2023-09-01"),
    };

    private string Osio(SyottoLomake lomake, IReadOnlyList<ValidointiVirhe>? virheet = null) =>
        WebUtility.HtmlDecode(Bunit.Render<TukiOsio>(p => p.Add(o => o.Lomake, lomake).Add(o => o.Virheet, virheet ?? [])).Markup);

    [Theory]
    [InlineData(SyottoLomake.Perusopetus)]
    [InlineData(SyottoLomake.Esiopetus)]
    [InlineData(SyottoLomake.Lisaopetus)]
    public void Tukiosio_on_lomakkeella_vain_erityisten_tietojen_oikeudella(string tyyppi)
    {
        Assert.Contains(typeof(TukiOsio), Lomakeosiot.Yhteiset(new SyottoLomake { Tyyppi = tyyppi, LisatiedotMuokattavissa = true }));
        Assert.DoesNotContain(typeof(TukiOsio), Lomakeosiot.Yhteiset(new SyottoLomake { Tyyppi = tyyppi, LisatiedotMuokattavissa = false }));
        Assert.DoesNotContain(typeof(TukiOsio), Lomakeosiot.Yhteiset(new SyottoLomake { Tyyppi = SyottoLomake.Taiteenperusopetus }));
    }

    [Fact]
    public void Perusopetuksen_osio_muokkaa_neljaa_tukikenttaa_ja_nayttaa_aiemman_mallin_vain_luettavana_virheavaimineen()
    {
        var lomake = SyottoLomake.Lue(Dokumentti(SyottoLomake.Perusopetus, Molemmat()));
        var virhe = new ValidointiVirhe("badRequest.validation.date.pidennettyOppivelvollisuus", "Pidennetyn oppivelvollisuuden jakso ei voi jatkua.",
            "lisätiedot.pidennettyOppivelvollisuus.loppu");

        var html = Osio(lomake, [virhe]);

        foreach (var otsikko in new[] { "Tuen päätöksen jaksot", "Opetuksen järjestäminen vamman, sairauden tai rajoitteen perusteella",
                     "Toiminta-alueittain opiskelu", "Tavoitekokonaisuuksittain opiskelu" })
            Assert.Contains($">{otsikko}</legend>", html);
        Assert.DoesNotContain("Varhennetun oppivelvollisuuden jaksot", html);
        Assert.Contains("id=\"tuki-tuenPäätöksenJaksot-0-alku\"", html);
        Assert.Contains("ei enää syötetä", html);
        // The earlier model is text, not inputs; its refusal beside it with KOSKI's key.
        var osio = Bunit.Render<TukiOsio>(p => p.Add(o => o.Lomake, lomake).Add(o => o.Virheet, [virhe]));
        var vanha = osio.Find("[data-testid='tuki-vanha']");
        Assert.Empty(vanha.QuerySelectorAll("input"));
        var pidennetty = osio.Find("dd[data-polku='lisätiedot.pidennettyOppivelvollisuus']");
        Assert.Contains("15.8.2019 – 1.6.2027", pidennetty.TextContent);
        Assert.Contains("badRequest.validation.date.pidennettyOppivelvollisuus", pidennetty.QuerySelector("[role=alert]")!.TextContent);
        Assert.Contains("Vammainen (muu kuin vaikeimmin kehitysvammainen)", vanha.TextContent);
        Assert.DoesNotContain("Koulukoti", html);
    }

    [Fact]
    public void Rajapaivan_yli_jatkuvan_aiemman_jakson_voi_paattaa_viimeiseen_kayttopaivaan()
    {
        var lomake = SyottoLomake.Lue(Dokumentti(SyottoLomake.Perusopetus, Molemmat()));
        var osio = Bunit.Render<TukiOsio>(p => p.Add(o => o.Lomake, lomake).Add(o => o.Virheet, []));

        // Only the period that runs past 31.8.2026 offers it; the vammainen period ended in 2024.
        var napit = osio.FindAll("button").Where(b => b.TextContent.Contains("Päätä jakso 31.8.2026", StringComparison.Ordinal)).ToList();
        Assert.Single(napit);
        napit[0].Click();

        Assert.Contains("15.8.2019 – 31.8.2026", osio.Find("dd[data-polku='lisätiedot.pidennettyOppivelvollisuus']").TextContent);
        Assert.Equal("2026-08-31", (string?)lomake.Dokumentti()["lisätiedot"]!["pidennettyOppivelvollisuus"]!["loppu"]);
        Assert.DoesNotContain(osio.FindAll("button"), b => b.TextContent.Contains("Päätä jakso", StringComparison.Ordinal));
    }

    [Fact]
    public void Esiopetuksen_osio_ruotsiksi_on_esiopetuksen_kentin()
    {
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("sv-FI");
        var lomake = SyottoLomake.Lue(Dokumentti(SyottoLomake.Esiopetus, Molemmat()));

        var html = Osio(lomake);

        Assert.Contains(">Perioder för beslut om stöd</legend>", html);
        Assert.Contains(">Perioder av tidigarelagd läroplikt</legend>", html);
        Assert.DoesNotContain("målhelheter", html);
        Assert.Contains("Förlängd läroplikt", html);
        Assert.DoesNotContain("Tuen päätöksen", html);
    }

    [Fact]
    public void Nakyma_nimeaa_uuden_ja_aiemman_mallin_eika_nayta_kumpaakaan_ilman_tukitietoja()
    {
        var nimet = new Koodinimet(new Dictionary<string, string>(), new Dictionary<string, string>());
        string Nakyma(JsonObject lisatiedot) => WebUtility.HtmlDecode(Bunit.Render<LisatiedotNakyma>(p => p
            .Add(n => n.Lisatiedot, JsonSerializer.SerializeToElement(lisatiedot)).Add(n => n.Koodinimet, nimet)).Markup);

        var molemmat = Nakyma(Molemmat());
        var uusi = molemmat.IndexOf("Oppimisen tuki (1.8.2025 alkaen)", StringComparison.Ordinal);
        var vanha = molemmat.IndexOf("Aiempi tukimalli (ennen 1.8.2025)", StringComparison.Ordinal);
        Assert.True(uusi >= 0 && vanha > uusi, molemmat);
        Assert.Contains(">Tuen päätöksen jaksot</dt>", molemmat);
        Assert.Contains("11.8.2025 – ", molemmat);
        Assert.Contains(">Pidennetty oppivelvollisuus</dt>", molemmat);
        Assert.Contains("15.8.2019 – 1.6.2027", molemmat);
        Assert.Contains("Koulukoti", molemmat);

        // As the application layer hands it to a user without the right: the support fields removed.
        var ilman = Nakyma(new JsonObject { ["koulukoti"] = Jaksot("2022-09-01", "2023-09-01") });
        Assert.DoesNotContain("Oppimisen tuki", ilman);
        Assert.DoesNotContain("Aiempi tukimalli", ilman);
        Assert.Contains("Koulukoti", ilman);
    }
}
