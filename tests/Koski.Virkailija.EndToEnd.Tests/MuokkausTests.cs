using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Syotto;
using Koski.Virkailija.Application.Tietokanta;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Koski.Virkailija.EndToEnd.Tests;

/// <summary>The "Muokkaa" form of issue 5 in Chromium: conflicting saves, and TPO hankinta edited by the contracted oppilaitos.</summary>
[Collection(SovellusKokoelma.Nimi)]
public sealed class MuokkausTests(KoskiSovellus sovellus)
{
    private const string Normaalikoulu = "1.2.246.562.10.14613773812";

    private Task<SyotonTulos> KasinSyotettyAsync(string hetu) => sovellus.KasinSyotettyAsync(hetu);

    private Task<JsonObject> TallennettuAsync(string oid) => sovellus.TallennettuAsync(oid);

    private static string? Myontaja(JsonObject oo) => (string?)oo["suoritukset"]![0]!["vahvistus"]!["myöntäjäHenkilöt"]![0]!["nimi"];

    [Fact]
    public async Task Toinen_selain_saa_ristiriitaviestin_eika_menetä_syottamaansa_eika_korvaa_ensimmaisen_tallennusta()
    {
        var luotu = await KasinSyotettyAsync("120713A931S");
        var polku = $"/opiskeluoikeudet/{luotu.OpiskeluoikeusOid}/muokkaa";
        var ensimmainen = await sovellus.UusiSivuAsync();
        var toinen = await sovellus.UusiSivuAsync();
        await ensimmainen.KirjauduAsync("tallentaja", polku);
        await toinen.KirjauduAsync("tallentaja", polku);
        await Expect(ensimmainen.GetByLabel("Myöntäjän nimi")).ToHaveValueAsync("Reijo Reksi");
        await Expect(toinen.GetByLabel("Myöntäjän nimi")).ToHaveValueAsync("Reijo Reksi");

        await ensimmainen.GetByLabel("Myöntäjän nimi").FillAsync("Eka Tallentaja");
        await ensimmainen.TallennaAsync("/oppijat/" + luotu.OppijaOid);
        await toinen.GetByLabel("Myöntäjän nimi").FillAsync("Toka Tallentaja");
        await toinen.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();

        await Expect(toinen.GetByTestId("virheet")).ToContainTextAsync("Opiskeluoikeutta on muutettu sillä välin");
        await Expect(toinen.GetByLabel("Myöntäjän nimi")).ToHaveValueAsync("Toka Tallentaja");
        Assert.EndsWith(polku, toinen.Url);
        var tallennettu = await TallennettuAsync(luotu.OpiskeluoikeusOid);
        Assert.Equal((2, "Eka Tallentaja"), ((int)tallennettu["versionumero"]!, Myontaja(tallennettu)));

        await toinen.GetByRole(AriaRole.Button, new() { Name = "Lataa uudelleen" }).ClickAsync();
        await toinen.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Lataa uudelleen" }).ClickAsync();
        await Expect(toinen.GetByLabel("Myöntäjän nimi")).ToHaveValueAsync("Eka Tallentaja");
    }

    [Fact]
    public async Task Oppijan_sivulta_muokataan_ja_lomake_nayttaa_tallennetut_tiedot()
    {
        var luotu = await KasinSyotettyAsync("050814A942N");
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.KirjauduAsync("tallentaja", $"/oppijat/{luotu.OppijaOid}");

        await sivu.GetByRole(AriaRole.Link, new() { Name = "Muokkaa" }).ClickAsync();
        await sivu.WaitForURLAsync(url => url.EndsWith("/muokkaa", StringComparison.Ordinal));
        // Issue 16 finding 7: the form says whose study right it is, the hetu's individual part hidden.
        await Expect(sivu.GetByTestId("muokattava-oppija")).ToContainTextAsync("Muokkaus, Maija Muokattava");
        await Expect(sivu.GetByTestId("muokattava-oppija")).ToContainTextAsync("050814A****");
        await Expect(sivu.GetByTestId("muokattava")).Not.ToContainTextAsync("050814A942N");
        await Expect(sivu.GetByTestId("oppiaine")).ToHaveCountAsync(((JsonArray)(await TallennettuAsync(luotu.OpiskeluoikeusOid))["suoritukset"]![0]!["osasuoritukset"]!).Count);
        await Expect(sivu.GetByTestId("lisatieto")).ToHaveCountAsync(0);
        await sivu.GetByRole(AriaRole.Button, new() { Name = "Lisää lisätieto" }).ClickAsync();
        await sivu.ValitseAsync("lisatieto-0", "Kuljetusetu");
        await PaivaAsync(sivu, "lisatieto-0-alku", "15.8.2008");
        await PaivaAsync(sivu, "lisatieto-0-loppu", "4.6.2007");
        await sivu.GetByRole(AriaRole.Button, new() { Name = "Tallenna" }).ClickAsync();
        await Expect(sivu.Locator("[data-testid='lisatieto'] [data-polku='lisätiedot.kuljetusetu.loppu']")).ToBeVisibleAsync();
        // Next to its own field (the loppu date), not under another one of the row.
        await Expect(sivu.Locator(".kentta", new() { Has = sivu.Locator("input[id='lisatieto-0-loppu']") })
            .Locator("[data-polku='lisätiedot.kuljetusetu.loppu']")).ToBeVisibleAsync();
        await sivu.TarkistaSaavutettavuusAsync();
        Assert.Equal(1, (int)(await TallennettuAsync(luotu.OpiskeluoikeusOid))["versionumero"]!);
        await PaivaAsync(sivu, "lisatieto-0-loppu", "4.6.2016");
        await sivu.TallennaAsync("/oppijat/" + luotu.OppijaOid);
        var tallennettu = await TallennettuAsync(luotu.OpiskeluoikeusOid);
        Assert.Equal("2008-08-15", (string?)tallennettu["lisätiedot"]!["kuljetusetu"]!["alku"]);
        Assert.NotNull(tallennettu["lisätiedot"]!["pidennettyOppivelvollisuus"]);
    }

    [Fact]
    public async Task Lahdejarjestelmasta_tulleelle_naytetaan_syy_muokkausnapin_sijaan()
    {
        string oppijaOid;
        await using (var db = await sovellus.Palvelut.GetRequiredService<IKoskiDbFactory>().AvaaAsync())
        {
            // A learner of the normaalikoulu whose every study right came from a source system.
            oppijaOid = await db.Opiskeluoikeudet.Where(o => o.OppilaitosOid == Normaalikoulu && o.LahdejarjestelmanId != null && !o.Mitatoity)
                .Select(o => o.OppijaOid)
                .FirstAsync(p => !db.Opiskeluoikeudet.Any(o => o.OppijaOid == p && o.LahdejarjestelmanId == null));
        }
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.KirjauduAsync("tallentaja", $"/oppijat/{oppijaOid}");

        await Expect(sivu.Locator(".ei-muokattavissa").First).ToHaveTextAsync(OpiskeluoikeusSyotto.LahdejarjestelmastaSyy);
        await Expect(sivu.GetByRole(AriaRole.Link, new() { Name = "Muokkaa" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Ostaja_lisaa_TPO_hankintakoulutuksen_ja_TPO_tallentaja_muokkaa_sita_ilman_lisays_ja_mitatointinappeja()
    {
        const string hetu = "240915A953B";
        var ostaja = await sovellus.UusiSivuAsync();
        await ostaja.KirjauduAsync("helsinki-tallentaja", "/uusi-opiskeluoikeus");
        await ostaja.GetByLabel("Henkilötunnus tai oppijanumero").FillAsync(hetu);
        await ostaja.GetByLabel("Etunimet").FillAsync("Tanja Tanssija");
        await ostaja.GetByLabel("Sukunimi").FillAsync("Taide");
        await ostaja.ValitseAsync("tyyppi", "Taiteen perusopetus");
        await ostaja.ValitseAsync("tpo-toteutustapa", "Hankintakoulutus");
        await Expect(ostaja.Valinta("ostaja")).ToHaveValueAsync("Helsingin kaupunki");
        await ostaja.ValitseSuodattaenAsync("oppilaitos", "Varsinais-Suomen kansan", "Varsinais-Suomen kansanopisto");
        await ostaja.ValitseAsync("tpo-taiteenala", "Musiikki");
        await PaivaAsync(ostaja, "jakso-0-alku", "11.8.2025");
        await ostaja.TallennaAsync("/oppijat/1.2.246.562.24.");
        var oppijaOid = ostaja.Url[(ostaja.Url.LastIndexOf('/') + 1)..];

        var tpo = await sovellus.UusiSivuAsync();
        await tpo.KirjauduAsync("tpo-tallentaja", $"/oppijat/{oppijaOid}");
        await Expect(tpo.GetByRole(AriaRole.Link, new() { Name = "Muokkaa" })).ToBeVisibleAsync();
        await Expect(tpo.GetByRole(AriaRole.Button, new() { Name = "Mitätöi opiskeluoikeus" })).ToHaveCountAsync(0);
        await Expect(tpo.GetByRole(AriaRole.Link, new() { Name = "Uusi opiskeluoikeus" })).ToHaveCountAsync(0);
        await tpo.GetByRole(AriaRole.Link, new() { Name = "Muokkaa" }).ClickAsync();
        await tpo.ValitseAsync("tpo-taiteenala", "Tanssi");
        await tpo.TallennaAsync("/oppijat/" + oppijaOid);

        await using var db = await sovellus.Palvelut.GetRequiredService<IKoskiDbFactory>().AvaaAsync();
        var rivi = await db.Opiskeluoikeudet.SingleAsync(o => o.OppijaOid == oppijaOid);
        var json = JsonNode.Parse(rivi.Json)!;
        Assert.Equal((2, "1.2.246.562.10.31915273374", "1.2.246.562.10.346830761110"), (rivi.Versionumero, rivi.OppilaitosOid, rivi.OstajaOid));
        Assert.Equal("tanssi", (string?)json["suoritukset"]![0]!["koulutusmoduuli"]!["taiteenala"]!["koodiarvo"]);
    }

    [Fact]
    public async Task Vahvistuksen_paikkakunta_valitaan_kuntakoodistosta_suodattamalla()
    {
        var luotu = await KasinSyotettyAsync("010917A975R");
        var sivu = await sovellus.UusiSivuAsync();
        await sivu.KirjauduAsync("tallentaja", $"/opiskeluoikeudet/{luotu.OpiskeluoikeusOid}/muokkaa");
        var paikkakunta = sivu.Locator("input[id='vahvistus-paikkakunta']");
        await Expect(paikkakunta).ToHaveValueAsync("Jyväskylä (179)");

        // Issue 16 finding 8: the kunta is chosen by name, not typed as a number. The repository's kunta code list
        // (data/koski/koodisto) has the current Äänekoski and the merged rural one.
        await paikkakunta.ClickAsync();
        await paikkakunta.FillAsync("ääne");
        await Expect(sivu.Vaihtoehdot()).ToHaveTextAsync(["Äänekoski (992)", "Äänekoski mlk (993)"]);
        await sivu.Vaihtoehdot().GetByText("Äänekoski (992)").ClickAsync();
        await Expect(paikkakunta).ToHaveValueAsync("Äänekoski (992)");
        await sivu.TarkistaSaavutettavuusAsync();
        await sivu.TallennaAsync("/oppijat/" + luotu.OppijaOid);

        var tallennettu = await TallennettuAsync(luotu.OpiskeluoikeusOid);
        Assert.Equal("992", (string?)tallennettu["suoritukset"]![0]!["vahvistus"]!["paikkakunta"]!["koodiarvo"]);
    }

    private static async Task PaivaAsync(IPage sivu, string id, string paiva)
    {
        var kentta = sivu.Locator($"input[id='{id}']");
        await kentta.FillAsync(paiva);
        await kentta.PressAsync("Tab");
    }
}
