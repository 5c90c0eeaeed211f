using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Koski.Virkailija.Infrastructure.Tietokanta.Migraatiot;

/// <summary>
/// The visibility rule matches the oppilaitos, the containing study right's oppilaitos or the buyer. The last two are
/// empty on almost every row; indexed in full, SQLite's statistics count those empty values as one huge key, judge
/// the indexes useless and scan the whole table for every list page. Indexes of only the rows that have a value are
/// small and let both databases look up the three columns separately (the OR of three index searches).
/// The student list's count and page keys are answered from <c>ix_opiskeluoikeus_lista</c> alone (oppilaitos, not
/// invalidated, learner, oid), without reading the rows.
/// </summary>
[DbContext(typeof(KoskiDbContext))]
[Migration("202611220006_ListanIndeksit")]
public sealed class M0006_ListanIndeksit : Migration
{
    private static readonly string[] Sarakkeet = ["sisaltava_oppilaitos_oid", "ostaja_oid"];

    protected override void Up(MigrationBuilder mb)
    {
        foreach (var sarake in Sarakkeet)
        {
            mb.DropIndex($"ix_opiskeluoikeus_{sarake}", "opiskeluoikeus");
            mb.CreateIndex($"ix_opiskeluoikeus_{sarake}", "opiskeluoikeus", sarake, filter: $"{sarake} IS NOT NULL");
        }
        mb.CreateIndex("ix_opiskeluoikeus_lista", "opiskeluoikeus", ["oppilaitos_oid", "mitatoity", "oppija_oid", "oid"]);
    }

    protected override void Down(MigrationBuilder mb)
    {
        mb.DropIndex("ix_opiskeluoikeus_lista", "opiskeluoikeus");
        foreach (var sarake in Sarakkeet)
        {
            mb.DropIndex($"ix_opiskeluoikeus_{sarake}", "opiskeluoikeus");
            mb.CreateIndex($"ix_opiskeluoikeus_{sarake}", "opiskeluoikeus", sarake);
        }
    }
}
