using Koski.Virkailija.Infrastructure.Tietokanta;
using Npgsql;

namespace Koski.Virkailija.Infrastructure.Tests.Tietokanta;

public sealed class PostgresYhteysTests
{
    [Fact]
    public void Oletuksena_lauseet_valmistellaan_eika_yhteytta_nollata_palautettaessa()
    {
        var viritetty = new NpgsqlConnectionStringBuilder(PostgresYhteys.Viritetty("Host=db;Database=koski"));

        Assert.Equal(50, viritetty.MaxAutoPrepare);
        Assert.True(viritetty.NoResetOnClose);
        Assert.Equal(PostgresYhteys.OletusPooli, viritetty.MaxPoolSize);
        Assert.Equal("koski", viritetty.Database);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false;Maximum Pool Size=7")]
    [InlineData("Host=db;MaxAutoPrepare=0;NoResetOnClose=false;MaxPoolSize=7")]
    public void Yhteysmerkkijonossa_annettu_asetus_voittaa(string yhteys)
    {
        var viritetty = new NpgsqlConnectionStringBuilder(PostgresYhteys.Viritetty(yhteys));

        Assert.Equal(0, viritetty.MaxAutoPrepare);
        Assert.False(viritetty.NoResetOnClose);
        Assert.Equal(7, viritetty.MaxPoolSize);
    }
}
