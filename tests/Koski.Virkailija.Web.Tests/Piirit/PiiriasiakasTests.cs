using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Testaus;
using Koski.Virkailija.Testaus.Piirit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Koski.Virkailija.Web.Tests.Piirit;

/// <summary>
/// Keeps the circuit benchmark's protocol client working (benchmarks: <c>piirit</c>): against the real app on a
/// loopback port it signs in, opens three circuits, and drives a search and a page change as client-side
/// navigations, each answered with render batches; the diagnostics report counts the circuits.
/// </summary>
public sealed class PiiriasiakasTests : IAsyncLifetime
{
    private readonly string kansio = Path.Combine(Path.GetTempPath(), "koski-testi-piirit-" + Guid.NewGuid().ToString("N"));
    private WebApplication? app;
    private Uri osoite = default!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(kansio);
        app = KoskiVirkailijaApp.Build(
        [
            "--environment=Development", $"--contentRoot={Jaettu.WebProjekti}", "--Database:Provider=Sqlite",
            $"--Database:Sqlite=Data Source={Path.Combine(kansio, "koski.db")}", "--Authentication:Mode=Development",
            "--Seed:DemoData=true", $"--Seed:KoodistoFolder={Jaettu.Koodistot}", "--Logging:LogLevel:Default=Warning",
            "--Piirit:Diagnostiikka=true",
        ], builder => builder.WebHost.UseUrls("http://127.0.0.1:0"));
        await app.StartAsync();
        osoite = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");
    }

    [Fact]
    public async Task Kolme_piiria_avautuu_ja_haku_seka_sivunvaihto_tuovat_renderointieria()
    {
        using var istunto = await Virkailijaistunto.KirjauduAsync(osoite, "katselija");
        var piirit = new List<Piiriasiakas>();
        try
        {
            for (var i = 0; i < 3; i++) piirit.Add(await Piiriasiakas.AvaaAsync(istunto, "/oppijat"));
            Assert.All(piirit, p => Assert.True(p.Eria >= 1));
            Assert.Equal(3, (await Raportti()).Piireja);

            var ennen = piirit[0].Eria;
            var haku = await piirit[0].NavigoiAsync("/oppijat?haku=kor", TimeSpan.FromMilliseconds(300));
            var sivu = await piirit[0].NavigoiAsync("/oppijat?sivu=2", TimeSpan.FromMilliseconds(300));

            Assert.True(piirit[0].Eria >= ennen + 2, $"eriä {piirit[0].Eria}, ennen {ennen}");
            Assert.True(haku > TimeSpan.Zero && sivu > TimeSpan.Zero);
            Assert.All(piirit, p => Assert.Null(p.Virhe));
        }
        finally
        {
            foreach (var p in piirit) await p.DisposeAsync();
        }
    }

    [Fact]
    public async Task Hakulinkki_avaa_sivun_hakutuloksineen()
    {
        using var istunto = await Virkailijaistunto.KirjauduAsync(osoite, "katselija");
        Assert.DoesNotContain("class=\"hakutulokset\"", await istunto.HaeSivuAsync("/oppijat"));

        // Some surname of the demo data's common ones is in the official's school.
        string[] alut = ["kor", "vir", "mäk", "nie", "lai", "hei", "kos", "jär", "leh", "saa"];
        var loytyi = false;
        foreach (var alku in alut)
            loytyi |= (await istunto.HaeSivuAsync($"/oppijat?haku={Uri.EscapeDataString(alku)}")).Contains("class=\"hakutulokset\"");
        Assert.True(loytyi, "yksikään hakulinkki ei näyttänyt hakutuloksia");
    }

    [Fact]
    public async Task Sivulle_hyppy_samoilla_rajauksilla_ei_laske_listaa_uudelleen()
    {
        using var istunto = await Virkailijaistunto.KirjauduAsync(osoite, "katselija");
        var piiri = await Piiriasiakas.AvaaAsync(istunto, "/oppijat");
        try
        {
            // An address with another page than the next one (a link or bookmark): rows skipped, the count on screen kept.
            await piiri.NavigoiAsync("/oppijat?sivu=3", TimeSpan.FromMilliseconds(300));
            Assert.Null(piiri.Virhe);
        }
        finally
        {
            await piiri.DisposeAsync();
        }

        // Every list query is audited with its query: the first page counted, the jump did not.
        await using var db = await app!.Services.GetRequiredService<IKoskiDbFactory>().AvaaAsync();
        var haut = await db.AuditLoki.Where(a => a.Operaatio == "OPISKELUOIKEUS_HAKU").OrderBy(a => a.Id).Select(a => a.Tiedot!).ToListAsync();
        var hyppy = JsonNode.Parse(haut[^1])!;
        Assert.Equal(50, (int)hyppy["Ohita"]!);
        Assert.False((bool)hyppy["Laske"]!);
        Assert.True((bool)JsonNode.Parse(haut[0])!["Laske"]!);
    }

    private async Task<Muisti> Raportti()
    {
        using var http = new HttpClient { BaseAddress = osoite };
        return (await http.GetFromJsonAsync<Muisti>("_diagnostiikka/piirit"))!;
    }

    private sealed record Muisti(int Piireja, long Tyojoukko, long GcKeko);

    public async Task DisposeAsync()
    {
        if (app is not null) await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(kansio, recursive: true); } catch (IOException) { }
    }
}
