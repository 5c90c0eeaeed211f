using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Koski.Virkailija.Infrastructure.Tietokanta.Migraatiot.Sqlite
{
    /// <inheritdoc />
    public partial class LisaaMassaluovutus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "massaluovutus",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    virkailija_id = table.Column<long>(type: "INTEGER", nullable: true),
                    palvelukayttaja = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    pyytaja = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    tyyppi = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    muoto = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    kysely = table.Column<string>(type: "TEXT", nullable: false),
                    tila = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    luotu = table.Column<DateTime>(type: "TEXT", nullable: false),
                    aloitettu = table.Column<DateTime>(type: "TEXT", nullable: true),
                    valmistunut = table.Column<DateTime>(type: "TEXT", nullable: true),
                    tyontekija = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    elossa = table.Column<DateTime>(type: "TEXT", nullable: true),
                    uudelleenkaynnistyksia = table.Column<int>(type: "INTEGER", nullable: false),
                    virhe = table.Column<string>(type: "TEXT", nullable: true),
                    salasana = table.Column<string>(type: "TEXT", nullable: true),
                    vanhenee = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_massaluovutus", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "massaluovutuksen_tiedosto",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    massaluovutus_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    nimi = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    sisaltotyyppi = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    sisalto = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_massaluovutuksen_tiedosto", x => x.id);
                    table.ForeignKey(
                        name: "FK_massaluovutuksen_tiedosto_massaluovutus_massaluovutus_id",
                        column: x => x.massaluovutus_id,
                        principalTable: "massaluovutus",
                        principalColumn: "id");
                });

            migrationBuilder.CreateIndex(
                name: "ix_massaluovutuksen_tiedosto_nimi",
                table: "massaluovutuksen_tiedosto",
                columns: new[] { "massaluovutus_id", "nimi" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_massaluovutus_tila_luotu",
                table: "massaluovutus",
                columns: new[] { "tila", "luotu" });

            migrationBuilder.CreateIndex(
                name: "ix_massaluovutus_vanhenee",
                table: "massaluovutus",
                column: "vanhenee");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "massaluovutuksen_tiedosto");

            migrationBuilder.DropTable(
                name: "massaluovutus");
        }
    }
}
