using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Validointi;
using static Koski.Virkailija.Domain.Tests.Validointi.Saantotestit;

namespace Koski.Virkailija.Domain.Tests.Validointi;

/// <summary>
/// KOSKI's kuori exemption (KoskiValidator.validateLinkitettyTaiSisältääOsasuorituksia): which errors a study right
/// that others are linked into escapes, and when the database must be asked at all.
/// </summary>
public sealed class KuoriopiskeluoikeusTests
{
    private const string Oid = "1.2.246.562.15.12345678901";
    private const string Ammatillinen = "ammatillinen-perustutkinto_2024-08-13.json";
    private const string Paattotodistus = "perusopetuksenoppimaara-paattotodistus_2025-03-20.json";

    private static JsonObject Tallennettu(string tiedosto)
    {
        var oo = Esimerkki(tiedosto);
        oo["oid"] = Oid;
        return oo;
    }

    [Fact]
    public void Kuori_valmistuu_ilman_osasuorituksia_muut_virheet_jaavat()
    {
        var ammatillinen = Tallennettu(Ammatillinen);
        Suoritus(ammatillinen).Remove("osasuoritukset");
        var virheet = Virheet(ammatillinen);
        Assert.Contains(virheet, v => v.Avain == "badRequest.validation.tila.valmiiksiMerkityltäPuuttuuOsasuorituksia");
        Assert.Equal(Oid, Kuoriopiskeluoikeus.Kysyttava(ammatillinen, virheet));
        Assert.Empty(Kuoriopiskeluoikeus.Kuoren(virheet));

        var perusopetus = Tallennettu(Paattotodistus);
        Suoritus(perusopetus, 3)["osasuoritukset"] = new JsonArray();
        // Any other error stays: here the päättymispäivä does not match the ending jakso.
        perusopetus["päättymispäivä"] = "2000-01-01";
        virheet = Virheet(perusopetus);
        Assert.Contains(virheet, v => v.Avain == "badRequest.validation.tila.oppiaineetPuuttuvat");
        Assert.Equal(Oid, Kuoriopiskeluoikeus.Kysyttava(perusopetus, virheet));
        var kuoren = Kuoriopiskeluoikeus.Kuoren(virheet);
        Assert.NotEmpty(kuoren);
        Assert.All(kuoren, v => Assert.NotEqual("badRequest.validation.tila.oppiaineetPuuttuvat", v.Avain));
        Assert.Equal(virheet.Where(v => v.Avain != "badRequest.validation.tila.oppiaineetPuuttuvat"), kuoren);
    }

    [Fact]
    public void Kantaa_kysytaan_vain_tallennetulta_jolla_on_kuoren_virhe()
    {
        var uusi = Esimerkki(Ammatillinen);
        Suoritus(uusi).Remove("osasuoritukset");
        Assert.Null(Kuoriopiskeluoikeus.Kysyttava(uusi, Virheet(uusi)));

        var ehja = Tallennettu(Ammatillinen);
        Assert.Empty(Virheet(ehja));
        Assert.Null(Kuoriopiskeluoikeus.Kysyttava(ehja, Virheet(ehja)));

        // The same key's neighbours are not a kuori's: a laajuus sum stays and asks nothing.
        var laajuus = Tallennettu(Paattotodistus);
        var virheet = new[] { new ValidointiVirhe("badRequest.validation.laajuudet.osasuoritustenLaajuuksienSumma", "", "suoritukset[0]") };
        Assert.Null(Kuoriopiskeluoikeus.Kysyttava(laajuus, virheet));
        Assert.Equal(virheet, Kuoriopiskeluoikeus.Kuoren(virheet));
    }

    [Fact]
    public void Linkitetty_nimeaa_kuoren_oidin()
    {
        var linkitetty = new JsonObject
        {
            ["sisältyyOpiskeluoikeuteen"] = new JsonObject
            {
                ["oid"] = Oid, ["oppilaitos"] = new JsonObject { ["oid"] = "1.2.246.562.10.1" },
            },
        };
        Assert.True(Kuoriopiskeluoikeus.SisaltyyTahan(linkitetty, Oid));
        Assert.False(Kuoriopiskeluoikeus.SisaltyyTahan(linkitetty, "1.2.246.562.15.99999999999"));
        Assert.False(Kuoriopiskeluoikeus.SisaltyyTahan(new JsonObject { ["oid"] = Oid }, Oid));
    }
}
