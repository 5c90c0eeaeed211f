using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Koski.Virkailija.Infrastructure.Tietokanta.Migraatiot.Postgres
{
    /// <inheritdoc />
    public partial class OpiskelijalistanAvaimet : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_opiskeluoikeus_lista",
                table: "opiskeluoikeus");

            migrationBuilder.AddColumn<string>(
                name: "oppijan_hakunimi",
                table: "opiskeluoikeus",
                type: "text",
                nullable: false,
                defaultValue: "",
                collation: "C");

            // Existing study rights take their learner's sort name (new saves keep it current: Application.Oppijat.Lajittelunimi).
            migrationBuilder.Sql(
                "UPDATE opiskeluoikeus SET oppijan_hakunimi = (SELECT h.hakunimi FROM oppija h WHERE h.oid = opiskeluoikeus.oppija_oid)");

            migrationBuilder.CreateIndex(
                name: "ix_opiskeluoikeus_lista",
                table: "opiskeluoikeus",
                columns: new[] { "oppilaitos_oid", "oppijan_hakunimi", "oid", "mitatoity" });

            migrationBuilder.CreateIndex(
                name: "ix_opiskeluoikeus_lista_nimi",
                table: "opiskeluoikeus",
                columns: new[] { "oppijan_hakunimi", "oid" })
                .Annotation("Npgsql:IndexInclude", new[] { "mitatoity", "oppilaitos_oid", "sisaltava_oppilaitos_oid", "ostaja_oid", "tyyppi" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_opiskeluoikeus_lista",
                table: "opiskeluoikeus");

            migrationBuilder.DropIndex(
                name: "ix_opiskeluoikeus_lista_nimi",
                table: "opiskeluoikeus");

            migrationBuilder.DropColumn(
                name: "oppijan_hakunimi",
                table: "opiskeluoikeus");

            migrationBuilder.CreateIndex(
                name: "ix_opiskeluoikeus_lista",
                table: "opiskeluoikeus",
                columns: new[] { "oppilaitos_oid", "mitatoity", "oppija_oid", "oid" });
        }
    }
}
