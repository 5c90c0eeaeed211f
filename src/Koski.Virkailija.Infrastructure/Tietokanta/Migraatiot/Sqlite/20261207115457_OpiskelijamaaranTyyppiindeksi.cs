using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Koski.Virkailija.Infrastructure.Tietokanta.Migraatiot.Sqlite
{
    /// <inheritdoc />
    public partial class OpiskelijamaaranTyyppiindeksi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_opiskeluoikeus_tyyppi_mitatoity",
                table: "opiskeluoikeus",
                columns: new[] { "tyyppi", "mitatoity" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_opiskeluoikeus_tyyppi_mitatoity",
                table: "opiskeluoikeus");
        }
    }
}
