using Koski.Virkailija.Application.Syotto;
using static Koski.Virkailija.Application.Tests.Tiedonsiirto.TiedonsiirtoKanta;

namespace Koski.Virkailija.Application.Tests.Syotto;

/// <summary>The new-study-right form's required fields, decided in the application layer with KOSKI's keys and paths.</summary>
public sealed class PakollisetKentatTests
{
    [Fact]
    public void Oppilaitos_hankinnan_ostaja_ja_oppijan_tunniste_ovat_pakollisia()
    {
        var tpo = new SyottoLomake
        {
            Tyyppi = SyottoLomake.Taiteenperusopetus, Jaksot = [new() { Alku = new DateTime(2025, 8, 11) }],
            Tpo = new() { Oppimaara = "laajaoppimaara", Toteutustapa = SyottoLomake.Hankintakoulutus, Taiteenala = "tanssi" },
        };
        var virheet = OpiskeluoikeusSyotto.PakollisetKentat(tpo, " ");
        Assert.Equal(
        [
            ("badRequest.validation.organisaatio.oppilaitosPuuttuu", "oppilaitos"),
            ("badRequest.validation.organisaatio.koulutustoimijaPakollinen", "koulutustoimija"),
            ("badRequest.validation.jsonSchema", "henkilö.hetu"),
        ], virheet.Select(v => (v.Avain, v.Polku)));

        tpo.OppilaitosOid = VarsinaisSuomenKansanopisto;
        tpo.OstajaOid = HelsinginKaupunki;
        Assert.Empty(OpiskeluoikeusSyotto.PakollisetKentat(tpo, "010106A9997"));
        // Only a hankinta asks for the buyer.
        tpo.OstajaOid = null;
        tpo.Tpo.Toteutustapa = "itsejarjestettykoulutus";
        Assert.Empty(OpiskeluoikeusSyotto.PakollisetKentat(tpo, "010106A9997"));
    }

    [Fact]
    public async Task Esitarkistus_yhdistaa_pakolliset_ja_saannot_yhden_viestin_kenttaa_kohden()
    {
        await using var kanta = await LuoAsync("Sqlite");
        var lomake = new SyottoLomake
        {
            Tyyppi = SyottoLomake.Lisaopetus, Jaksot = [new() { Alku = new DateTime(2023, 8, 11) }],
            OppiaineRivit = [new() { Oppiaine = "MA", Arvosana = "8" }],
        };

        var virheet = await kanta.Syotto.EsitarkistaUusiAsync(lomake, "010106A9997");

        // The catalogue would say oppilaitosPuuttuu too; the form's own message stands alone by the field.
        Assert.Equal("Valitse oppilaitos.", Assert.Single(virheet, v => v.Polku == "oppilaitos").Viesti);
        Assert.Contains(virheet, v => v.Avain == "badRequest.validation.tila.perusopetuksenLisäopetuksenOpiskeluoikeudenTilaEiSallittu");
    }
}
