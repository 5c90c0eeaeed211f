using System.Globalization;
using System.Text.Json;
using Koski.Virkailija.Application.Kayttooikeudet;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Microsoft.EntityFrameworkCore;
using static Koski.Virkailija.Application.Tests.Kayttooikeudet.KayttooikeusYmparisto;

namespace Koski.Virkailija.Application.Tests.Kayttooikeudet;

public sealed class KayttooikeusHallintaTests
{
    [Fact]
    public async Task Myonto_antaa_roolin_heti_ja_kirjaa_historian_ja_auditin()
    {
        await using var y = await LuoAsync();
        var paa = await y.KayttajaAsync("paa");
        var uusiId = (await y.KayttajaAsync("uusi")).VirkailijaId!.Value;

        var tulos = await y.Hallinta.MyonnaAsync(paa, uusiId, "koski-katselija", Lapsi, y.Tanaan.AddYears(1));

        Assert.True(tulos.Onnistui, tulos.Virhe);
        var uusi = await y.KayttajaAsync("uusi");
        Assert.Equal("koski-katselija@" + Lapsi, uusi.Roolitunniste());
        await using var db = y.Tietokanta.CreateDbContext();
        var historia = Assert.Single(await db.KayttooikeusHistoria.ToListAsync());
        Assert.Equal((KayttooikeudenTila.MYONNETTY, paa.VirkailijaId, y.Tanaan.AddYears(1)), (historia.Tila, historia.TekijaId, historia.VoimassaAsti));
        var audit = Assert.Single(await db.AuditLoki.ToListAsync());
        Assert.Equal(("KAYTTOOIKEUS_MUUTOS", paa.Oid, Lapsi), (audit.Operaatio, audit.Kayttaja, audit.OrganisaatioOid));
        using var tiedot = JsonDocument.Parse(audit.Tiedot!);
        Assert.Equal(uusi.Oid, tiedot.RootElement.GetProperty("henkilo").GetString());
        Assert.Equal("koski-katselija", tiedot.RootElement.GetProperty("ryhma").GetString());
        Assert.Equal(JsonValueKind.Null, tiedot.RootElement.GetProperty("vanhaVoimassaolo").ValueKind);
        Assert.Equal(y.Tanaan.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            tiedot.RootElement.GetProperty("uusiVoimassaolo").GetProperty("Asti").GetString());
    }

    [Fact]
    public async Task Palvelu_kieltaa_itselle_myonnon_yli_vuoden_ja_lakkautetun_eika_kirjoita_mitaan()
    {
        await using var y = await LuoAsync();
        var paa = await y.KayttajaAsync("paa");
        var uusiId = (await y.KayttajaAsync("uusi")).VirkailijaId!.Value;

        Assert.Equal(KayttooikeusSaannot.EiOikeuttaOmiin,
            (await y.Hallinta.MyonnaAsync(paa, paa.VirkailijaId!.Value, "koski-tallentaja", Oma, y.Tanaan.AddMonths(1))).Virhe);
        Assert.NotNull((await y.Hallinta.MyonnaAsync(paa, uusiId, "koski-katselija", Oma, y.Tanaan.AddYears(1).AddDays(1))).Virhe);
        Assert.Equal(KayttooikeusSaannot.Lakkautettu,
            (await y.Hallinta.MyonnaAsync(paa, uusiId, "koski-katselija", Lakkautettu, y.Tanaan.AddMonths(1))).Virhe);
        Assert.NotNull((await y.Hallinta.MyonnaAsync(paa, uusiId, "koski-katselija", Vieras, y.Tanaan.AddMonths(1))).Virhe);
        Assert.NotNull((await y.Hallinta.MyonnaAsync(paa, uusiId, "koski-paakayttaja", Oma, y.Tanaan.AddMonths(1))).Virhe);

        await using var db = y.Tietokanta.CreateDbContext();
        Assert.Equal(2, await db.Kayttooikeudet.CountAsync());
        Assert.Empty(await db.AuditLoki.ToListAsync());
    }

    [Fact]
    public async Task Jatko_vanhalla_versiolla_on_ristiriita_ja_oikealla_uusii_historiaa_ylikirjoittamatta()
    {
        await using var y = await LuoAsync();
        var paa = await y.KayttajaAsync("paa");
        var uusiId = (await y.KayttajaAsync("uusi")).VirkailijaId!.Value;
        await y.Hallinta.MyonnaAsync(paa, uusiId, "koski-katselija", Oma, y.Tanaan.AddMonths(1));
        var oikeus = Assert.Single((await y.Hallinta.HaeVirkailijaAsync(paa, uusiId))!.Voimassa);

        Assert.True((await y.Hallinta.JatkaAsync(paa, oikeus.Id, oikeus.Versio, y.Tanaan.AddMonths(6))).Onnistui);
        Assert.Equal(MuutoksenTulos.Ristiriita, await y.Hallinta.JatkaAsync(paa, oikeus.Id, oikeus.Versio, y.Tanaan.AddMonths(9)));

        var nyt = (await y.Hallinta.HaeVirkailijaAsync(paa, uusiId))!;
        Assert.Equal((KayttooikeudenTila.UUSITTU, y.Tanaan.AddMonths(6)), (nyt.Voimassa.Single().Tila, nyt.Voimassa.Single().VoimassaAsti));
        Assert.Equal([(KayttooikeudenTila.UUSITTU, y.Tanaan.AddMonths(6)), (KayttooikeudenTila.MYONNETTY, y.Tanaan.AddMonths(1))],
            nyt.Historia.Select(h => (h.Tila, h.VoimassaAsti!.Value)));
    }

    [Fact]
    public async Task Sulkeminen_vie_roolin_heti_ja_jaa_historiaan()
    {
        await using var y = await LuoAsync();
        var paa = await y.KayttajaAsync("paa");
        var uusiId = (await y.KayttajaAsync("uusi")).VirkailijaId!.Value;
        await y.Hallinta.MyonnaAsync(paa, uusiId, "koski-tallentaja", Lapsi, y.Tanaan.AddMonths(3));
        var oikeus = (await y.Hallinta.HaeVirkailijaAsync(paa, uusiId))!.Voimassa.Single();

        Assert.True((await y.Hallinta.SuljeAsync(paa, oikeus.Id, oikeus.Versio)).Onnistui);

        Assert.Empty((await y.KayttajaAsync("uusi")).Roolit);
        var nyt = (await y.Hallinta.HaeVirkailijaAsync(paa, uusiId))!;
        Assert.Empty(nyt.Voimassa);
        Assert.Equal([KayttooikeudenTila.SULJETTU, KayttooikeudenTila.MYONNETTY], nyt.Historia.Select(h => h.Tila));
    }

    [Fact]
    public async Task Virkailijalista_nayttaa_vain_omassa_alipuussa_oikeuden_omaavat_ja_suodattaa_nimella()
    {
        await using var y = await LuoAsync();
        var paa = await y.KayttajaAsync("paa");
        await using (var db = y.Tietokanta.CreateDbContext())
        {
            db.Kayttooikeudet.Add(new Kayttooikeus
            {
                VirkailijaId = (await y.KayttajaAsync("toinen")).VirkailijaId!.Value, Ryhma = "koski-tallentaja", OrganisaatioOid = Vieras,
                VoimassaAlkaen = y.Tanaan, VoimassaAsti = y.Tanaan.AddDays(30), Tila = KayttooikeudenTila.MYONNETTY,
            });
            await db.SaveChangesAsync();
        }
        await y.Hallinta.MyonnaAsync(paa, (await y.KayttajaAsync("uusi")).VirkailijaId!.Value, "koski-katselija", Lapsi, y.Tanaan.AddDays(20));

        var kaikki = await y.Hallinta.HaeVirkailijatAsync(paa, new VirkailijaHaku(), 0, 10);
        Assert.Equal(["paa", "paa2", "uusi"], kaikki.Rivit.Select(r => r.Kayttajatunnus));
        Assert.Equal(3, kaikki.Maara);
        var lapsessa = await y.Hallinta.HaeVirkailijatAsync(paa, new VirkailijaHaku(OrganisaatioOid: Lapsi), 0, 10);
        Assert.Equal(["uusi"], lapsessa.Rivit.Select(r => r.Kayttajatunnus));
        var ryhmalla = await y.Hallinta.HaeVirkailijatAsync(paa, new VirkailijaHaku(Ryhma: "koski-paakayttaja"), 0, 1);
        Assert.Equal((2, 1), (ryhmalla.Maara, ryhmalla.Rivit.Count));
        Assert.Equal(["paa2"], (await y.Hallinta.HaeVirkailijatAsync(paa, new VirkailijaHaku(Nimi: "UKUPAA2"), 0, 10)).Rivit.Select(r => r.Kayttajatunnus));
        // Fewer than three characters do not filter.
        Assert.Equal(3, (await y.Hallinta.HaeVirkailijatAsync(paa, new VirkailijaHaku(Nimi: "xy"), 0, 10)).Maara);

        // The other organisation's grant is not shown on the official's page either.
        var toinen = (await y.Hallinta.HaeVirkailijaAsync(paa, (await y.KayttajaAsync("toinen")).VirkailijaId!.Value))!;
        Assert.Empty(toinen.Voimassa);
        var katselija = new Application.Kayttajat.Kayttaja(9, "k", "K", [new Application.Kayttajat.Rooli(Kayttooikeusryhma.KoskiKatselija, Oma, "")]);
        Assert.Equal(0, (await y.Hallinta.HaeVirkailijatAsync(katselija, new VirkailijaHaku(), 0, 10)).Maara);
        Assert.Null(await y.Hallinta.HaeVirkailijaAsync(katselija, 1));
    }

    [Fact]
    public async Task Kattavuus_varoittaa_vajaasta_paakayttajamaarasta_ja_vanhenevista()
    {
        await using var y = await LuoAsync();
        var paa = await y.KayttajaAsync("paa");
        await y.Hallinta.MyonnaAsync(paa, (await y.KayttajaAsync("uusi")).VirkailijaId!.Value, "koski-katselija", Lapsi, y.Tanaan.AddDays(28));
        await y.Hallinta.MyonnaAsync(paa, (await y.KayttajaAsync("toinen")).VirkailijaId!.Value, "koski-katselija", Lapsi, y.Tanaan.AddDays(29));

        var kattavuus = await y.Hallinta.KattavuusAsync(paa);

        Assert.Empty(kattavuus.Koulutustoimijat); // two pääkäyttäjä at the koulutustoimija
        Assert.Equal([Lapsi], kattavuus.Oppilaitokset.Select(v => v.OrganisaatioOid)); // the closed one is not warned of
        Assert.Equal(["Etuuusi Sukuuusi"], kattavuus.Vanhenevat.Select(v => v.Haltija));
    }
}
