using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Validointi;
using static Koski.Virkailija.Domain.Tests.Validointi.Saantotestit;

namespace Koski.Virkailija.Domain.Tests.Validointi;

/// <summary>KOSKI's ESH/EB date rules on KOSKI's ESH example.</summary>
public sealed class EshsaannotTests
{
    private const string Esh = "EuropeanSchoolofHelsinki_2023-10-10.json";

    [Fact]
    public void ESH_ei_paattynyt_ennen_lakia()
    {
        const string avain = "badRequest.validation.esh.päättymispäivä";
        EiRiko(avain, Esimerkki(Esh));
        var vanha = Esimerkki(Esh);
        Jaksot(vanha)[^1]!["alku"] = "2022-12-31";
        vanha["päättymispäivä"] = "2022-12-31";
        Rikkoo(avain, $"tila.opiskeluoikeusjaksot[{Jaksot(vanha).Count - 1}].alku", vanha);
    }

    [Fact]
    public void ESH_tallennetaan_aikaisintaan_sallittuna_paivana()
    {
        const string avain = "badRequest.validation.esh.tallennuspäivä";
        EiRiko(avain, Esimerkki(Esh));
        Rikkoo(avain, "tyyppi", Esimerkki(Esh), new DateOnly(1999, 12, 31));
    }

    [Fact]
    public void EB_vahvistetaan_yleisarvosanalla()
    {
        const string avain = "badRequest.validation.eb.yleisarvosana";
        var eb = Eb();
        Rikkoo(avain, "suoritukset[0].yleisarvosana", eb);
        Suoritus(eb)["yleisarvosana"] = 89.68;
        EiRiko(avain, eb);
        Suoritus(eb).Remove("yleisarvosana");
        Suoritus(eb).Remove("vahvistus");
        EiRiko(avain, eb);
        EiRiko(avain, Esimerkki(Esh));
    }

    [Fact]
    public void EB_vaatii_oppijan_ESH_opiskeluoikeuden_S7_suorituksineen()
    {
        var esh = Esimerkki(Esh); // S7, valmistunut
        Assert.Null(Eshsaannot.EbIlmanEshS7(Eb(), [esh]));
        Assert.Null(Eshsaannot.EbIlmanEshS7(Esimerkki(Esh), [])); // not EB

        Assert.Equal(Eshsaannot.PuuttuvaEshS7Avain, Eshsaannot.EbIlmanEshS7(Eb(), [])?.Avain);
        var ilmanS7 = Esimerkki(Esh);
        ilmanS7["suoritukset"]!.AsArray().RemoveAt(ilmanS7["suoritukset"]!.AsArray().Count - 1);
        Assert.Equal(Eshsaannot.PuuttuvaEshS7Avain, Eshsaannot.EbIlmanEshS7(Eb(), [ilmanS7])?.Avain);
    }

    [Fact]
    public void Valmistunut_EB_vaatii_valmistuneen_ESH_opiskeluoikeuden()
    {
        var kesken = Esimerkki(Esh);
        Jaksot(kesken).RemoveAt(Jaksot(kesken).Count - 1);
        kesken.Remove("päättymispäivä");
        var virhe = Eshsaannot.EbIlmanEshS7(Eb(), [kesken]);
        Assert.Equal((Eshsaannot.EshEiValmistunutAvain, "tila.opiskeluoikeusjaksot[1].tila"), (virhe?.Avain, virhe?.Polku));

        var ebKesken = Eb();
        Jaksot(ebKesken).RemoveAt(1);
        Assert.Null(Eshsaannot.EbIlmanEshS7(ebKesken, [kesken]));
        Assert.Null(Eshsaannot.EbIlmanEshS7(Eb(), [Esimerkki(Esh)]));
    }

    /// <summary>An EB tutkinto (KOSKI's ExamplesEB, shortened) of the ESH example's pupil: läsnä, then valmistunut with vahvistus.</summary>
    private static JsonObject Eb()
    {
        var eb = Esimerkki(Esh);
        eb["tyyppi"] = Koodi("ebtutkinto", "opiskeluoikeudentyyppi");
        eb.Remove("lisätiedot");
        eb["alkamispäivä"] = "2023-08-01";
        eb["päättymispäivä"] = "2024-06-30";
        eb["tila"] = new JsonObject
        {
            ["opiskeluoikeusjaksot"] = new JsonArray(
                new JsonObject { ["alku"] = "2023-08-01", ["tila"] = Koodi("lasna", "koskiopiskeluoikeudentila") },
                new JsonObject { ["alku"] = "2024-06-30", ["tila"] = Koodi("valmistunut", "koskiopiskeluoikeudentila") }),
        };
        var vahvistus = Suoritus(eb, 14)["vahvistus"]!.DeepClone();
        vahvistus["päivä"] = "2024-06-30";
        eb["suoritukset"] = new JsonArray(new JsonObject
        {
            ["koulutusmoduuli"] = new JsonObject
            {
                ["tunniste"] = Koodi("301104", "koulutus"),
                ["curriculum"] = Koodi("2023", "europeanschoolofhelsinkicurriculum"),
            },
            ["tyyppi"] = Koodi("ebtutkinto", "suorituksentyyppi"),
            ["vahvistus"] = vahvistus,
            ["osasuoritukset"] = new JsonArray(),
        });
        return eb;
    }
}
