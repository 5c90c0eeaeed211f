using Koski.Virkailija.Application.Raportit;
using Koski.Virkailija.Domain.Kayttooikeudet;
using static Koski.Virkailija.Application.Tests.Raportit.RaporttiAineisto;

namespace Koski.Virkailija.Application.Tests.Raportit;

/// <summary>The report registry: every report is complete, and an unknown report name finds nothing, never another report.</summary>
[Collection(RaporttiKokoelma.Nimi)]
public sealed class RaporttirekisteriTests(RaporttiAineisto aineisto)
{
    public static TheoryData<string> Lajit() => new(Raporttirekisteri.Kaikki.Select(r => r.Laji.Tunnus));

    [Fact]
    public void Rekisterissa_on_kaikki_raportit_kerran()
    {
        Assert.Equal(["PaallekkaisetOpiskeluoikeudet", "Lahdejarjestelmat", "PerusopetuksenVuosiluokka", "Esiopetus", "Kayttooikeudet"],
            Raporttirekisteri.Kaikki.Select(r => r.Laji.Tunnus));
        Assert.Equal(Raporttirekisteri.Kaikki.Count, Raporttirekisteri.Kaikki.Select(r => r.Tiedostonimi).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Lajit))]
    public void Raportilla_on_nimet_ja_kuvaus_kummallakin_kielella(string laji)
    {
        var raportti = Raporttirekisteri.Hae(new RaporttiLaji(laji))!;
        foreach (var teksti in new[] { raportti.Nimi, raportti.Ryhma, raportti.Kuvaus })
        {
            Assert.False(string.IsNullOrWhiteSpace(teksti.Fi));
            Assert.False(string.IsNullOrWhiteSpace(teksti.Sv));
            Assert.NotEqual(teksti.Fi, teksti.Sv);
        }
        Assert.Matches("^[a-z_]+$", raportti.Tiedostonimi);
    }

    [Theory]
    [MemberData(nameof(Lajit))]
    public void Raportilla_on_oikeussaanto_joka_sallii_jonkin_ja_torjuu_muut(string laji)
    {
        var raportti = Raporttirekisteri.Hae(new RaporttiLaji(laji))!;
        var sallitut = Kayttooikeusryhma.Kaikki.Where(r => Raporttirekisteri.Sallii(raportti, r)).ToList();
        Assert.NotEmpty(sallitut);
        Assert.True(sallitut.Count < Kayttooikeusryhma.Kaikki.Count);
        // The common part of the rule holds for every report: no report without the special-category right.
        Assert.All(sallitut, r => Assert.True(r.Sisaltaa(Oikeus.LUOTTAMUKSELLINEN_KAIKKI_TIEDOT)));
        Assert.DoesNotContain(Kayttooikeusryhma.KoskiKatselijaSuppea, sallitut);
    }

    [Fact]
    public async Task Tuntematon_raportti_ei_anna_mitaan_eika_toista_raporttia()
    {
        var kayttaja = Kayttaja(Kayttooikeusryhma.KoskiPaakayttaja);
        var tuntematon = new RaporttiLaji("Paallekkaiset");

        Assert.Null(Raporttirekisteri.Hae(tuntematon));
        Assert.Null(Raporttirekisteri.Hae(new RaporttiLaji("paallekkaisetopiskeluoikeudet")));
        Assert.Empty(await aineisto.Raportit().OrganisaatiotAsync(kayttaja, tuntematon));
        var virhe = await Assert.ThrowsAsync<ArgumentException>(() =>
            aineisto.Raportit().LuoAsync(kayttaja, new(tuntematon, Normaalikoulu, new(2024, 1, 1), new(2024, 12, 31))));
        Assert.Contains("Tuntematon raportti", virhe.Message);
    }
}
