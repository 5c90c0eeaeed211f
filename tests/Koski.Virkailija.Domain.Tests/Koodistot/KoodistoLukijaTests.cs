using Koski.Virkailija.Domain.Koodistot;
using Koski.Virkailija.Testaus;

namespace Koski.Virkailija.Domain.Tests.Koodistot;

public class KoodistoLukijaTests
{
    private static IReadOnlyList<Koodi> Lue(string koodisto) =>
        KoodistoLukija.LueTiedosto(Path.Combine(Jaettu.Koodistot, $"{koodisto}.koodit.json"));

    [Fact]
    public void KaikkiKoodistotLuetaan()
    {
        var tiedostot = Directory.GetFiles(Jaettu.Koodistot, "*.koodit.json");
        Assert.Equal(160, tiedostot.Length);
        Assert.All(tiedostot, tiedosto =>
        {
            var uri = Path.GetFileName(tiedosto)[..^".koodit.json".Length];
            var koodit = KoodistoLukija.LueTiedosto(tiedosto);
            Assert.NotEmpty(koodit);
            Assert.All(koodit, k => Assert.Equal(uri, k.KoodistoUri));
            // A few lists name some codes in English or Swedish only; every code has a name in some language.
            Assert.All(koodit, k => Assert.False(string.IsNullOrEmpty(k.NimiFi ?? k.NimiSv ?? k.NimiEn), $"{uri} {k.Koodiarvo}"));
            Assert.Equal(koodit.Count, koodit.Select(k => k.Koodiarvo).Distinct().Count());
        });
    }

    [Fact]
    public void Opiskeluoikeudentyypit()
    {
        var koodit = Lue("opiskeluoikeudentyyppi");
        Assert.Equal(21, koodit.Count);
        var esiopetus = koodit.Single(k => k.Koodiarvo == "esiopetus");
        Assert.Equal("Esiopetus", esiopetus.NimiFi);
        Assert.Equal(1, esiopetus.Versio);
        var ahvenanmaa = koodit.Single(k => k.Koodiarvo == "ahvenanmaanperusopetus");
        Assert.Equal("Grundskola på Åland", ahvenanmaa.NimiSv);
        Assert.Null(ahvenanmaa.NimiEn);
    }

    [Fact]
    public void OpiskeluoikeudenTilat()
    {
        var koodit = Lue("koskiopiskeluoikeudentila");
        Assert.Equal(11, koodit.Count);
        var lasna = koodit.Single(k => k.Koodiarvo == "lasna");
        Assert.Equal("Läsnä", lasna.NimiFi);
        Assert.Equal("Närvarande", lasna.NimiSv);
        Assert.Equal("Present", lasna.NimiEn);
    }

    [Fact]
    public void KoodiarvoOtetaanKoodiArvostaEikaUrista()
    {
        var koodit = Lue("arviointiasteikkoyleissivistava");
        Assert.Contains(koodit, k => k.Koodiarvo == "S");
        Assert.DoesNotContain(koodit, k => k.Koodiarvo == "s");
    }

    [Fact]
    public void PuuttuvaNimiOnNull()
    {
        var koodi = Lue("arviointiasteikkoammatillinen15").Single(k => k.Koodiarvo == "1");
        Assert.NotNull(koodi.NimiFi);
        Assert.Null(koodi.NimiSv);
        Assert.Null(koodi.NimiEn);
    }

    [Fact]
    public void KoodistoUriKoodiUrinEtuliitteesta()
    {
        const string json = """
            [{"koodiArvo": "JM01", "versio": 2, "koodiUri": "vardajarjestamismuoto_jm01",
              "metadata": [{"nimi": "Kunnan järjestämä", "kieli": "FI"}, {"nimi": "", "kieli": "SV"}]}]
            """;
        var koodi = Assert.Single(KoodistoLukija.Lue(json));
        Assert.Equal("vardajarjestamismuoto", koodi.KoodistoUri);
        Assert.Equal("JM01", koodi.Koodiarvo);
        Assert.Equal(2, koodi.Versio);
        Assert.Equal("Kunnan järjestämä", koodi.NimiFi);
        Assert.Null(koodi.NimiSv);
        Assert.Equal("toinen", Assert.Single(KoodistoLukija.Lue(json, "toinen")).KoodistoUri);
    }
}
