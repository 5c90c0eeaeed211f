using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Koski.Virkailija.Infrastructure.Tietokanta.Migraatiot;

/// <summary>Shared session state: the data-protection key ring and the OpenID Connect nonces already used.</summary>
[DbContext(typeof(KoskiDbContext))]
[Migration("202611220003_Istunnot")]
public sealed class M0003_Istunnot : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable("suojausavain", t => new
        {
            id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            nimi = t.Column<string>(nullable: true),
            xml = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_suojausavain", x => x.id));

        mb.CreateTable("kaytetty_nonce", t => new
        {
            tiiviste = t.Column<string>(nullable: false),
            vanhenee = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_kaytetty_nonce", x => x.tiiviste));
        mb.CreateIndex("ix_kaytetty_nonce_vanhenee", "kaytetty_nonce", "vanhenee");
    }

    protected override void Down(MigrationBuilder mb)
    {
        mb.DropTable("kaytetty_nonce");
        mb.DropTable("suojausavain");
    }
}
