using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bunit;
using Koski.Virkailija.Application.Oppijat;
using Koski.Virkailija.Testaus;
using Koski.Virkailija.Web.Components.Shared.Opiskeluoikeus;

namespace Koski.Virkailija.Web.Tests.Opiskeluoikeus;

/// <summary>
/// Aikuisten perusopetus and perusopetukseen valmistava opetus on the learner page have views of their own, with the
/// names KOSKI's UI uses (oppiaineet with their kurssit; oppiaineet with opetuksen sisältö and sanallinen arviointi),
/// not the generic walk of the JSON (bUnit, KOSKI's example documents).
/// </summary>
public sealed class AikuistenJaValmistavanNakymaTests : BunitTestit
{
    private static readonly Koodinimet Nimet = new(
        new Dictionary<string, string>
        {
            ["suorituksentyyppi/aikuistenperusopetuksenoppimaara"] = "Aikuisten perusopetuksen oppimäärä",
            ["aikuistenperusopetuksenalkuvaiheenkurssit2017/LÄI1"] = "Kirjoitustaitojen harjoittelu",
        },
        new Dictionary<string, string> { ["suorituksentyyppi/aikuistenperusopetuksenoppimaara"] = "Lärokurs i grundläggande utbildning för vuxna" });

    private string Nakyma(string tiedosto, string kulttuuri = "fi-FI") => Html(Renderoi(tiedosto, kulttuuri));

    private static string Html(IRenderedComponent<OpiskeluoikeusNakyma> nakyma) => WebUtility.HtmlDecode(nakyma.Markup);

    private IRenderedComponent<OpiskeluoikeusNakyma> Renderoi(string tiedosto, string kulttuuri = "fi-FI")
    {
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(kulttuuri);
        var dokumentti = JsonNode.Parse(File.ReadAllText(Path.Combine(Jaettu.Esimerkit, tiedosto)))!["opiskeluoikeudet"]![0]!.AsObject();
        var oppilaitos = (string)dokumentti["oppilaitos"]!["oid"]!;
        var oo = new NaytettavaOpiskeluoikeus("1.2.246.562.15.00000000002", 1, DateTimeOffset.Parse("2024-08-08T10:00:00Z", CultureInfo.InvariantCulture),
            (string)dokumentti["tyyppi"]!["koodiarvo"]!, oppilaitos, "Jyväskylän normaalikoulu", null, new DateOnly(2017, 8, 15), null, "valmistunut",
            null, true, JsonSerializer.SerializeToElement(dokumentti));
        return Bunit.Render<OpiskeluoikeusNakyma>(p => p.Add(n => n.Opiskeluoikeus, oo).Add(n => n.Koodinimet, Nimet));
    }

    [Fact]
    public void Aikuisten_perusopetus_nayttaa_oppiaineet_kursseineen()
    {
        var nakyma = Renderoi("aikuistenperusopetuksenoppimaara2017_2026-05-05.json");
        var html = Html(nakyma);

        // Two päätason suoritukset, each on its tab; only the chosen tab's is rendered (and held in the circuit).
        Assert.Equal(2, CountOf(html, "role=\"tab\""));
        Assert.Equal(1, CountOf(html, "data-testid=\"aikuisten-suoritus\""));
        // The alkuvaihe: a kurssi by its code and name, its grade and the day it was given.
        Assert.Matches(@"LÄI1 Kirjoitustaitojen harjoittelu</span>\s*<span class=""kurssi__arvosana""[^>]*>9</span>", html);
        Assert.DoesNotContain("aikuistenperusopetuksenalkuvaiheenkurssi<", html);
        Assert.DoesNotContain("Aikuisten perusopetuksen oppimäärä", html);

        nakyma.FindAll("[role=tab]")[1].Click();
        html = Html(nakyma);
        Assert.Equal(1, CountOf(html, "data-testid=\"aikuisten-suoritus\""));
        Assert.Contains("Aikuisten perusopetuksen oppimäärä", html);
        Assert.Contains(">Kurssit<", html);
        Assert.Contains("OPH-1280-2017", html);
    }

    [Fact]
    public void Valmistava_opetus_nayttaa_oppiaineiden_sisallon_ja_sanallisen_arvioinnin()
    {
        var html = Nakyma("perusopetukseenvalmistavaopetus_2024-05-16.json");

        Assert.Contains("data-testid=\"valmistava-suoritus\"", html);
        Assert.Contains("Opetuksen sisältö", html);
        Assert.Contains("Suullinen ilmaisu ja kuullun ymmärtäminen", html);
        Assert.Contains("Keskustelee sujuvasti suomeksi", html);
        Assert.Contains("Kokonaislaajuus", html);
    }

    [Fact]
    public void Ruotsiksi_otsikot_ovat_ruotsiksi()
    {
        var html = Nakyma("perusopetukseenvalmistavaopetus_2024-05-16.json", "sv-FI");

        Assert.Contains("Undervisningens innehåll", html);
        Assert.Contains("Verbal bedömning", html);
        Assert.DoesNotContain("Opetuksen sisältö", html);
    }

    private static int CountOf(string teksti, string osa) => (teksti.Length - teksti.Replace(osa, "", StringComparison.Ordinal).Length) / osa.Length;
}
