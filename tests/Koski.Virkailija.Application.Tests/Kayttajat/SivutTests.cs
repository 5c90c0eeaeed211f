using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Domain.Kayttooikeudet;

namespace Koski.Virkailija.Application.Tests.Kayttajat;

/// <summary>Which sections each role group opens: every group × every section, expected values from docs/DOMAIN.md §1.</summary>
public sealed class SivutTests
{
    // O = Oppijat, S = Tiedonsiirrot, U = Uusi opiskeluoikeus, R = Raportit, K = Käyttöoikeudet, I = Oppijoiden tuonti,
    // T = Omat tiedot.
    [Theory]
    [InlineData("koski-paakayttaja", "O S R K T")]           // reads with special data, reports, grants; no UI create
    [InlineData("koski-katselija", "O S R T")]               // reads with special data, check reports
    [InlineData("koski-katselija-suppea", "O S T")]          // no special data, no reports
    [InlineData("koski-katselija-esiopetus", "O S R T")]     // esiopetus reports
    [InlineData("koski-tallentaja", "O S R U T")]
    [InlineData("koski-tallentaja-esiopetus", "O S R U T")]
    [InlineData("koski-tallentaja-tpo-hankinta", "O S T")]   // edits, never creates; TPO has no special data
    [InlineData("koski-palvelukayttaja", "T")]             // a system account, not an official's UI role
    [InlineData("opintopolun-vastuukayttaja", "S K T")]
    [InlineData("varda-paakayttaja", "S K T")]
    [InlineData("oph-paakayttaja", "O S R U K T")]
    [InlineData("oppijan-tuonti", "I T")]                 // follows the organisation's learner batches, nothing else
    public void Ryhma_avaa_vain_sille_kuuluvat_osiot(string ryhma, string odotetut)
    {
        var kayttaja = new Kayttaja(1, "t", "T", [new Rooli(Kayttooikeusryhma.Hae(ryhma), "1.2.246.562.10.14613773812", "Koulu")]);
        var lyhenteet = new Dictionary<Sivu, string>
        {
            [Sivu.Oppijat] = "O", [Sivu.Tiedonsiirrot] = "S", [Sivu.UusiOpiskeluoikeus] = "U", [Sivu.Raportit] = "R",
            [Sivu.Kayttooikeudet] = "K", [Sivu.OppijoidenTuonti] = "I", [Sivu.OmatTiedot] = "T",
        };
        Assert.Equal(odotetut, string.Join(' ', kayttaja.Sallitut().Select(s => lyhenteet[s])));
    }

    [Fact]
    public void Ilman_roolia_vain_omat_tiedot()
    {
        var kayttaja = new Kayttaja(1, "uusi", "Uusi Virkailija", []);
        Assert.Equal([Sivu.OmatTiedot], kayttaja.Sallitut());
    }

    [Fact]
    public void Useampi_rooli_yhdistaa_osiot()
    {
        var kayttaja = new Kayttaja(1, "t", "T",
        [
            new Rooli(Kayttooikeusryhma.KoskiKatselijaSuppea, "1.2.246.562.10.1", "A"),
            new Rooli(Kayttooikeusryhma.OpintopolunVastuukayttaja, "1.2.246.562.10.2", "B"),
        ]);
        Assert.Equal([Sivu.Oppijat, Sivu.Tiedonsiirrot, Sivu.Kayttooikeudet, Sivu.OmatTiedot], kayttaja.Sallitut());
    }
}
