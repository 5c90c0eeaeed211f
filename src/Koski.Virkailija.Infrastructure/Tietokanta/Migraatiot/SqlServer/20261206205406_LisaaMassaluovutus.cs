using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Koski.Virkailija.Infrastructure.Tietokanta.Migraatiot.SqlServer
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
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    virkailija_id = table.Column<long>(type: "bigint", nullable: true),
                    palvelukayttaja = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    pyytaja = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    tyyppi = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    muoto = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    kysely = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    tila = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    luotu = table.Column<DateTime>(type: "datetime2", nullable: false),
                    aloitettu = table.Column<DateTime>(type: "datetime2", nullable: true),
                    valmistunut = table.Column<DateTime>(type: "datetime2", nullable: true),
                    tyontekija = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    elossa = table.Column<DateTime>(type: "datetime2", nullable: true),
                    uudelleenkaynnistyksia = table.Column<int>(type: "int", nullable: false),
                    virhe = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    salasana = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    vanhenee = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_massaluovutus", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "massaluovutuksen_tiedosto",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    massaluovutus_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    nimi = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    sisaltotyyppi = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    sisalto = table.Column<byte[]>(type: "varbinary(max)", nullable: false)
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
