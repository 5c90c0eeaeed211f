using System.Text.Json;
using Bunit;
using Koski.Virkailija.Application.Oppijat;
using Koski.Virkailija.Web.Components.Shared.Opiskeluoikeus;

namespace Koski.Virkailija.Web.Tests.Opiskeluoikeus;

/// <summary>
/// Issue 20, learner-page memory: an osasuoritus's details are rendered only when opened (one or all, as in KOSKI), and
/// a view renders again only when its parameters change, since each render's tree stays in the circuit while the page is
/// open.
/// </summary>
public sealed class SuoritusNakymaTests : BunitTestit
{
    /// <summary>A päättötodistus with two oppiaineet that have details (a tarkenne) and one that has only a grade.</summary>
    private static JsonElement Suoritus() => JsonSerializer.SerializeToElement(new
    {
        tyyppi = new { koodiarvo = "perusopetuksenoppimaara", koodistoUri = "suorituksentyyppi" },
        koulutusmoduuli = new { tunniste = new { koodiarvo = "201101", koodistoUri = "koulutus" } },
        osasuoritukset = new object[]
        {
            new
            {
                koulutusmoduuli = new { tunniste = new { koodiarvo = "MA", koodistoUri = "koskioppiaineetyleissivistava" } },
                arviointi = new[] { new { arvosana = new { koodiarvo = "8", koodistoUri = "arviointiasteikkoyleissivistava" } } },
                rajattuOppimäärä = true,
            },
            new
            {
                koulutusmoduuli = new { tunniste = new { koodiarvo = "BI", koodistoUri = "koskioppiaineetyleissivistava" } },
                arviointi = new[] { new { arvosana = new { koodiarvo = "9", koodistoUri = "arviointiasteikkoyleissivistava" } } },
                painotettuOpetus = true,
            },
            new
            {
                koulutusmoduuli = new { tunniste = new { koodiarvo = "KU", koodistoUri = "koskioppiaineetyleissivistava" } },
                arviointi = new[] { new { arvosana = new { koodiarvo = "7", koodistoUri = "arviointiasteikkoyleissivistava" } } },
            },
        },
    });

    private IRenderedComponent<SuoritusNakyma> Renderoi(JsonElement suoritus, Koodinimet nimet) =>
        Bunit.Render<SuoritusNakyma>(p => p.Add(n => n.Suoritus, suoritus).Add(n => n.Koodinimet, nimet));

    [Fact]
    public void Osasuorituksen_tiedot_piirretaan_vasta_avattuna()
    {
        var nakyma = Renderoi(Suoritus(), Koodinimet.Tyhja);

        // Closed: the names open them (buttons with their state); what is behind them is not in the page at all.
        var avaajat = nakyma.FindAll("button.osasuoritus__avaa");
        Assert.Equal(2, avaajat.Count);
        Assert.All(avaajat, a => Assert.Equal("false", a.GetAttribute("aria-expanded")));
        Assert.Empty(nakyma.FindAll("table.osasuoritukset section.suoritus"));
        Assert.Equal(3, nakyma.FindAll("table.osasuoritukset tbody tr").Count);

        avaajat[0].Click();
        Assert.Equal("true", nakyma.FindAll("button.osasuoritus__avaa")[0].GetAttribute("aria-expanded"));
        Assert.Equal("false", nakyma.FindAll("button.osasuoritus__avaa")[1].GetAttribute("aria-expanded"));
        Assert.Single(nakyma.FindAll("table.osasuoritukset section.suoritus"));

        nakyma.FindAll("button.osasuoritus__avaa")[0].Click();
        Assert.Empty(nakyma.FindAll("table.osasuoritukset section.suoritus"));
    }

    [Fact]
    public void Avaa_kaikki_avaa_ja_sulkee_kaikki_osasuoritukset()
    {
        var nakyma = Renderoi(Suoritus(), Koodinimet.Tyhja);

        var kaikki = nakyma.Find("button.osasuoritukset__kaikki");
        Assert.Equal("Avaa kaikki", kaikki.TextContent.Trim());
        kaikki.Click();
        Assert.Equal(2, nakyma.FindAll("table.osasuoritukset section.suoritus").Count);
        Assert.All(nakyma.FindAll("button.osasuoritus__avaa"), a => Assert.Equal("true", a.GetAttribute("aria-expanded")));
        Assert.Equal("Sulje kaikki", nakyma.Find("button.osasuoritukset__kaikki").TextContent.Trim());

        nakyma.Find("button.osasuoritukset__kaikki").Click();
        Assert.Empty(nakyma.FindAll("table.osasuoritukset section.suoritus"));
    }

    [Fact]
    public void Nakyma_piirtyy_uudelleen_vain_kun_parametri_muuttuu()
    {
        var suoritus = Suoritus();
        var nakyma = Renderoi(suoritus, Koodinimet.Tyhja);
        Assert.Equal(1, nakyma.RenderCount);

        // The parent rendering again with the same document and names (the version list opening) changes nothing.
        nakyma.Render(p => p.Add(n => n.Suoritus, suoritus).Add(n => n.Koodinimet, Koodinimet.Tyhja));
        Assert.Equal(1, nakyma.RenderCount);

        // Another document, or other names, render.
        nakyma.Render(p => p.Add(n => n.Suoritus, Suoritus()).Add(n => n.Koodinimet, Koodinimet.Tyhja));
        Assert.Equal(2, nakyma.RenderCount);
        var nimet = new Koodinimet(new Dictionary<string, string> { ["koskioppiaineetyleissivistava/KU"] = "Kuvataide" });
        nakyma.Render(p => p.Add(n => n.Suoritus, suoritus).Add(n => n.Koodinimet, nimet));
        Assert.Equal(3, nakyma.RenderCount);
        Assert.Contains("Kuvataide", nakyma.Markup);

        // The view's own change (a row opened) renders too.
        nakyma.FindAll("button.osasuoritus__avaa")[1].Click();
        Assert.Equal(4, nakyma.RenderCount);
    }
}
