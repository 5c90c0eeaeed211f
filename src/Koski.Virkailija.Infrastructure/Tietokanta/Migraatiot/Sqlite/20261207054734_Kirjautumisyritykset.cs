using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Koski.Virkailija.Infrastructure.Tietokanta.Migraatiot.Sqlite
{
    /// <inheritdoc />
    public partial class Kirjautumisyritykset : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "kirjautumisyritys",
                columns: table => new
                {
                    avain = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    loppuu = table.Column<DateTime>(type: "TEXT", nullable: false),
                    maara = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kirjautumisyritys", x => x.avain);
                });

            migrationBuilder.CreateIndex(
                name: "ix_kirjautumisyritys_loppuu",
                table: "kirjautumisyritys",
                column: "loppuu");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "kirjautumisyritys");
        }
    }
}
