using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Koski.Virkailija.Infrastructure.Tietokanta.Migraatiot.Postgres
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
                .Annotation("Npgsql:IndexInclude", new[] { "mitatoity", "oppilaitos_oid" });

            // The list's other sorts are by COALESCE(column, empty) (Listajarjestys: empty values first in every
            // database, and a keyset needs no NULL), which only an expression index serves; the model cannot declare
            // one, so they are written here. The expressions are the ones EF Core writes for the sort keys (an empty
            // date is Listajarjestys.TyhjaPaiva), or the planner will not use them (OpiskelijalistanIndeksitTests).
            migrationBuilder.Sql("CREATE INDEX ix_opiskeluoikeus_lista_alkamispaiva ON opiskeluoikeus ((COALESCE(alkamispaiva, DATE '0001-01-02')), oppijan_hakunimi, oid) " +
                "INCLUDE (alkamispaiva, mitatoity, oppilaitos_oid, tyyppi)");
            migrationBuilder.Sql("CREATE INDEX ix_opiskeluoikeus_lista_paattymispaiva ON opiskeluoikeus ((COALESCE(paattymispaiva, DATE '0001-01-02')), oppijan_hakunimi, oid) " +
                "INCLUDE (paattymispaiva, mitatoity, oppilaitos_oid, tyyppi)");
            migrationBuilder.Sql("CREATE INDEX ix_opiskeluoikeus_lista_tila ON opiskeluoikeus ((COALESCE(tila, '')), oppijan_hakunimi, oid) " +
                "INCLUDE (tila, mitatoity, oppilaitos_oid, tyyppi)");
            migrationBuilder.Sql("CREATE INDEX ix_opiskeluoikeus_lista_luokka ON opiskeluoikeus ((COALESCE(luokka, '')), oppijan_hakunimi, oid) " +
                "INCLUDE (luokka, mitatoity, oppilaitos_oid, tyyppi)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_opiskeluoikeus_lista_alkamispaiva");
            migrationBuilder.Sql("DROP INDEX ix_opiskeluoikeus_lista_paattymispaiva");
            migrationBuilder.Sql("DROP INDEX ix_opiskeluoikeus_lista_tila");
            migrationBuilder.Sql("DROP INDEX ix_opiskeluoikeus_lista_luokka");
            migrationBuilder.DropIndex(
                name: "ix_opiskeluoikeus_lista_tyyppi",
                table: "opiskeluoikeus");
        }
    }
}
