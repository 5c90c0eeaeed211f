using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Koski.Virkailija.Infrastructure.Tietokanta.Migraatiot;

/// <summary>
/// A name search keeps its results in (hakunimi, oid) order and tests every word against the name. With the oid in
/// the name index, both are answered from the index alone: a search of several words visits every learner whose
/// name starts with one of them (e.g. a common surname) without reading those rows, and reads only the page it shows.
/// </summary>
[DbContext(typeof(KoskiDbContext))]
[Migration("202611220007_HakunimiJaOid")]
public sealed class M0007_HakunimiJaOid : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.DropIndex("ix_oppija_hakunimi", "oppija");
        mb.CreateIndex("ix_oppija_hakunimi", "oppija", ["hakunimi", "oid"]);
    }

    protected override void Down(MigrationBuilder mb)
    {
        mb.DropIndex("ix_oppija_hakunimi", "oppija");
        mb.CreateIndex("ix_oppija_hakunimi", "oppija", "hakunimi");
    }
}
