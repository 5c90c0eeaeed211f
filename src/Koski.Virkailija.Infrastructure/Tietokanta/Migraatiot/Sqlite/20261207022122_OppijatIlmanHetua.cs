using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Koski.Virkailija.Infrastructure.Tietokanta.Migraatiot.Sqlite
{
    /// <inheritdoc />
    public partial class OppijatIlmanHetua : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "aidinkieli",
                table: "oppija",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "kansalaisuus",
                table: "oppija",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "linkitetty_oid",
                table: "oppija",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "luoja_organisaatio_oid",
                table: "oppija",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "sukupuoli",
                table: "oppija",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "yksiloimaton",
                table: "oppija",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "oppijoiden_yhdistaminen",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    tapa = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    oppija_oid = table.Column<string>(type: "TEXT", nullable: false),
                    master_oid = table.Column<string>(type: "TEXT", nullable: true),
                    annettu_hetu = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    siirretyt_opiskeluoikeudet = table.Column<string>(type: "TEXT", nullable: false),
                    aika = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    tekija = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    purettu = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    purkaja = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_oppijoiden_yhdistaminen", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_oppija_linkitetty_oid",
                table: "oppija",
                column: "linkitetty_oid");

            migrationBuilder.CreateIndex(
                name: "ix_oppija_luoja_organisaatio_oid",
                table: "oppija",
                column: "luoja_organisaatio_oid");

            migrationBuilder.CreateIndex(
                name: "ix_oppijoiden_yhdistaminen_master_oid",
                table: "oppijoiden_yhdistaminen",
                column: "master_oid");

            migrationBuilder.CreateIndex(
                name: "ix_oppijoiden_yhdistaminen_oppija_oid",
                table: "oppijoiden_yhdistaminen",
                column: "oppija_oid");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "oppijoiden_yhdistaminen");

            migrationBuilder.DropIndex(
                name: "ix_oppija_linkitetty_oid",
                table: "oppija");

            migrationBuilder.DropIndex(
                name: "ix_oppija_luoja_organisaatio_oid",
                table: "oppija");

            migrationBuilder.DropColumn(
                name: "aidinkieli",
                table: "oppija");

            migrationBuilder.DropColumn(
                name: "kansalaisuus",
                table: "oppija");

            migrationBuilder.DropColumn(
                name: "linkitetty_oid",
                table: "oppija");

            migrationBuilder.DropColumn(
                name: "luoja_organisaatio_oid",
                table: "oppija");

            migrationBuilder.DropColumn(
                name: "sukupuoli",
                table: "oppija");

            migrationBuilder.DropColumn(
                name: "yksiloimaton",
                table: "oppija");
        }
    }
}
