using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Koski.Virkailija.Infrastructure.Tietokanta.Migraatiot;

/// <summary>
/// A name search tests, for each learner it finds in the name index, whether one of the learner's study rights is
/// visible to the user. On PostgreSQL the learner index now carries the columns of the visibility rule, so that test
/// is answered from the index without reading the study-right row (a random read each, in a table larger than the
/// cache). SQLite's index stays on the learner alone: it has no INCLUDE, and its searches were already fast.
/// The search reads its name ranges in code-point order, so on PostgreSQL the name key compares by code point
/// (collation "C") whatever the database's locale; SQLite's default BINARY already does.
/// </summary>
[DbContext(typeof(KoskiDbContext))]
[Migration("202611220008_NakyvyysOppijanMukaan")]
public sealed class M0008_NakyvyysOppijanMukaan : Migration
{
    private const string Postgres = "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void Up(MigrationBuilder mb)
    {
        mb.DropIndex("ix_opiskeluoikeus_oppija_oid", "opiskeluoikeus");
        mb.CreateIndex("ix_opiskeluoikeus_oppija_nakyvyys", "opiskeluoikeus", "oppija_oid")
            .Annotation("Npgsql:IndexInclude",
#pragma warning disable CA1861 // a migration runs once
                new[] { "mitatoity", "oppilaitos_oid", "sisaltava_oppilaitos_oid", "ostaja_oid", "tyyppi" });
#pragma warning restore CA1861
        if (ActiveProvider == Postgres) mb.Sql("""ALTER TABLE oppija ALTER COLUMN hakunimi TYPE text COLLATE "C";""");
    }

    protected override void Down(MigrationBuilder mb)
    {
        if (ActiveProvider == Postgres) mb.Sql("ALTER TABLE oppija ALTER COLUMN hakunimi TYPE text COLLATE \"default\";");
        mb.DropIndex("ix_opiskeluoikeus_oppija_nakyvyys", "opiskeluoikeus");
        mb.CreateIndex("ix_opiskeluoikeus_oppija_oid", "opiskeluoikeus", "oppija_oid");
    }
}
