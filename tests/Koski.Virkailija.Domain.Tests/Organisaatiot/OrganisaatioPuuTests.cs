using Koski.Virkailija.Domain.Organisaatiot;

namespace Koski.Virkailija.Domain.Tests.Organisaatiot;

public class OrganisaatioPuuTests
{
    private const string Juuri = Organisaatio.JuuriOid;

    private static Organisaatio Org(string oid, string? vanhempi, params OrganisaatioTyyppi[] tyypit) =>
        new() { Oid = oid, ParentOid = vanhempi, NimiFi = oid, Tyypit = Organisaatio.TyypitKoodeina(tyypit) };

    // kunta ─┬─ koulu ─┬─ toimipiste1
    //        │         └─ toimipiste2
    //        └─ päiväkoti
    // säätiö ── opisto
    private static readonly OrganisaatioPuu Pieni = new(
    [
        Org("kunta", Juuri, OrganisaatioTyyppi.Koulutustoimija, OrganisaatioTyyppi.VarhaiskasvatuksenJarjestaja),
        Org("koulu", "kunta", OrganisaatioTyyppi.Oppilaitos),
        Org("toimipiste1", "koulu", OrganisaatioTyyppi.Toimipiste),
        Org("toimipiste2", "koulu", OrganisaatioTyyppi.Toimipiste),
        Org("paivakoti", "kunta", OrganisaatioTyyppi.VarhaiskasvatuksenToimipaikka),
        Org("saatio", Juuri, OrganisaatioTyyppi.VarhaiskasvatuksenJarjestaja),
        Org("opisto", "saatio", OrganisaatioTyyppi.Oppilaitos),
    ]);

    [Fact]
    public void Hae()
    {
        Assert.Equal("koulu", Pieni.Hae("koulu")?.Oid);
        Assert.Null(Pieni.Hae("tuntematon"));
        Assert.Null(Pieni.Hae(Juuri));
    }

    [Fact]
    public void AlipuuSisaltaaItsensaJaJalkelaiset()
    {
        Assert.Equal(new HashSet<string> { "kunta", "koulu", "toimipiste1", "toimipiste2", "paivakoti" }, Pieni.Alipuu("kunta").ToHashSet());
        Assert.Equal(new HashSet<string> { "koulu", "toimipiste1", "toimipiste2" }, Pieni.Alipuu("koulu").ToHashSet());
        Assert.Equal(new HashSet<string> { "toimipiste1" }, Pieni.Alipuu("toimipiste1").ToHashSet());
        Assert.Empty(Pieni.Alipuu("tuntematon"));
    }

    [Fact]
    public void JuurenAlipuuSisaltaaKaikki()
    {
        var kaikki = Pieni.Alipuu(Juuri);
        Assert.All(Pieni.Kaikki, o => Assert.Contains(o.Oid, kaikki));
        Assert.Equal(8, kaikki.Count);
    }

    [Fact]
    public void AlipuuLasketaanKerran() => Assert.Same(Pieni.Alipuu("kunta"), Pieni.Alipuu("kunta"));

    [Fact]
    public void LapsetJaVanhemmat()
    {
        Assert.Equal(["koulu", "paivakoti"], Pieni.Lapset("kunta").Select(o => o.Oid));
        Assert.Equal(["kunta", "saatio"], Pieni.Lapset(Juuri).Select(o => o.Oid));
        Assert.Empty(Pieni.Lapset("toimipiste1"));
        Assert.Equal(["koulu", "kunta"], Pieni.Vanhemmat("toimipiste2").Select(o => o.Oid));
        Assert.Empty(Pieni.Vanhemmat("kunta"));
        Assert.Empty(Pieni.Vanhemmat("tuntematon"));
    }

    [Theory]
    [InlineData("toimipiste1", "kunta", "koulu")]
    [InlineData("koulu", "kunta", "koulu")]
    [InlineData("kunta", "kunta", null)]
    [InlineData("paivakoti", "kunta", null)]
    [InlineData("opisto", "saatio", "opisto")]
    [InlineData("tuntematon", null, null)]
    public void KoulutustoimijaJaOppilaitos(string oid, string? koulutustoimija, string? oppilaitos)
    {
        Assert.Equal(koulutustoimija, Pieni.Koulutustoimija(oid)?.Oid);
        Assert.Equal(oppilaitos, Pieni.Oppilaitos(oid)?.Oid);
    }

    [Fact]
    public void KehaEiJumita()
    {
        var puu = new OrganisaatioPuu([Org("a", "b"), Org("b", "a")]);
        Assert.Equal(["b"], puu.Vanhemmat("a").Select(o => o.Oid));
        Assert.Equal(new HashSet<string> { "a", "b" }, puu.Alipuu("a").ToHashSet());
        Assert.Null(puu.Koulutustoimija("a"));
    }

    [Fact]
    public void SamaOidKahdestiHylataan() =>
        Assert.Throws<ArgumentException>(() => new OrganisaatioPuu([Org("a", Juuri), Org("a", Juuri)]));

    private static readonly OrganisaatioPuu Oikea = new(Hierarkia.Organisaatiot);

    [Fact]
    public void OikeaHierarkia()
    {
        Assert.Equal(991, Oikea.Alipuu(Juuri).Count(oid => oid != Juuri));
        Assert.Equal(63, Oikea.Alipuu("1.2.246.562.10.53642770753").Count);
        Assert.Equal(675, Oikea.Alipuu("1.2.246.562.10.346830761110").Count);
        Assert.Equal(5, Oikea.Alipuu("1.2.246.562.10.59286753021").Count);
        Assert.Contains("1.2.246.562.10.42456023292", Oikea.Alipuu("1.2.246.562.10.346830761110"));
        Assert.DoesNotContain("1.2.246.562.10.42456023292", Oikea.Alipuu("1.2.246.562.10.53642770753"));
    }

    [Fact]
    public void OikeanHierarkianToimipisteenOppilaitosJaKoulutustoimija()
    {
        // Kallaveden lukio's toimipiste, whose parentOid is missing from the file
        const string toimipiste = "1.2.246.562.10.97828693362";
        Assert.Equal(["1.2.246.562.10.63813695861", "1.2.246.562.10.59286753021"], Oikea.Vanhemmat(toimipiste).Select(o => o.Oid));
        Assert.Equal("Kallaveden lukio", Oikea.Oppilaitos(toimipiste)?.NimiFi);
        Assert.Equal("Kuopion kaupunki", Oikea.Koulutustoimija(toimipiste)?.NimiFi);
        Assert.Equal(["1.2.246.562.10.97828693362", "1.2.246.562.10.17956879576"],
            Oikea.Lapset("1.2.246.562.10.63813695861").Select(o => o.Oid));
        // a day-care centre under a municipality that is both koulutustoimija and varhaiskasvatuksen järjestäjä
        Assert.Equal("Pyhtään kunta", Oikea.Koulutustoimija("1.2.246.562.10.63518646078")?.NimiFi);
        Assert.Null(Oikea.Oppilaitos("1.2.246.562.10.63518646078"));
    }

    [Fact]
    public void JokainenOikeaOrganisaatioOnJuurenAlla()
    {
        Assert.All(Oikea.Kaikki, o =>
        {
            var ylin = Oikea.Vanhemmat(o.Oid) is [.., var viimeinen] ? viimeinen : o;
            Assert.Equal(Juuri, ylin.ParentOid);
        });
    }
}
