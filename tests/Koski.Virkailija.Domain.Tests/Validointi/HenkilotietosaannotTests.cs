using Koski.Virkailija.Domain.Validointi;

namespace Koski.Virkailija.Domain.Tests.Validointi;

/// <summary>The oppijanumerorekisteri's kutsumanimi rule, behind KOSKI's henkilötiedot.puutteelliset for a new learner.</summary>
public sealed class HenkilotietosaannotTests
{
    [Theory]
    [InlineData("Anna-Liisa Milla Karoliina", "Anna")]
    [InlineData("Anna-Liisa Milla Karoliina", "Liisa")]
    [InlineData("Anna-Liisa Milla Karoliina", "Anna-Liisa")]
    [InlineData("Anna-Liisa Milla Karoliina", "milla karoliina")]
    [InlineData("Anna-Liisa Milla Karoliina", "Anna-Liisa Milla Karoliina")]
    [InlineData("Juha-Matti Petteri", "Juha Matti")]
    public void Kutsumanimi_on_yksi_etunimista(string etunimet, string kutsumanimi) =>
        Assert.True(Henkilotietosaannot.KutsumanimiOnEtunimi(etunimet, kutsumanimi));

    [Theory]
    [InlineData("Anna-Liisa Milla Karoliina", "Karo")]
    [InlineData("Anna-Liisa Milla Karoliina", "liina")]
    [InlineData("Anna-Liisa Milla Karoliina", "Sanna")]
    [InlineData("Anna-Liisa Milla Karoliina", "Anna Karoliina")]
    public void Muu_kutsumanimi_on_puutteellinen_henkilotieto(string etunimet, string kutsumanimi) =>
        Assert.False(Henkilotietosaannot.KutsumanimiOnEtunimi(etunimet, kutsumanimi));
}
