using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Validointi;
using Koski.Virkailija.Testaus;

namespace Koski.Virkailija.Domain.Tests.Validointi;

/// <summary>KOSKI's DuplikaattiValidation: which of a learner's other study rights a new one may not stand beside.</summary>
public sealed class DuplikaatitTests
{
    private static JsonObject Esimerkki(string tiedosto, int i = 0) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Jaettu.Esimerkit, tiedosto)))!["opiskeluoikeudet"]![i]!.DeepClone().AsObject();

    private static JsonObject Tallennettu(string tiedosto, string oid = "1.2.246.562.15.10000000001")
    {
        var oo = Esimerkki(tiedosto);
        oo["oid"] = oid;
        return oo;
    }

    private static void SiirraJaksot(JsonObject oo, int vuotta)
    {
        foreach (var jakso in oo["tila"]!["opiskeluoikeusjaksot"]!.AsArray())
            jakso!["alku"] = DateOnly.Parse((string)jakso["alku"]!, System.Globalization.CultureInfo.InvariantCulture)
                .AddYears(vuotta).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    private const string Perusopetus = "perusopetuksenoppimaara-paattotodistus_2025-03-20.json";

    [Fact]
    public void Sama_opiskeluoikeus_uutena_toiseen_kertaan_on_duplikaatti()
    {
        var tallennettu = Tallennettu(Perusopetus);
        Assert.Same(tallennettu, Duplikaatit.Ristiriitainen(Esimerkki(Perusopetus), [tallennettu]));
    }

    [Fact]
    public void Opiskeluoikeus_itse_ei_ole_oma_duplikaattinsa()
    {
        var paivitys = Esimerkki(Perusopetus);
        paivitys["oid"] = "1.2.246.562.15.10000000001";
        Assert.Null(Duplikaatit.Ristiriitainen(paivitys, [Tallennettu(Perusopetus)]));

        var lahde = new JsonObject { ["id"] = "123", ["lähdejärjestelmä"] = new JsonObject { ["koodiarvo"] = "primus" } };
        var tallennettu = Tallennettu(Perusopetus);
        tallennettu["lähdejärjestelmänId"] = lahde.DeepClone();
        var sama = Esimerkki(Perusopetus);
        sama["lähdejärjestelmänId"] = lahde.DeepClone();
        Assert.Null(Duplikaatit.Ristiriitainen(sama, [tallennettu]));
    }

    [Fact]
    public void Eri_aikaan_tai_eri_oppilaitoksessa_ei_ole_duplikaatti()
    {
        var myohempi = Esimerkki(Perusopetus);
        SiirraJaksot(myohempi, 20);
        Assert.Null(Duplikaatit.Ristiriitainen(myohempi, [Tallennettu(Perusopetus)]));

        var muualla = Esimerkki(Perusopetus);
        muualla["oppilaitos"] = new JsonObject { ["oid"] = "1.2.246.562.10.00000000002" };
        Assert.Null(Duplikaatit.Ristiriitainen(muualla, [Tallennettu(Perusopetus)]));

        var mitatoity = Esimerkki(Perusopetus);
        mitatoity["tila"]!["opiskeluoikeusjaksot"]!.AsArray().Add(new JsonObject
        {
            ["alku"] = "2026-12-01", ["tila"] = new JsonObject { ["koodiarvo"] = "mitatoity" },
        });
        Assert.Null(Duplikaatit.Ristiriitainen(mitatoity, [Tallennettu(Perusopetus)]));
    }

    [Fact]
    public void Aineopinnot_saa_aloittaa_uudelleen_vasta_kun_edelliset_ovat_paattyneet()
    {
        const string aineopinnot = "nuortenperusopetuksenoppiaineenoppimaara-paattotodistus_2026-05-06.json";
        var paattynyt = Tallennettu(aineopinnot);
        Assert.Null(Duplikaatit.Ristiriitainen(Esimerkki(aineopinnot), [paattynyt]));

        var kesken = Tallennettu(aineopinnot);
        kesken["tila"]!["opiskeluoikeusjaksot"]!.AsArray().RemoveAt(1);
        kesken.Remove("päättymispäivä");
        Assert.Same(kesken, Duplikaatit.Ristiriitainen(Esimerkki(aineopinnot), [kesken]));
    }

    [Fact]
    public void Taiteen_perusopetuksessa_ei_duplikaatteja()
    {
        const string tpo = "taiteenperusopetus-hyvaksytystisuoritettu_2023-06-27.json";
        Assert.Null(Duplikaatit.Ristiriitainen(Esimerkki(tpo), [Tallennettu(tpo)]));
    }

    [Fact]
    public void Ammatillinen_tutkinto_on_duplikaatti_vain_samalla_perusteella()
    {
        const string ammatillinen = "ammatillinen-perustutkinto_2024-08-13.json";
        Assert.NotNull(Duplikaatit.Ristiriitainen(Esimerkki(ammatillinen), [Tallennettu(ammatillinen)]));

        var toinenPeruste = Esimerkki(ammatillinen);
        toinenPeruste["suoritukset"]![0]!["koulutusmoduuli"]!["perusteenDiaarinumero"] = "OPH-0000-2099";
        Assert.Null(Duplikaatit.Ristiriitainen(toinenPeruste, [Tallennettu(ammatillinen)]));
    }

    [Fact]
    public void Lukion_aineopinnot_eivat_ole_duplikaatteja()
    {
        const string lukio = "lukio-paattotodistus_2024-11-05.json";
        Assert.NotNull(Duplikaatit.Ristiriitainen(Esimerkki(lukio), [Tallennettu(lukio)]));

        var aineopinnot = Esimerkki(lukio);
        aineopinnot["suoritukset"]![0]!["tyyppi"]!["koodiarvo"] = "lukionaineopinnot";
        var tallennettu = Tallennettu(lukio);
        tallennettu["suoritukset"]![0]!["tyyppi"]!["koodiarvo"] = "lukionaineopinnot";
        Assert.Null(Duplikaatit.Ristiriitainen(aineopinnot, [tallennettu]));
    }
}
