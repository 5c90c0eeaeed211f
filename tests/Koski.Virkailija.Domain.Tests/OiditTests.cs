namespace Koski.Virkailija.Domain.Tests;

public class OiditTests
{
    [Theory]
    [InlineData("1.2.246.562.10.00000000001", true)]
    [InlineData("1.2.246.562.10.53642770753", true)]
    [InlineData("1.2.246.562.10.346830761110", true)]
    [InlineData("1.2.246.562.10.2013120211542064151791", true)]
    [InlineData("1.2.246.562.10.5364277075", false)]
    [InlineData("1.2.246.562.10.5364277075a", false)]
    [InlineData("1.2.246.562.24.53642770753", false)]
    [InlineData("1.2.246.562.10.", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Organisaatio(string? oid, bool odotettu) => Assert.Equal(odotettu, Oidit.OnOrganisaatioOid(oid));

    [Theory]
    [InlineData("1.2.246.562.24.00000000001", true)]
    [InlineData("1.2.246.562.24.000000000012", false)]
    [InlineData("1.2.246.562.24.0000000001", false)]
    [InlineData("1.2.246.562.24.0000000000x", false)]
    [InlineData("1.2.246.562.15.00000000001", false)]
    [InlineData(null, false)]
    public void Henkilo(string? oid, bool odotettu) => Assert.Equal(odotettu, Oidit.OnHenkiloOid(oid));

    [Theory]
    [InlineData("1.2.246.562.15.82898400311", true)]
    [InlineData("1.2.246.562.15.828984003111", false)]
    [InlineData("1.2.246.562.24.82898400311", false)]
    [InlineData(" 1.2.246.562.15.82898400311", false)]
    [InlineData(null, false)]
    public void Opiskeluoikeus(string? oid, bool odotettu) => Assert.Equal(odotettu, Oidit.OnOpiskeluoikeusOid(oid));

    [Fact]
    public void GeneroidutOiditOvatNollillaTaytettyja()
    {
        Assert.Equal("1.2.246.562.24.00000000042", Oidit.Henkilo(42));
        Assert.Equal("1.2.246.562.15.99999999999", Oidit.Opiskeluoikeus(99_999_999_999));
        Assert.Equal("1.2.246.562.15.00000000000", Oidit.Opiskeluoikeus(0));
        Assert.True(Oidit.OnHenkiloOid(Oidit.Henkilo(123_456)));
        Assert.True(Oidit.OnOpiskeluoikeusOid(Oidit.Opiskeluoikeus(123_456)));
    }

    [Fact]
    public void LiianSuuriTaiNegatiivinenNumeroHylataan()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Oidit.Henkilo(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Oidit.Opiskeluoikeus(100_000_000_000));
    }
}
