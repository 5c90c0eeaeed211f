using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Koski.Virkailija.Infrastructure.Tietokanta.Migraatiot;

/// <summary>
/// Applications and the never-overwritten history of grants; version columns for conflict detection; partial unique
/// indexes so that two concurrent saves cannot create the same grant or the same open application twice.
/// </summary>
[DbContext(typeof(KoskiDbContext))]
[Migration("202611220002_Kayttooikeudet")]
public sealed class M0002_Kayttooikeudet : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.AddColumn<int>("versio", "kayttooikeus", nullable: false, defaultValue: 0);
        mb.AddColumn<int>("versio", "palvelukayttaja", nullable: false, defaultValue: 0);
        mb.CreateIndex("ux_kayttooikeus_voimassa", "kayttooikeus", ["virkailija_id", "ryhma", "organisaatio_oid"],
            unique: true, filter: "tila IN ('MYONNETTY', 'UUSITTU')");

        mb.CreateTable("kayttooikeusanomus", t => new
        {
            id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            virkailija_id = t.Column<long>(nullable: false),
            ryhma = t.Column<string>(nullable: false),
            organisaatio_oid = t.Column<string>(nullable: false),
            perustelut = t.Column<string>(nullable: false),
            jatkettava_id = t.Column<long>(nullable: true),
            tila = t.Column<string>(nullable: false),
            anottu = t.Column<DateTimeOffset>(nullable: false),
            kasittelija_id = t.Column<long>(nullable: true),
            kasitelty = t.Column<DateTimeOffset>(nullable: true),
            hylkayksen_syy = t.Column<string>(nullable: true),
            versio = t.Column<int>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_kayttooikeusanomus", x => x.id);
            t.ForeignKey("fk_kayttooikeusanomus_virkailija", x => x.virkailija_id, "virkailija", "id");
            t.ForeignKey("fk_kayttooikeusanomus_jatkettava", x => x.jatkettava_id, "kayttooikeus", "id");
        });
        mb.CreateIndex("ix_kayttooikeusanomus_organisaatio_tila", "kayttooikeusanomus", ["organisaatio_oid", "tila"]);
        mb.CreateIndex("ix_kayttooikeusanomus_virkailija_id", "kayttooikeusanomus", "virkailija_id");
        mb.CreateIndex("ux_kayttooikeusanomus_avoin", "kayttooikeusanomus", ["virkailija_id", "ryhma", "organisaatio_oid"],
            unique: true, filter: "tila = 'ANOTTU'");

        mb.CreateTable("kayttooikeus_historia", t => new
        {
            id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            virkailija_id = t.Column<long>(nullable: false),
            kayttooikeus_id = t.Column<long>(nullable: true),
            anomus_id = t.Column<long>(nullable: true),
            ryhma = t.Column<string>(nullable: false),
            organisaatio_oid = t.Column<string>(nullable: false),
            tila = t.Column<string>(nullable: false),
            voimassa_alkaen = t.Column<DateOnly>(nullable: true),
            voimassa_asti = t.Column<DateOnly>(nullable: true),
            tekija_id = t.Column<long>(nullable: true),
            syy = t.Column<string>(nullable: true),
            aika = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_kayttooikeus_historia", x => x.id);
            t.ForeignKey("fk_kayttooikeus_historia_virkailija", x => x.virkailija_id, "virkailija", "id");
            t.ForeignKey("fk_kayttooikeus_historia_kayttooikeus", x => x.kayttooikeus_id, "kayttooikeus", "id");
            t.ForeignKey("fk_kayttooikeus_historia_anomus", x => x.anomus_id, "kayttooikeusanomus", "id");
        });
        mb.CreateIndex("ix_kayttooikeus_historia_virkailija_id", "kayttooikeus_historia", "virkailija_id");
        mb.CreateIndex("ix_kayttooikeus_voimassa_asti", "kayttooikeus", ["tila", "voimassa_asti"]);
    }

    protected override void Down(MigrationBuilder mb)
    {
        mb.DropTable("kayttooikeus_historia");
        mb.DropTable("kayttooikeusanomus");
        mb.DropIndex("ix_kayttooikeus_voimassa_asti", "kayttooikeus");
        mb.DropIndex("ux_kayttooikeus_voimassa", "kayttooikeus");
        mb.DropColumn("versio", "palvelukayttaja");
        mb.DropColumn("versio", "kayttooikeus");
    }
}
