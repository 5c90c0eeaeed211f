using Koski.Virkailija.Application.Raportit;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Infrastructure.Raportit;
using Koski.Virkailija.Testaus;
using static Koski.Virkailija.Application.Tests.Raportit.RaporttiAineisto;

namespace Koski.Virkailija.Application.Tests.Raportit;

/// <summary>The reports written as xlsx open with the same OpenXml library and hold the hand-written rows.</summary>
[Collection(RaporttiKokoelma.Nimi)]
public sealed class RaporttiXlsxTests(RaporttiAineisto aineisto)
{
    private async Task<List<List<string>>> XlsxAsync(RaportinParametrit parametrit)
    {
        var sisalto = await aineisto.Raportit().LuoAsync(Kayttaja(Kayttooikeusryhma.KoskiKatselija), parametrit);
        using var virta = new MemoryStream();
        await new XlsxKirjoittaja().KirjoitaAsync(sisalto.Taulukko, virta);
        virta.Position = 0;
        return XlsxLukija.Rivit(virta);
    }

    [Fact]
    public async Task Paallekkaiset_xlsx_sisaltaa_rivin()
    {
        var rivit = await XlsxAsync(new(RaporttiLaji.PaallekkaisetOpiskeluoikeudet, Normaalikoulu, new(2024, 1, 1), new(2024, 12, 31)));

        Assert.Equal(2, rivit.Count);
        Assert.Equal(PaallekkaisetOpiskeluoikeudet.Sarakkeet.Select(s => s.Otsikko), rivit[0]);
        Assert.Equal([Aino, "Aalto", "Aino", "1.2.246.562.15.00000000011", "Jyväskylän normaalikoulu"], rivit[1].Take(5));
        Assert.Contains("Helsingin lukio", rivit[1]);
    }

    [Fact]
    public async Task Esiopetus_xlsx_sisaltaa_oppilaat_ja_toimipisteiden_maarat()
    {
        var sisalto = await aineisto.Raportit().LuoAsync(Kayttaja(Kayttooikeusryhma.KoskiKatselija),
            new(RaporttiLaji.Esiopetus, Normaalikoulu, new(2024, 1, 1), new(2024, 12, 31)));
        using var virta = new MemoryStream();
        await new XlsxKirjoittaja().KirjoitaAsync(sisalto.Taulukot, virta);
        virta.Position = 0;

        var taulukot = XlsxLukija.Taulukot(virta);
        Assert.Equal(["Esiopetus", "Oppilaat toimipisteittäin"], taulukot.Select(t => t.Nimi));
        Assert.Equal([Daniel, Eemeli, Fanni], taulukot[0].Rivit.Skip(1).Select(r => r[0]));
        Assert.Equal([["Toimipiste", "Toimipisteen oid", "Oppilaita"], ["Esiopetusyksikkö", Esiopetusyksikko, "2"],
            ["Jyväskylän normaalikoulu", Normaalikoulu, "1"], ["Yhteensä", "", "3"]], taulukot[1].Rivit);
    }

    [Fact]
    public async Task Ruotsinkielinen_kayttaja_saa_ruotsinkieliset_otsikot_ja_suomenkielinen_suomenkieliset()
    {
        var aiempi = System.Globalization.CultureInfo.CurrentUICulture;
        try
        {
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("sv-FI");
            var ruotsiksi = await EsiopetusAsync();
            Assert.Equal(["Förskoleundervisning", "Elever per verksamhetsställe"], ruotsiksi.Select(t => t.Nimi));
            Assert.Equal(["Elevens oid", "Efternamn", "Förnamn", "Studierättens oid", "Läroanstalt"], ruotsiksi[0].Rivit[0].Take(5));
            Assert.Equal(["Verksamhetsställe", "Verksamhetsställets oid", "Elever"], ruotsiksi[1].Rivit[0]);

            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("fi-FI");
            var suomeksi = await EsiopetusAsync();
            Assert.Equal(["Esiopetus", "Oppilaat toimipisteittäin"], suomeksi.Select(t => t.Nimi));
            Assert.Equal(Esiopetusraportti.Sarakkeet.Select(s => s.Otsikko), suomeksi[0].Rivit[0]);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = aiempi;
        }
    }

    private async Task<List<(string Nimi, List<List<string>> Rivit)>> EsiopetusAsync()
    {
        var sisalto = await aineisto.Raportit().LuoAsync(Kayttaja(Kayttooikeusryhma.KoskiKatselija),
            new(RaporttiLaji.Esiopetus, Normaalikoulu, new(2024, 1, 1), new(2024, 12, 31)));
        using var virta = new MemoryStream();
        await new XlsxKirjoittaja().KirjoitaAsync(sisalto.Taulukot, virta);
        virta.Position = 0;
        return XlsxLukija.Taulukot(virta);
    }

    /// <summary>Every header of every report (the subject codes of the grade report aside) has its Swedish text.</summary>
    [Fact]
    public void Jokaisen_raportin_otsikot_on_kaannetty_ruotsiksi()
    {
        IEnumerable<Sarake> kaikki = [.. Esiopetusraportti.Sarakkeet, .. Esiopetusraportti.ToimipisteSarakkeet,
            .. Kayttooikeusraportti.Sarakkeet, .. Kayttooikeusraportti.HuomioSarakkeet, .. Lahdejarjestelmat.Sarakkeet,
            .. PaallekkaisetOpiskeluoikeudet.Sarakkeet,
            .. PerusopetuksenVuosiluokka.Sarakkeet.Where(s => !PerusopetuksenVuosiluokka.Oppiaineet.Contains(s.Otsikko))];
        var aiempi = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("sv-FI");
        try
        {
            var kaantamatta = kaikki.Select(s => s.Otsikko).Where(o => Application.Kieli.Tekstit.Otsikko(o) == o).ToList();
            Assert.True(kaantamatta.Count == 0, "no Swedish header: " + string.Join(", ", kaantamatta));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = aiempi;
        }
    }

    [Fact]
    public async Task Vuosiluokka_xlsx_sisaltaa_oppilaat()
    {
        var rivit = await XlsxAsync(new(RaporttiLaji.PerusopetuksenVuosiluokka, Normaalikoulu, new(2024, 1, 1), new(2024, 12, 31), new(2024, 10, 1), 7));

        Assert.Equal(3, rivit.Count);
        Assert.Equal("Jää luokalle", rivit[0][9]);
        Assert.Equal([Bertta, "Bäck", "Bertta"], rivit[1].Take(3));
        Assert.Equal([Cecilia, "Ceder", "Cecilia"], rivit[2].Take(3));
        // Grade 7 is a number cell; the start date a serial date (15.8.2024 = 45519).
        Assert.Equal("7", rivit[2][6]);
        Assert.Equal("45519", rivit[2][7]);
    }
}
