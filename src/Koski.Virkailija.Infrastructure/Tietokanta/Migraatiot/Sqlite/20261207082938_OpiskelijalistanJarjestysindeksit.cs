using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Koski.Virkailija.Infrastructure.Tietokanta.Migraatiot.Sqlite
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
                columns: new[] { "tyyppi", "oppijan_hakunimi", "oid" });

            // The list's other sorts are by COALESCE(column, empty) (Listajarjestys: empty values first in every
            // database, and a keyset needs no NULL), which only an expression index serves; the model cannot declare
            // one, so they are written here. The expressions are the ones EF Core writes for the sort keys (an empty
            // date is Listajarjestys.TyhjaPaiva), or the planner will not use them (OpiskelijalistanIndeksitTests).
            migrationBuilder.Sql("CREATE INDEX ix_opiskeluoikeus_lista_alkamispaiva ON opiskeluoikeus (COALESCE(alkamispaiva, '0001-01-02'), oppijan_hakunimi, oid)");
            migrationBuilder.Sql("CREATE INDEX ix_opiskeluoikeus_lista_paattymispaiva ON opiskeluoikeus (COALESCE(paattymispaiva, '0001-01-02'), oppijan_hakunimi, oid)");
            migrationBuilder.Sql("CREATE INDEX ix_opiskeluoikeus_lista_tila ON opiskeluoikeus (COALESCE(tila, ''), oppijan_hakunimi, oid)");
            migrationBuilder.Sql("CREATE INDEX ix_opiskeluoikeus_lista_luokka ON opiskeluoikeus (COALESCE(luokka, ''), oppijan_hakunimi, oid)");
            // SQLite keeps no distribution of oppilaitos_oid, so it takes a koulutustoimija's oppilaitokset for a few
            // hundred rows and sorts them all (a large one has tens of thousands): led by the oppilaitos, each
            // oppilaitos gives the page's first rows from its own range, as ix_opiskeluoikeus_lista does by name.
            // The trailing columns make the key query read the index alone.
            migrationBuilder.Sql("CREATE INDEX ix_opiskeluoikeus_lista_oppilaitos_tyyppi ON opiskeluoikeus (oppilaitos_oid, tyyppi, oppijan_hakunimi, oid, mitatoity)");
            migrationBuilder.Sql("CREATE INDEX ix_opiskeluoikeus_lista_oppilaitos_alkamispaiva ON opiskeluoikeus " +
                "(oppilaitos_oid, COALESCE(alkamispaiva, '0001-01-02'), oppijan_hakunimi, oid, mitatoity, alkamispaiva)");
            migrationBuilder.Sql("CREATE INDEX ix_opiskeluoikeus_lista_oppilaitos_paattymispaiva ON opiskeluoikeus " +
                "(oppilaitos_oid, COALESCE(paattymispaiva, '0001-01-02'), oppijan_hakunimi, oid, mitatoity, paattymispaiva)");
            migrationBuilder.Sql("CREATE INDEX ix_opiskeluoikeus_lista_oppilaitos_tila ON opiskeluoikeus " +
                "(oppilaitos_oid, COALESCE(tila, ''), oppijan_hakunimi, oid, mitatoity, tila)");
            migrationBuilder.Sql("CREATE INDEX ix_opiskeluoikeus_lista_oppilaitos_luokka ON opiskeluoikeus " +
                "(oppilaitos_oid, COALESCE(luokka, ''), oppijan_hakunimi, oid, mitatoity, luokka)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var sarake in new[] { "tyyppi", "alkamispaiva", "paattymispaiva", "tila", "luokka" })
                migrationBuilder.Sql($"DROP INDEX ix_opiskeluoikeus_lista_oppilaitos_{sarake}");
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
