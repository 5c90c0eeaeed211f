using Koski.Virkailija.Domain.Koodistot;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Koski.Virkailija.Testaus;

namespace Koski.Virkailija.Domain.Tests.Opiskeluoikeudet;

public class OpiskeluoikeudenTilatTests
{
    [Theory]
    [InlineData("lasna", false)]
    [InlineData("loma", false)]
    [InlineData("valiaikaisestikeskeytynyt", false)]
    [InlineData("eronnut", true)]
    [InlineData("katsotaaneronneeksi", true)]
    [InlineData("valmistunut", true)]
    [InlineData("peruutettu", true)]
    [InlineData("mitatoity", true)]
    [InlineData("hyvaksytystisuoritettu", true)]
    [InlineData("paattynyt", true)]
    [InlineData("keskeytynyt", true)]
    [InlineData("tuntematon", false)]
    public void OnPaattava(string tila, bool paattava) => Assert.Equal(paattava, Tilat.OnPaattava(tila));

    [Fact]
    public void TilatVastaavatKoodistoa()
    {
        var koodisto = KoodistoLukija.LueTiedosto(Path.Combine(Jaettu.Koodistot, "koskiopiskeluoikeudentila.koodit.json"));
        Assert.Equal(koodisto.Select(k => k.Koodiarvo).Order(), Tilat.Kaikki.Order());
    }
}
