using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Koski.Virkailija.Infrastructure.Tietokanta.Migraatiot.Sqlite
{
    /// <inheritdoc />
    public partial class OppijoidenTuonti : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "oppijoiden_tuonti",
                table: "palvelukayttaja",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "oppijoiden_tuonti",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    organisaatio_oid = table.Column<string>(type: "TEXT", nullable: false),
                    palvelukayttaja = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    tila = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    luotu = table.Column<DateTime>(type: "TEXT", nullable: false),
                    aloitettu = table.Column<DateTime>(type: "TEXT", nullable: true),
                    valmistunut = table.Column<DateTime>(type: "TEXT", nullable: true),
                    elossa = table.Column<DateTime>(type: "TEXT", nullable: true),
                    tyontekija = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    kasiteltavia = table.Column<int>(type: "INTEGER", nullable: false),
                    kasiteltyja = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_oppijoiden_tuonti", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tuonti_tunniste",
                columns: table => new
                {
                    organisaatio_oid = table.Column<string>(type: "TEXT", nullable: false),
                    tunniste = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    oppija_oid = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tuonti_tunniste", x => new { x.organisaatio_oid, x.tunniste });
                });

            migrationBuilder.CreateTable(
                name: "tuotu_henkilo",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    tuonti_id = table.Column<long>(type: "INTEGER", nullable: false),
                    jarjestys = table.Column<int>(type: "INTEGER", nullable: false),
                    tunniste = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    henkilo = table.Column<string>(type: "TEXT", nullable: false),
                    tulos = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    oppija_oid = table.Column<string>(type: "TEXT", nullable: true),
                    virhe_avain = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    virheviesti = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tuotu_henkilo", x => x.id);
                    table.ForeignKey(
                        name: "fk_tuotu_henkilo_tuonti",
                        column: x => x.tuonti_id,
                        principalTable: "oppijoiden_tuonti",
                        principalColumn: "id");
                });

            migrationBuilder.CreateIndex(
                name: "ix_oppijoiden_tuonti_organisaatio_luotu",
                table: "oppijoiden_tuonti",
                columns: new[] { "organisaatio_oid", "luotu" });

            migrationBuilder.CreateIndex(
                name: "ix_oppijoiden_tuonti_tila_luotu",
                table: "oppijoiden_tuonti",
                columns: new[] { "tila", "luotu" });

            migrationBuilder.CreateIndex(
                name: "ix_tuotu_henkilo_tuonti_jarjestys",
                table: "tuotu_henkilo",
                columns: new[] { "tuonti_id", "jarjestys" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tuonti_tunniste");

            migrationBuilder.DropTable(
                name: "tuotu_henkilo");

            migrationBuilder.DropTable(
                name: "oppijoiden_tuonti");

            migrationBuilder.DropColumn(
                name: "oppijoiden_tuonti",
                table: "palvelukayttaja");
        }
    }
}
