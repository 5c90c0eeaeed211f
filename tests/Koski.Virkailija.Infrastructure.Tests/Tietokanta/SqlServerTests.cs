using Koski.Virkailija.Infrastructure.Tietokanta;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Koski.Virkailija.Infrastructure.Tests.Tietokanta;

/// <summary>
/// SQL Server support, checked without a server (none runs on these machines): the model builds, and the T-SQL EF Core
/// generates from it parses. Nothing here is executed.
/// </summary>
public sealed class SqlServerTests
{
    public static TheoryData<string> Tarjoajat => ["Sqlite", "Postgres", "SqlServer"];

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public void Jokaisen_tarjoajan_migraatiot_vastaavat_mallia(string tarjoaja)
    {
        using var db = new KoskiDbContext(TietokantaPalvelut.Asetukset(new DbContextOptionsBuilder<KoskiDbContext>(),
            tarjoaja switch { "Sqlite" => "Data Source=:memory:", "Postgres" => "Host=localhost", _ => TSql.Yhteys }, tarjoaja).Options);

        // A model change without `build/uusi-migraatio.sh` fails here (and Migrate refuses it at start-up).
        Assert.False(db.Database.HasPendingModelChanges());
        var migraatiot = db.Database.GetMigrations().ToList();
        Assert.NotEmpty(migraatiot);
        Assert.All(migraatiot, m => Assert.Equal(TarjoajanMigraatiot.Nimiavaruus(db.Database.ProviderName),
            db.GetService<IMigrationsAssembly>().Migrations[m].Namespace));
    }

    [Fact]
    public void Malli_rakentuu_sql_serverille_tarjoajan_omin_maarittelyin()
    {
        using var db = TSql.Konteksti();
        var malli = db.GetService<IDesignTimeModel>().Model;
        var oppija = malli.FindEntityType(typeof(Domain.Oppijat.Oppija))!;
        Assert.Equal("Latin1_General_100_BIN2", oppija.FindProperty("Hakunimi")!.GetCollation());
        Assert.Equal(100, oppija.FindProperty("Oid")!.GetMaxLength());
        var nakyvyys = malli.FindEntityType(typeof(Domain.Opiskeluoikeudet.Opiskeluoikeus))!.GetIndexes()
            .Single(i => i.GetDatabaseName() == "ix_opiskeluoikeus_oppija_nakyvyys");
        Assert.Equal(5, SqlServerIndexExtensions.GetIncludeProperties(nakyvyys)!.Count);
        Assert.Equal(22, malli.GetEntityTypes().Count());
    }

    [Fact]
    public void Luontiskripti_ja_idempotentti_migraatioskripti_jasentyvat_t_sql_na()
    {
        using var db = TSql.Konteksti();
        var luonti = db.Database.GenerateCreateScript();
        var migraatiot = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        TSql.Jasenna(luonti);
        TSql.Jasenna(migraatiot);
        Assert.Contains("COLLATE Latin1_General_100_BIN2", luonti);
        Assert.Contains("INCLUDE ([mitatoity], [oppilaitos_oid], [sisaltava_oppilaitos_oid], [ostaja_oid], [tyyppi])", luonti);
        Assert.Contains("WHERE [hetu] IS NOT NULL", luonti);
        Assert.Contains("IF NOT EXISTS", migraatiot);
    }

    [Fact]
    public void Jasennin_hylkaa_virheellisen_t_sql_n()
    {
        var virhe = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => TSql.Jasenna("SELECT * FROM oppija LIMIT 10"));
        Assert.Contains("LIMIT", virhe.Message);
    }

}

public static class TSql
{
    public const string Yhteys = "Server=localhost;Database=koski;Integrated Security=true;TrustServerCertificate=true";

    /// <summary>A SQL Server context that never connects unless asked to run something.</summary>
    public static KoskiDbContext Konteksti() =>
        new(TietokantaPalvelut.Asetukset(new DbContextOptionsBuilder<KoskiDbContext>(), Yhteys, "SqlServer").Options);

    /// <summary>Parses T-SQL as SQL Server 2022 would (TSql160Parser, QUOTED_IDENTIFIER on as SqlClient sets it).</summary>
    public static void Jasenna(string sql)
    {
        var jasennin = new TSql160Parser(initialQuotedIdentifiers: true);
        using var lukija = new StringReader(sql);
        jasennin.Parse(lukija, out var virheet);
        Assert.True(virheet.Count == 0, string.Join("\n", virheet.Select(v => $"rivi {v.Line}: {v.Message}"))
            + "\n---\n" + sql);
    }
}
