using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Koski.Virkailija.Infrastructure.Tietokanta.Migraatiot.SqlServer
{
    /// <inheritdoc />
    public partial class OpiskelijalistanJarjestysindeksit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_opiskeluoikeus_lista_tyyppi",
                table: "opiskeluoikeus",
                columns: new[] { "tyyppi", "oppijan_hakunimi", "oid" })
                .Annotation("SqlServer:Include", new[] { "mitatoity", "oppilaitos_oid" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_opiskeluoikeus_lista_tyyppi",
                table: "opiskeluoikeus");
        }
    }
}
