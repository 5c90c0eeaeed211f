using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bunit;
using Koski.Virkailija.Application.Oppijat;
using Koski.Virkailija.Web.Components.Shared.Opiskeluoikeus;
using Microsoft.AspNetCore.Components.Web;

namespace Koski.Virkailija.Web.Tests.Opiskeluoikeus;

/// <summary>
/// Issue 16 finding 3: a study right entered in the form (codes without names) reads with the code lists' names in
/// the UI language, grades as numbers, the toimipiste by name; its päätason suoritukset on tabs (bUnit, no browser).
/// </summary>
public sealed class OpiskeluoikeusNakymaTests : BunitTestit
{
    private const string Normaalikoulu = "1.2.246.562.10.14613773812";
    private static JsonObject Koodi(string uri, string arvo) => new() { ["koodiarvo"] = arvo, ["koodistoUri"] = uri };

    /// <summary>As the form stores it: codes only, the toimipiste by OID, a numeric grade.</summary>
    private static JsonObject KasinSyotetty() => new()
    {
        ["tyyppi"] = Koodi("opiskeluoikeudentyyppi", "perusopetus"),
        ["oppilaitos"] = new JsonObject { ["oid"] = Normaalikoulu },
        ["tila"] = new JsonObject { ["opiskeluoikeusjaksot"] = new JsonArray(new JsonObject { ["alku"] = "2024-08-08", ["tila"] = Koodi("koskiopiskeluoikeudentila", "lasna") }) },
        ["suoritukset"] = new JsonArray(
            new JsonObject
            {
                ["tyyppi"] = Koodi("suorituksentyyppi", "perusopetuksenoppimaara"),
                ["koulutusmoduuli"] = new JsonObject { ["tunniste"] = Koodi("koulutus", "201101") },
                ["toimipiste"] = new JsonObject { ["oid"] = Normaalikoulu },
                ["suorituskieli"] = Koodi("kieli", "FI"),
                ["osasuoritukset"] = new JsonArray(new JsonObject
                {
                    ["koulutusmoduuli"] = new JsonObject { ["tunniste"] = Koodi("koskioppiaineetyleissivistava", "MA") },
                    ["arviointi"] = new JsonArray(new JsonObject { ["arvosana"] = Koodi("arviointiasteikkoyleissivistava", "8") }),
                }),
            },
            new JsonObject
            {
                ["tyyppi"] = Koodi("suorituksentyyppi", "perusopetuksenvuosiluokka"),
                ["koulutusmoduuli"] = new JsonObject { ["tunniste"] = Koodi("perusopetuksenluokkaaste", "9") },
                ["toimipiste"] = new JsonObject { ["oid"] = Normaalikoulu },
                ["suorituskieli"] = Koodi("kieli", "FI"),
            }),
    };

    private static readonly Koodinimet Nimet = new(
        new Dictionary<string, string>
        {
            ["opiskeluoikeudentyyppi/perusopetus"] = "Perusopetus", ["koulutus/201101"] = "Perusopetus (koulutus)",
            ["kieli/FI"] = "suomi", ["arviointiasteikkoyleissivistava/8"] = "hyvä", ["koskioppiaineetyleissivistava/MA"] = "Matematiikka",
            ["koskiopiskeluoikeudentila/lasna"] = "Läsnä", ["perusopetuksenluokkaaste/9"] = "9. vuosiluokka",
        },
        new Dictionary<string, string>
        {
            ["opiskeluoikeudentyyppi/perusopetus"] = "Grundläggande utbildning", ["kieli/FI"] = "finska",
            ["koskioppiaineetyleissivistava/MA"] = "Matematik", ["koskiopiskeluoikeudentila/lasna"] = "Närvarande",
        });

    private string Nakyma(string kulttuuri)
    {
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(kulttuuri);
        var oo = new NaytettavaOpiskeluoikeus("1.2.246.562.15.00000000001", 1, DateTimeOffset.Parse("2024-08-08T10:00:00Z", CultureInfo.InvariantCulture),
            "perusopetus", Normaalikoulu, "Jyväskylän normaalikoulu", null, new DateOnly(2024, 8, 8), null, "lasna", null, true, JsonSerializer.SerializeToElement(KasinSyotetty()));
        var nakyma = Bunit.Render<OpiskeluoikeusNakyma>(p => p.Add(n => n.Opiskeluoikeus, oo).Add(n => n.Koodinimet, Nimet));
        return WebUtility.HtmlDecode(nakyma.Markup);
    }

    [Fact]
    public void Kasin_syotetty_nayttaa_nimet_eika_koodeja()
    {
        var html = Nakyma("fi-FI");

        Assert.Contains("Perusopetus (koulutus)", html);
        Assert.DoesNotContain("201101", html);
        Assert.Contains("suomi", html);
        Assert.DoesNotContain(">FI<", html);
        // A numeric grade as the number, as KOSKI shows it; not its name.
        Assert.Matches(@"<td[^>]*>8</td>", html);
        Assert.DoesNotContain("hyvä", html);
        // The toimipiste given by OID reads as the oppilaitos, not as "Opiskeluoikeuden tunniste" with an OID.
        Assert.Equal(1, CountOf(html, "Opiskeluoikeuden tunniste"));
        Assert.Matches(@"<dd[^>]*><span[^>]*>Jyväskylän normaalikoulu</span></dd>", html);
    }

    [Fact]
    public void Paatason_suoritukset_ovat_valilehdilla()
    {
        var html = Nakyma("fi-FI");

        Assert.Contains("role=\"tablist\"", html);
        Assert.Equal(2, CountOf(html, "role=\"tab\""));
    }

    [Fact]
    public void Valilehti_vaihtuu_nuolinappaimilla_ja_napsautuksella_ja_vain_valittu_piirretaan()
    {
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fi-FI");
        var oo = new NaytettavaOpiskeluoikeus("1.2.246.562.15.00000000001", 1, DateTimeOffset.Parse("2024-08-08T10:00:00Z", CultureInfo.InvariantCulture),
            "perusopetus", Normaalikoulu, "Jyväskylän normaalikoulu", null, new DateOnly(2024, 8, 8), null, "lasna", null, true,
            JsonSerializer.SerializeToElement(KasinSyotetty()));
        var nakyma = Bunit.Render<OpiskeluoikeusNakyma>(p => p.Add(n => n.Opiskeluoikeus, oo).Add(n => n.Koodinimet, Nimet));
        string[] Valinnat() => nakyma.FindAll("[role=tab]").Select(t => t.GetAttribute("aria-selected")!).ToArray();
        string Paneeli() => nakyma.Find("[role=tabpanel]").TextContent;

        // The first is chosen and the only one in the tab order (an ASCII "-1": a Finnish culture writes a number's minus
        // as U+2212, which a browser does not read); its panel names it; the other suoritus is not rendered.
        Assert.Equal(["true", "false"], Valinnat());
        Assert.Equal(["0", "-1"], nakyma.FindAll("[role=tab]").Select(t => t.GetAttribute("tabindex")!));
        Assert.Equal(nakyma.FindAll("[role=tab]")[0].Id, nakyma.Find("[role=tabpanel]").GetAttribute("aria-labelledby"));
        Assert.Contains("Matematiikka", Paneeli());
        Assert.Single(nakyma.FindAll("[role=tabpanel] section.suoritus"));

        nakyma.FindAll("[role=tab]")[0].KeyDown(new KeyboardEventArgs { Key = "ArrowRight" });
        Assert.Equal(["false", "true"], Valinnat());
        Assert.DoesNotContain("Matematiikka", Paneeli());
        Assert.Equal(nakyma.FindAll("[role=tab]")[1].Id, nakyma.Find("[role=tabpanel]").GetAttribute("aria-labelledby"));

        // Round from the last to the first; a click chooses too; other keys change nothing.
        nakyma.FindAll("[role=tab]")[1].KeyDown(new KeyboardEventArgs { Key = "ArrowRight" });
        Assert.Equal(["true", "false"], Valinnat());
        nakyma.FindAll("[role=tab]")[0].KeyDown(new KeyboardEventArgs { Key = "ArrowLeft" });
        Assert.Equal(["false", "true"], Valinnat());
        nakyma.FindAll("[role=tab]")[1].KeyDown(new KeyboardEventArgs { Key = "a" });
        Assert.Equal(["false", "true"], Valinnat());
        nakyma.FindAll("[role=tab]")[0].Click();
        Assert.Equal(["true", "false"], Valinnat());
        Assert.Contains("Matematiikka", Paneeli());
    }

    [Fact]
    public void Ruotsiksi_koodien_nimet_ja_otsikot_ovat_ruotsiksi()
    {
        var html = Nakyma("sv-FI");

        Assert.Contains("Grundläggande utbildning – Jyväskylän normaalikoulu", html);
        Assert.Contains("finska", html);
        Assert.Contains("Närvarande", html);
        Assert.Contains("Statushistorik", html);
        Assert.DoesNotContain("Tilahistoria", html);
    }

    private static int CountOf(string teksti, string osa) => (teksti.Length - teksti.Replace(osa, "", StringComparison.Ordinal).Length) / osa.Length;
}
