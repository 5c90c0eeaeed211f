using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Koski.Virkailija.Application.Kayttooikeudet;
using Koski.Virkailija.Application.Kieli;
using Koski.Virkailija.Domain.Kayttooikeudet;

namespace Koski.Virkailija.Application.Tests.Kayttooikeudet;

/// <summary>
/// Issue 16, finding 10: the application layer's messages and the role catalogue's names reach a Swedish-speaking
/// official in Swedish, and a Finnish one sees them exactly as before.
/// </summary>
public sealed partial class KayttajanKieliTests
{
    private static readonly DateOnly Tanaan = new(2026, 11, 20);

    private static T Kielella<T>(string kieli, Func<T> f)
    {
        var aiempi = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(kieli);
        try
        {
            return f();
        }
        finally
        {
            CultureInfo.CurrentUICulture = aiempi;
        }
    }

    [Theory]
    [InlineData("fi-FI", "Voimassaolo ei voi päättyä menneisyydessä.", "Valitse päivä 31.1.2027 jälkeen: jatkaminen ei voi lyhentää voimassaoloa.")]
    [InlineData("sv-FI", "Giltighetstiden kan inte sluta i det förflutna.", "Välj en dag efter 31.1.2027: en förlängning kan inte förkorta giltighetstiden.")]
    public void Saannon_viesti_on_kayttajan_kielella(string kieli, string menneisyys, string lyhennys)
    {
        Assert.Equal(menneisyys, Kielella(kieli, () => KayttooikeusSaannot.VoimassaoloVirhe(Tanaan.AddDays(-1), Tanaan)));
        Assert.Equal(lyhennys, Kielella(kieli, () => KayttooikeusSaannot.JatkoVirhe(new(2027, 1, 31), new(2027, 1, 1), Tanaan)));
    }

    [Theory]
    [InlineData("fi-FI", "KOSKI-tallentaja", "KOSKI-tallentaja (taiteen perusopetus, hankinta) myönnetään vain oppilaitostasolle.")]
    [InlineData("sv-FI", "KOSKI-registrerare", "KOSKI-registrerare (grundläggande konstundervisning, upphandling) beviljas endast på läroanstaltsnivå.")]
    public void Kayttooikeusryhman_nimi_on_kayttajan_kielella(string kieli, string tallentaja, string vainOppilaitokseen)
    {
        Assert.Equal(tallentaja, Kielella(kieli, () => Kayttooikeusryhma.KoskiTallentaja.Nimi));
        var koulutustoimija = SaantoMatriisiTests.Puu.Kaikki.First(o => o.TyyppiLista.Contains(Domain.Organisaatiot.OrganisaatioTyyppi.Koulutustoimija));
        Assert.Equal(vainOppilaitokseen,
            Kielella(kieli, () => KayttooikeusSaannot.OrganisaatioVirhe(Kayttooikeusryhma.KoskiTallentajaTpoHankinta, koulutustoimija)));
    }

    [Fact]
    public void Jokainen_ryhma_on_nimetty_ruotsiksi() =>
        Assert.All(Kayttooikeusryhma.Kaikki, r => Assert.False(string.IsNullOrWhiteSpace(r.NimiSv) || r.NimiSv == r.NimiFi, r.Tunniste));

    /// <summary>Every message has a Swedish text with the same placeholders, so no Swedish page falls back to Finnish or loses a value.</summary>
    [Fact]
    public void Jokaisella_tekstilla_on_ruotsinkielinen_vastine_samoin_paikoin()
    {
        var resurssit = new ResourceManager("Koski.Virkailija.Application.Kieli.Tekstit", typeof(Tekstit).Assembly);
        var suomi = Tekstit(resurssit, CultureInfo.InvariantCulture);
        var ruotsi = Tekstit(resurssit, CultureInfo.GetCultureInfo("sv"));
        Assert.True(suomi.Count > 80, $"only {suomi.Count} texts found: is the resource name right?");
        Assert.Equal(suomi.Keys.Order(StringComparer.Ordinal), ruotsi.Keys.Order(StringComparer.Ordinal));
        Assert.All(suomi, t => Assert.Equal(Paikat(t.Value), Paikat(ruotsi[t.Key])));
    }

    private static Dictionary<string, string> Tekstit(ResourceManager resurssit, CultureInfo kieli) =>
        resurssit.GetResourceSet(kieli, createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    private static List<string> Paikat(string teksti) => PaikkaMuoto().Matches(teksti).Select(m => m.Value).Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex PaikkaMuoto();
}
