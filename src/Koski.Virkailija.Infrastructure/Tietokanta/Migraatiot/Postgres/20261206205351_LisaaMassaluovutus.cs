using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Koski.Virkailija.Infrastructure.Tietokanta.Migraatiot.Postgres
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
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    virkailija_id = table.Column<long>(type: "bigint", nullable: true),
                    palvelukayttaja = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    pyytaja = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    tyyppi = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    muoto = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    kysely = table.Column<string>(type: "text", nullable: false),
                    tila = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    luotu = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    aloitettu = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    valmistunut = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    tyontekija = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    elossa = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    uudelleenkaynnistyksia = table.Column<int>(type: "integer", nullable: false),
                    virhe = table.Column<string>(type: "text", nullable: true),
                    salasana = table.Column<string>(type: "text", nullable: true),
                    vanhenee = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    massaluovutus_id = table.Column<Guid>(type: "uuid", nullable: false),
                    nimi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    sisaltotyyppi = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    sisalto = table.Column<byte[]>(type: "bytea", nullable: false)
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
