using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Koski.Virkailija.Infrastructure.Tietokanta.Migraatiot;

/// <summary>
/// Columns the visibility rule and the student list filter on: the containing study right's oppilaitos, the buyer of
/// a bought education, and the luokka. Rows stored before this migration get them from their JSON, with the same
/// rules as <c>OpiskeluoikeusDokumentti</c>.
/// </summary>
[DbContext(typeof(KoskiDbContext))]
[Migration("202611220004_Oppijat")]
public sealed class M0004_Oppijat : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.AddColumn<string>("sisaltava_oppilaitos_oid", "opiskeluoikeus", nullable: true);
        mb.AddColumn<string>("ostaja_oid", "opiskeluoikeus", nullable: true);
        mb.AddColumn<string>("luokka", "opiskeluoikeus", nullable: true);
        mb.CreateIndex("ix_opiskeluoikeus_sisaltava_oppilaitos_oid", "opiskeluoikeus", "sisaltava_oppilaitos_oid");
        mb.CreateIndex("ix_opiskeluoikeus_ostaja_oid", "opiskeluoikeus", "ostaja_oid");
        mb.CreateIndex("ix_opiskeluoikeus_paattymispaiva", "opiskeluoikeus", "paattymispaiva");
        mb.CreateIndex("ix_opiskeluoikeus_oppilaitos_luokka", "opiskeluoikeus", ["oppilaitos_oid", "luokka"]);

        if (ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            mb.Sql("""
                UPDATE opiskeluoikeus SET
                  sisaltava_oppilaitos_oid = json::jsonb -> 'sisältyyOpiskeluoikeuteen' -> 'oppilaitos' ->> 'oid',
                  ostaja_oid = CASE
                    WHEN tyyppi = 'taiteenperusopetus' AND json::jsonb -> 'koulutuksenToteutustapa' ->> 'koodiarvo' = 'hankintakoulutus' THEN koulutustoimija_oid
                    WHEN tyyppi = 'esiopetus' AND jsonb_typeof(json::jsonb -> 'järjestämismuoto') = 'object' THEN koulutustoimija_oid
                  END,
                  luokka = (SELECT s ->> 'luokka' FROM jsonb_array_elements(CASE WHEN jsonb_typeof(json::jsonb -> 'suoritukset') = 'array' THEN json::jsonb -> 'suoritukset' ELSE '[]'::jsonb END) s
                            WHERE coalesce(trim(s ->> 'luokka'), '') <> '' ORDER BY s ->> 'alkamispäivä' DESC NULLS LAST LIMIT 1);
                """);
        }
        else
        {
            mb.Sql("""
                UPDATE opiskeluoikeus SET
                  sisaltava_oppilaitos_oid = json_extract(json, '$."sisältyyOpiskeluoikeuteen".oppilaitos.oid'),
                  ostaja_oid = CASE
                    WHEN tyyppi = 'taiteenperusopetus' AND json_extract(json, '$."koulutuksenToteutustapa".koodiarvo') = 'hankintakoulutus' THEN koulutustoimija_oid
                    WHEN tyyppi = 'esiopetus' AND json_type(json, '$."järjestämismuoto"') = 'object' THEN koulutustoimija_oid
                  END,
                  luokka = (SELECT json_extract(s.value, '$.luokka') FROM json_each(json, '$.suoritukset') s
                            WHERE trim(coalesce(json_extract(s.value, '$.luokka'), '')) <> ''
                            ORDER BY json_extract(s.value, '$."alkamispäivä"') IS NULL, json_extract(s.value, '$."alkamispäivä"') DESC LIMIT 1);
                """);
        }
    }

    protected override void Down(MigrationBuilder mb)
    {
        foreach (var indeksi in new[] { "ix_opiskeluoikeus_oppilaitos_luokka", "ix_opiskeluoikeus_paattymispaiva",
                     "ix_opiskeluoikeus_ostaja_oid", "ix_opiskeluoikeus_sisaltava_oppilaitos_oid" })
            mb.DropIndex(indeksi, "opiskeluoikeus");
        foreach (var sarake in new[] { "luokka", "ostaja_oid", "sisaltava_oppilaitos_oid" })
            mb.DropColumn(sarake, "opiskeluoikeus");
    }
}
