using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Kayttooikeudet;
using Koski.Virkailija.Application.Raportit;
using Koski.Virkailija.Domain.Auditointi;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Massaluovutukset;
using Koski.Virkailija.Infrastructure.Raportit;
using Koski.Virkailija.Infrastructure.Tietokanta;
using Koski.Virkailija.Testaus;
using Koski.Virkailija.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Koski.Virkailija.Web.Tests.Instanssit;

/// <summary>
/// Two instances of the app, each on its own Kestrel port, on one PostgreSQL database, as behind a load balancer
/// (README "Running more than one instance"). Instance A trusts 127.0.0.1 as its proxy (ForwardedHeaders), B does not.
/// Each fact takes its own officials or client addresses, so their order does not matter.
/// </summary>
public sealed class KaksiInstanssiaFixture : IAsyncLifetime
{
    public ApiSovellus A { get; private set; } = default!;
    public ApiSovellus B { get; private set; } = default!;

    private static readonly string[] Nopeasti = ["--Massaluovutus:Kyselyvali=00:00:00.100"];

    public async Task InitializeAsync()
    {
        // One after the other: the first migrates and seeds, the second finds it all there (start-up seeding is
        // safe to repeat, not meant to race; see the README).
        A = await ApiSovellus.KaynnistaAsync("Postgres", [.. Nopeasti, "--ForwardedHeaders:KnownProxies:0=127.0.0.1"]);
        B = await ApiSovellus.KaynnistaAsync("Postgres", [.. Nopeasti, $"--Database:Postgres={A.PostgresYhteys}"]);
    }

    public async Task DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
    }
}

public sealed partial class KaksiInstanssiaTests(KaksiInstanssiaFixture instanssit) : IClassFixture<KaksiInstanssiaFixture>
{
    private ApiSovellus A => instanssit.A;
    private ApiSovellus B => instanssit.B;

    [Fact]
    public async Task Instanssissa_A_kirjautunut_istunto_kelpaa_Bssa_ja_uloskirjautuminen_Bssa_paattaa_sen_molemmissa()
    {
        using var selain = new Selain();
        await selain.KirjauduAsync(A, "katselija");
        var evasteet = selain.Evasteet;

        Assert.True(await selain.OnKirjautunutAsync(B));
        Assert.True(await selain.OnKirjautunutAsync(A));

        // The sign-out form's antiforgery token comes from A and is accepted by B: one set of data-protection keys.
        var token = await selain.AntiforgeryTokenAsync(A, "/omat-tiedot");
        var ulos = await selain.PostAsync(B, "/kirjaudu-ulos", new() { ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.Redirect, ulos.StatusCode);

        // The session is gone on the server: the cookie kept from before does not bring it back on either instance.
        selain.Evasteet = evasteet;
        Assert.False(await selain.OnKirjautunutAsync(A));
        Assert.False(await selain.OnKirjautunutAsync(B));
    }

    [Fact]
    public async Task Raportti_ladataan_instanssista_joka_sen_kirjoitti_toisessa_instanssissa_alkaneella_istunnolla()
    {
        using var selain = new Selain();
        await selain.KirjauduAsync(B, "katselija");
        // The report page runs in the circuit, and the circuit lives on the instance the balancer pinned the browser to.
        var ajot = A.Palvelut.GetRequiredService<RaporttiAjot>();
        await using var scope = A.Palvelut.CreateAsyncScope();
        var kayttaja = (await scope.ServiceProvider.GetRequiredService<KayttajaPalvelu>().HaeTunnuksellaAsync("katselija"))!;
        var sisalto = await scope.ServiceProvider.GetRequiredService<Application.Raportit.Raportit>().LuoAsync(kayttaja,
            new RaportinParametrit(RaporttiLaji.PaallekkaisetOpiskeluoikeudet, "1.2.246.562.10.14613773812",
                new DateOnly(2000, 1, 1), new DateOnly(2030, 12, 31)));
        var (ajo, salasana) = ajot.Aloita(kayttaja.VirkailijaId!.Value, sisalto, Tiedostomuoto.Xlsx);
        Assert.Equal(RaporttiAjonTila.Valmis, await ValmisAsync(ajo));
        Assert.NotNull(salasana);

        // Sticky: the download link is followed by the same browser, so it reaches A; the session began on B.
        var lataus = await selain.GetAsync(A, $"/raportit/lataa/{ajo.Id:N}");
        Assert.Equal(HttpStatusCode.OK, lataus.StatusCode);
        Assert.Equal(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }, (await lataus.Content.ReadAsByteArrayAsync())[..4]);
        // The file is A's alone (a temporary file, kept an hour): B does not know the run. The README says so.
        Assert.Equal(HttpStatusCode.NotFound, (await selain.GetAsync(B, $"/raportit/lataa/{ajo.Id:N}")).StatusCode);
    }

    [Fact]
    public async Task Jonoon_jatetty_massaluovutus_ajetaan_kerran_ja_sen_tulos_latautuu_kummastakin()
    {
        using var jyuA = A.Palvelukayttajana(ApiSovellus.Jyu, ApiSovellus.JyuSalasana);
        using var jyuB = B.Palvelukayttajana(ApiSovellus.Jyu, ApiSovellus.JyuSalasana);
        var idt = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            var vastaus = await (i % 2 == 0 ? jyuA : jyuB).PostAsync("/koski/api/massaluovutus", ApiSovellus.Json(new JsonObject
            {
                ["type"] = "organisaationOpiskeluoikeudet", ["format"] = "application/json", ["alkanutAikaisintaan"] = $"200{i}-01-01",
            }));
            Assert.Equal(HttpStatusCode.OK, vastaus.StatusCode);
            idt.Add(Guid.Parse(JsonNode.Parse(await vastaus.Content.ReadAsStringAsync())!["queryId"]!.GetValue<string>()));
        }

        foreach (var id in idt)
        {
            var tila = await OdotaAsync(jyuB, id);
            Assert.Equal("complete", tila["status"]!.GetValue<string>());
            foreach (var tiedosto in tila["files"]!.AsArray().Select(f => new Uri(f!.GetValue<string>()).PathAndQuery))
            {
                Assert.Equal(HttpStatusCode.OK, (await jyuA.GetAsync(tiedosto)).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await jyuB.GetAsync(tiedosto)).StatusCode);
            }
        }
        await using var db = await KantaAsync();
        var ajot = await db.Massaluovutukset.Where(m => idt.Contains(m.Id))
            .Select(m => new { m.Id, m.Tila, m.Tyontekija, m.Uudelleenkaynnistyksia }).ToListAsync();
        Assert.Equal(4, ajot.Count);
        // Claimed once each (never taken back and run again) by one named worker of one instance.
        Assert.All(ajot, a => Assert.Equal((Massaluovutustila.Valmis, 0), (a.Tila, a.Uudelleenkaynnistyksia)));
        Assert.All(ajot, a => Assert.False(string.IsNullOrEmpty(a.Tyontekija)));
        var tiedostot = await db.MassaluovutuksenTiedostot.Where(t => ajot.Select(a => a.Id).Contains(t.MassaluovutusId))
            .GroupBy(t => t.MassaluovutusId).Select(g => g.Count()).ToListAsync();
        Assert.Equal([1, 1, 1, 1], tiedostot);
    }

    [Fact]
    public async Task Kun_molemmat_ajavat_vanhenemisen_yhtaaikaa_kukin_oikeus_vanhenee_ja_auditoidaan_kerran()
    {
        const string Opetushallitus = "1.2.246.562.10.00000000001";
        List<long> oikeudet;
        await using (var db = await KantaAsync())
        {
            var tanaan = DateOnly.FromDateTime(DateTime.UtcNow);
            var virkailijat = await db.Virkailijat.Select(v => v.Id).ToListAsync();
            var uudet = virkailijat.Select(id => new Kayttooikeus
            {
                VirkailijaId = id, Ryhma = Kayttooikeusryhma.KoskiKatselijaSuppea.Tunniste, OrganisaatioOid = Opetushallitus,
                VoimassaAlkaen = tanaan.AddDays(-30), VoimassaAsti = tanaan.AddDays(-2), Tila = KayttooikeudenTila.MYONNETTY,
                Muokattu = DateTimeOffset.UtcNow,
            }).ToList();
            db.Kayttooikeudet.AddRange(uudet);
            await db.SaveChangesAsync();
            oikeudet = uudet.Select(k => k.Id).ToList();
        }
        Assert.True(oikeudet.Count >= 10);

        // Both instances' expiry job at the same moment (each also ran once at its start-up, before these grants).
        var maarat = await Task.WhenAll(
            Task.Run(() => A.Palvelut.GetRequiredService<KayttooikeuksienYllapito>().MerkitseVanhentuneetAsync()),
            Task.Run(() => B.Palvelut.GetRequiredService<KayttooikeuksienYllapito>().MerkitseVanhentuneetAsync()));

        Assert.Equal(oikeudet.Count, maarat.Sum());
        await using var tarkistus = await KantaAsync();
        Assert.Equal(oikeudet.Count, await tarkistus.Kayttooikeudet
            .CountAsync(k => oikeudet.Contains(k.Id) && k.Tila == KayttooikeudenTila.VANHENTUNUT));
        var historia = await tarkistus.KayttooikeusHistoria.Where(h => h.KayttooikeusId != null && oikeudet.Contains(h.KayttooikeusId.Value))
            .GroupBy(h => h.KayttooikeusId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(Enumerable.Repeat(1, oikeudet.Count), historia);
        var auditoidut = await tarkistus.AuditLoki.CountAsync(a => a.Operaatio == nameof(AuditOperaatio.KAYTTOOIKEUS_MUUTOS)
            && a.OrganisaatioOid == Opetushallitus && a.Tiedot!.Contains("\"vanhentuminen\""));
        Assert.Equal(oikeudet.Count, auditoidut);
    }

    [Fact]
    public async Task Asiakkaan_osoite_otetaan_X_Forwarded_For_otsakkeesta_vain_nimetylta_valityspalvelimelta()
    {
        const string Asiakas = "203.0.113.7";
        using var aSelain = new Selain { Lahettaja = Asiakas };
        using var bSelain = new Selain { Lahettaja = Asiakas };
        var alku = DateTimeOffset.UtcNow.AddSeconds(-1);
        await aSelain.KirjauduAsync(A, "tallentaja");
        await bSelain.KirjauduAsync(B, "paakayttaja");

        await using var db = await KantaAsync();
        var osoitteet = await db.AuditLoki.Where(a => a.Operaatio == nameof(AuditOperaatio.KIRJAUTUMINEN) && a.Aika >= alku)
            .Select(a => new { a.Kayttaja, a.IpOsoite }).ToListAsync();
        // A trusts 127.0.0.1 as its proxy and records the client's address; B names no proxy and records the connection's.
        Assert.Equal(Asiakas, Assert.Single(osoitteet, o => o.Kayttaja == DemoOid("tallentaja")).IpOsoite);
        Assert.Equal("127.0.0.1", Assert.Single(osoitteet, o => o.Kayttaja == DemoOid("paakayttaja")).IpOsoite);
    }

    [Fact]
    public async Task Vaarat_salasanat_lasketaan_yhteen_vaikka_ne_jakautuvat_instansseille()
    {
        // One address guessing one account's password, the balancer sending its calls to either instance.
        using var aHyokkaaja = A.Palvelukayttajana(ApiSovellus.Jyu, "arvaus", lahdeosoite: "127.0.0.5");
        using var bHyokkaaja = B.Palvelukayttajana(ApiSovellus.Jyu, "arvaus", lahdeosoite: "127.0.0.5");
        const string Polku = "/koski/api/oppija/1.2.246.562.24.99999999999";
        var tilat = new List<HttpStatusCode>();
        for (var i = 0; i < Web.Api.Kirjautumisyritykset.TunnuksenYritykset; i++)
            tilat.Add((await (i % 2 == 0 ? aHyokkaaja : bHyokkaaja).GetAsync(Polku)).StatusCode);

        Assert.All(tilat, t => Assert.Equal(HttpStatusCode.Unauthorized, t));
        // Five guesses in all, not five on each instance.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await aHyokkaaja.GetAsync(Polku)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await bHyokkaaja.GetAsync(Polku)).StatusCode);
    }

    private string DemoOid(string tunnus)
    {
        using var db = A.Palvelut.GetRequiredService<IDbContextFactory<KoskiDbContext>>().CreateDbContext();
        return db.Virkailijat.Single(v => v.Kayttajatunnus == tunnus).Oid;
    }

    private Task<KoskiDbContext> KantaAsync() =>
        A.Palvelut.GetRequiredService<IDbContextFactory<KoskiDbContext>>().CreateDbContextAsync();

    private static async Task<RaporttiAjonTila> ValmisAsync(RaporttiAjo ajo)
    {
        var valmis = new TaskCompletionSource<RaporttiAjonTila>(TaskCreationOptions.RunContinuationsAsynchronously);
        ajo.Muuttui += () =>
        {
            if (ajo.Tila != RaporttiAjonTila.Kaynnissa) valmis.TrySetResult(ajo.Tila);
        };
        if (ajo.Tila != RaporttiAjonTila.Kaynnissa) valmis.TrySetResult(ajo.Tila);
        return await valmis.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>Polls the query's state as a client does (the workers look at the queue every 100 ms here).</summary>
    private static async Task<JsonObject> OdotaAsync(HttpClient http, Guid id)
    {
        using var aikaraja = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var tila = (await http.GetFromJsonAsync<JsonObject>($"/koski/api/massaluovutus/{id:D}", aikaraja.Token))!;
            if (tila["status"]!.GetValue<string>() is "complete" or "failed") return tila;
            await Task.Delay(100, aikaraja.Token);
        }
    }

    /// <summary>
    /// One browser behind the load balancer: its cookies go to whichever instance it calls (as the balancer's would),
    /// and with <see cref="Lahettaja"/> each request carries the X-Forwarded-For a proxy would add.
    /// </summary>
    private sealed class Selain : IDisposable
    {
        private readonly HttpClient http = new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });
        private readonly Evastepurkki evasteet = new();

        public string? Lahettaja { get; init; }

        public Dictionary<string, string> Evasteet
        {
            get => evasteet.Kopio;
            set => evasteet.Kopio = value;
        }

        public async Task KirjauduAsync(ApiSovellus sovellus, string tunnus)
        {
            var sivu = await (await GetAsync(sovellus, "/kirjaudu")).Content.ReadAsStringAsync();
            var lomake = Regex.Match(sivu, $"<tr data-tunnus=\"{Regex.Escape(tunnus)}\"[^>]*>.*?</tr>", RegexOptions.Singleline).Value;
            var vastaus = await PostAsync(sovellus, "/kirjaudu/kehitys", new()
            {
                ["tunnus"] = tunnus, ["returnUrl"] = "/", ["__RequestVerificationToken"] = Token(lomake),
            });
            if (vastaus.StatusCode != HttpStatusCode.Redirect)
                throw new InvalidOperationException($"Kirjautuminen epäonnistui: {vastaus.StatusCode}");
        }

        public async Task<string> AntiforgeryTokenAsync(ApiSovellus sovellus, string polku) =>
            Token(await (await GetAsync(sovellus, polku)).Content.ReadAsStringAsync());

        /// <summary>True when a page answers with its content, false when it sends the browser to sign in.</summary>
        public async Task<bool> OnKirjautunutAsync(ApiSovellus sovellus)
        {
            var vastaus = await GetAsync(sovellus, "/omat-tiedot");
            return vastaus.StatusCode switch
            {
                HttpStatusCode.OK => true,
                HttpStatusCode.Redirect when vastaus.Headers.Location!.OriginalString.Contains("/kirjaudu") => false,
                var muu => throw new InvalidOperationException($"Odottamaton vastaus {muu}"),
            };
        }

        public Task<HttpResponseMessage> GetAsync(ApiSovellus sovellus, string polku) =>
            LahetaAsync(new HttpRequestMessage(HttpMethod.Get, sovellus.Osoite + polku));

        public Task<HttpResponseMessage> PostAsync(ApiSovellus sovellus, string polku, Dictionary<string, string> kentat) =>
            LahetaAsync(new HttpRequestMessage(HttpMethod.Post, sovellus.Osoite + polku) { Content = new FormUrlEncodedContent(kentat) });

        private async Task<HttpResponseMessage> LahetaAsync(HttpRequestMessage pyynto)
        {
            evasteet.Liita(pyynto);
            if (Lahettaja is not null) pyynto.Headers.Add("X-Forwarded-For", Lahettaja);
            var vastaus = await http.SendAsync(pyynto);
            evasteet.Lue(vastaus);
            return vastaus;
        }

        private static string Token(string html) => Antiforgery.Token(html) ?? "";

        public void Dispose() => http.Dispose();
    }
}
