using Koski.Virkailija.Application.Raportit;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Microsoft.EntityFrameworkCore;
using static Koski.Virkailija.Application.Tests.Raportit.RaporttiAineisto;

namespace Koski.Virkailija.Application.Tests.Raportit;

/// <summary>Each report's rows on the hand-made dataset, as <see cref="RaporttiAineisto"/> describes them.</summary>
[Collection(RaporttiKokoelma.Nimi)]
public sealed class RaportitTests(RaporttiAineisto aineisto)
{
    private static readonly DateOnly Alku2024 = new(2024, 1, 1), Loppu2024 = new(2024, 12, 31);

    internal static async Task<List<object?[]>> RivitAsync(Taulukko taulukko)
    {
        var rivit = new List<object?[]>();
        await foreach (var rivi in taulukko.Rivit) rivit.Add(rivi);
        return rivit;
    }

    private async Task<(Taulukko Taulukko, List<object?[]> Rivit)> AjaAsync(RaportinParametrit parametrit,
        Kayttooikeusryhma? ryhma = null)
    {
        var sisalto = await aineisto.Raportit().LuoAsync(Kayttaja(ryhma ?? Kayttooikeusryhma.KoskiKatselija), parametrit);
        return (sisalto.Taulukko, await RivitAsync(sisalto.Taulukko));
    }

    private static object? Solu(Taulukko t, object?[] rivi, string otsikko) =>
        rivi[t.Sarakkeet.Select(s => s.Otsikko).ToList().IndexOf(otsikko)];

    [Fact]
    public async Task Paallekkaiset_toisen_jarjestajan_kanssa_ilman_tpota()
    {
        var (t, rivit) = await AjaAsync(new(RaporttiLaji.PaallekkaisetOpiskeluoikeudet, Normaalikoulu, Alku2024, Loppu2024));

        // Only Aino's perusopetus against her Helsinki lukio: both TPO study rights are left out.
        var rivi = Assert.Single(rivit);
        Assert.Equal(Aino, Solu(t, rivi, "Oppijan oid"));
        Assert.Equal("Aalto", Solu(t, rivi, "Sukunimi"));
        Assert.Equal("1.2.246.562.15.00000000011", Solu(t, rivi, "Opiskeluoikeuden oid"));
        Assert.Equal("Jyväskylän normaalikoulu", Solu(t, rivi, "Oppilaitos"));
        Assert.Equal("Perusopetus", Solu(t, rivi, "Koulutusmuoto"));
        Assert.Equal(new DateOnly(2016, 8, 15), Solu(t, rivi, "Alkamispäivä"));
        Assert.Equal("Läsnä", Solu(t, rivi, "Tilat aikavälillä"));
        Assert.Equal("1.2.246.562.15.00000000012", Solu(t, rivi, "Päällekkäisen opiskeluoikeuden oid"));
        Assert.Equal("Helsingin lukio", Solu(t, rivi, "Päällekkäisen oppilaitos"));
        Assert.Equal("Helsingin kaupunki", Solu(t, rivi, "Päällekkäisen koulutustoimija"));
        Assert.Equal("Lukiokoulutus", Solu(t, rivi, "Päällekkäisen koulutusmuoto"));
        Assert.Equal(new DateOnly(2024, 1, 10), Solu(t, rivi, "Päällekkäisen alkamispäivä"));
        Assert.Null(Solu(t, rivi, "Päällekkäisen päättymispäivä"));
        Assert.Equal("Tämä", Solu(t, rivi, "Ensin alkanut"));
    }

    [Fact]
    public async Task Paallekkaisyys_vain_aikavalilla()
    {
        // The Helsinki lukio starts in 2024: in 2023 nothing overlaps.
        var (_, rivit) = await AjaAsync(new(RaporttiLaji.PaallekkaisetOpiskeluoikeudet, Normaalikoulu, new(2023, 1, 1), new(2023, 12, 31)));
        Assert.Empty(rivit);
    }

    [Fact]
    public async Task Vuosiluokka_kevaalla_nayttaa_luokalle_jaavan()
    {
        var (t, rivit) = await AjaAsync(new(RaporttiLaji.PerusopetuksenVuosiluokka, Normaalikoulu, Alku2024, Loppu2024, new(2024, 5, 20), 7));

        var rivi = Assert.Single(rivit);
        Assert.Equal(Bertta, Solu(t, rivi, "Oppijan oid"));
        Assert.Equal("7A", Solu(t, rivi, "Luokka"));
        Assert.Equal(new DateOnly(2023, 8, 15), Solu(t, rivi, "Suorituksen alkamispäivä"));
        Assert.Equal(new DateOnly(2024, 5, 31), Solu(t, rivi, "Vahvistuspäivä"));
        Assert.Equal("Kyllä", Solu(t, rivi, "Jää luokalle"));
        Assert.Equal("5", Solu(t, rivi, "AI"));
        Assert.Equal("4", Solu(t, rivi, "MA"));
        Assert.Equal("Ei", Solu(t, rivi, "Tuen päätös voimassa"));
    }

    [Fact]
    public async Task Vuosiluokka_syksylla_arvosanat_yksilollistetyt_ja_tuki()
    {
        var (t, rivit) = await AjaAsync(new(RaporttiLaji.PerusopetuksenVuosiluokka, Normaalikoulu, Alku2024, Loppu2024, new(2024, 10, 1), 7));

        Assert.Equal([Bertta, Cecilia], rivit.Select(r => Solu(t, r, "Oppijan oid")));
        var (bertta, cecilia) = (rivit[0], rivit[1]);
        Assert.Equal("7B", Solu(t, bertta, "Luokka"));
        Assert.Equal("Ei", Solu(t, bertta, "Jää luokalle"));
        Assert.Equal("6", Solu(t, bertta, "MA"));
        Assert.Equal("MA", Solu(t, bertta, "Yksilöllistetyt oppiaineet"));
        Assert.Equal("Kyllä", Solu(t, bertta, "Tuen päätös voimassa"));
        Assert.Equal("9", Solu(t, cecilia, "AI"));
        Assert.Equal("10", Solu(t, cecilia, "MA"));
        Assert.Equal("8", Solu(t, cecilia, "KU"));
        Assert.Null(Solu(t, cecilia, "BI"));
        Assert.Equal("", Solu(t, cecilia, "Yksilöllistetyt oppiaineet"));
        Assert.Equal("Ei", Solu(t, cecilia, "Tuen päätös voimassa"));
    }

    [Fact]
    public async Task Esiopetus_aikavalilla()
    {
        var (t, rivit) = await AjaAsync(new(RaporttiLaji.Esiopetus, Normaalikoulu, Alku2024, Loppu2024), Kayttooikeusryhma.KoskiKatselijaEsiopetus);

        // Greta finished in 2023: not in the range.
        Assert.Equal([Daniel, Eemeli, Fanni], rivit.Select(r => Solu(t, r, "Oppijan oid")));
        var (daniel, fanni) = (rivit[0], rivit[2]);
        Assert.Equal(new DateOnly(2024, 8, 15), Solu(t, daniel, "Alkamispäivä"));
        Assert.Equal("Läsnä", Solu(t, daniel, "Viimeisin tila"));
        Assert.Equal("Käyttöliittymä", Solu(t, daniel, "Lähdejärjestelmä"));
        Assert.Equal("Jyväskylän normaalikoulu", Solu(t, daniel, "Toimipiste"));
        Assert.Null(Solu(t, daniel, "Vahvistuspäivä"));
        Assert.Equal("Esiopetusyksikkö", Solu(t, fanni, "Toimipiste"));
        Assert.Equal(new DateOnly(2024, 5, 31), Solu(t, fanni, "Vahvistuspäivä"));
        Assert.Equal(new DateOnly(2024, 5, 31), Solu(t, fanni, "Päättymispäivä"));
        Assert.Equal("Läsnä, Valmistunut", Solu(t, fanni, "Tilat aikavälillä"));
    }

    [Fact]
    public async Task Esiopetuksen_oppilasmaarat_toimipisteittain()
    {
        var sisalto = await aineisto.Raportit().LuoAsync(Kayttaja(Kayttooikeusryhma.KoskiKatselijaEsiopetus),
            new(RaporttiLaji.Esiopetus, Normaalikoulu, Alku2024, Loppu2024));

        var maarat = Assert.Single(sisalto.Lisataulukot);
        Assert.Equal(["Toimipiste", "Toimipisteen oid", "Oppilaita"], maarat.Sarakkeet.Select(s => s.Otsikko));
        object?[][] odotetut =
        [
            ["Esiopetusyksikkö", Esiopetusyksikko, 2],
            ["Jyväskylän normaalikoulu", Normaalikoulu, 1],
            ["Yhteensä", null, 3],
        ];
        Assert.Equal(odotetut, await RivitAsync(maarat));

        // In 2025 Fanni has left: one pupil in each.
        var vuosi2025 = await aineisto.Raportit().LuoAsync(Kayttaja(Kayttooikeusryhma.KoskiKatselijaEsiopetus),
            new(RaporttiLaji.Esiopetus, Normaalikoulu, new(2025, 1, 1), new(2025, 12, 31)));
        object?[][] odotetut2025 =
        [
            ["Esiopetusyksikkö", Esiopetusyksikko, 1],
            ["Jyväskylän normaalikoulu", Normaalikoulu, 1],
            ["Yhteensä", null, 2],
        ];
        Assert.Equal(odotetut2025, await RivitAsync(vuosi2025.Lisataulukot[0]));
    }

    [Fact]
    public async Task Lahdejarjestelmat_ja_kayttoliittyman_osuus()
    {
        var (_, rivit) = await AjaAsync(new(RaporttiLaji.Lahdejarjestelmat, Normaalikoulu, Alku2024, Loppu2024));

        object?[][] odotetut =
        [
            ["Esiopetus", "Käyttöliittymä", 4, 100.0],
            ["Perusopetus", "primus", 2, 66.67],
            ["Perusopetus", "Käyttöliittymä", 1, 33.33],
            ["Taiteen perusopetus", "Käyttöliittymä", 2, 100.0],
        ];
        Assert.Equal(odotetut, rivit);
    }

    [Theory]
    [InlineData("PaallekkaisetOpiskeluoikeudet")]
    [InlineData("PerusopetuksenVuosiluokka")]
    [InlineData("Esiopetus")]
    [InlineData("Lahdejarjestelmat")]
    public async Task Ilman_erityisten_tietojen_oikeutta_ei_raportteja(string laji)
    {
        var suppea = Kayttaja(Kayttooikeusryhma.KoskiKatselijaSuppea);
        Assert.Empty(aineisto.Raportit().Sallitut(suppea));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            aineisto.Raportit().LuoAsync(suppea, new(new RaporttiLaji(laji), Normaalikoulu, Alku2024, Loppu2024, new(2024, 10, 1), 7)));
    }

    [Theory]
    [InlineData("PaallekkaisetOpiskeluoikeudet")]
    [InlineData("PerusopetuksenVuosiluokka")]
    [InlineData("Lahdejarjestelmat")]
    public async Task Esiopetusrooli_saa_vain_esiopetusraportin(string laji)
    {
        var esiopetus = Kayttaja(Kayttooikeusryhma.KoskiKatselijaEsiopetus);
        Assert.Equal([RaporttiLaji.Esiopetus], aineisto.Raportit().Sallitut(esiopetus).Select(k => k.Laji));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            aineisto.Raportit().LuoAsync(esiopetus, new(new RaporttiLaji(laji), Normaalikoulu, Alku2024, Loppu2024, new(2024, 10, 1), 7)));
    }

    [Fact]
    public async Task Toisen_organisaation_oppilaitos_torjutaan()
    {
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => aineisto.Raportit().LuoAsync(
            Kayttaja(Kayttooikeusryhma.KoskiKatselija), new(RaporttiLaji.PaallekkaisetOpiskeluoikeudet, HelsinginLukio, Alku2024, Loppu2024)));
    }

    [Fact]
    public async Task Raportti_auditoidaan_parametreineen_ja_tiedostonimi_kertoo_raportin()
    {
        var sisalto = await aineisto.Raportit().LuoAsync(Kayttaja(Kayttooikeusryhma.KoskiKatselija),
            new(RaporttiLaji.PerusopetuksenVuosiluokka, Normaalikoulu, Alku2024, Loppu2024, new(2024, 10, 1), 7));

        Assert.Equal("perusopetuksen_vuosiluokka_00204_2026-11-20", sisalto.Tiedostonimi);
        await using var db = aineisto.Tietokanta.CreateDbContext();
        var merkinta = await db.AuditLoki.Where(m => m.Operaatio == "OPISKELUOIKEUS_RAPORTTI").OrderByDescending(m => m.Id).FirstAsync();
        Assert.Equal(Normaalikoulu, merkinta.OrganisaatioOid);
        Assert.Contains("\"Laji\":\"PerusopetuksenVuosiluokka\"", merkinta.Tiedot);
        Assert.Contains("\"Paiva\":\"2024-10-01\"", merkinta.Tiedot);
        Assert.Contains("\"Vuosiluokka\":7", merkinta.Tiedot);
    }

    [Fact]
    public async Task Lukukopiolta_luetut_rivit_raportoidaan_ja_auditointi_kirjataan_ensisijaiseen_kantaan()
    {
        // A replica that has not yet received the study rights: the report shows what the replica holds.
        await using var kopio = await Testaus.TestiTietokanta.SqliteAsync();
        await using (var db = aineisto.Tietokanta.CreateDbContext())
        await using (var kopionDb = kopio.CreateDbContext())
        {
            kopionDb.Organisaatiot.AddRange(await db.Organisaatiot.AsNoTracking().ToListAsync());
            await kopionDb.SaveChangesAsync();
        }
        var parametrit = new RaportinParametrit(RaporttiLaji.PaallekkaisetOpiskeluoikeudet, Normaalikoulu, Alku2024, Loppu2024);
        var raportit = RaporttiAineisto.Luo(aineisto.Tietokanta, aineisto.Aika, lukukopio: kopio);
        var ennen = await RaporttimerkinnatAsync();

        var sisalto = await raportit.LuoAsync(Kayttaja(Kayttooikeusryhma.KoskiKatselija), parametrit);

        Assert.Empty(await RivitAsync(sisalto.Taulukko));
        Assert.Single(await RivitAsync((await aineisto.Raportit().LuoAsync(Kayttaja(Kayttooikeusryhma.KoskiKatselija), parametrit)).Taulukko));
        Assert.Equal(ennen + 2, await RaporttimerkinnatAsync());
        await using var kopionLoki = kopio.CreateDbContext();
        Assert.Empty(kopionLoki.AuditLoki);
    }

    private async Task<int> RaporttimerkinnatAsync()
    {
        await using var db = aineisto.Tietokanta.CreateDbContext();
        return await db.AuditLoki.CountAsync(m => m.Operaatio == "OPISKELUOIKEUS_RAPORTTI");
    }
}
