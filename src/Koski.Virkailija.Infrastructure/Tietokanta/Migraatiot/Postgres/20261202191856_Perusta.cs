using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Koski.Virkailija.Infrastructure.Tietokanta.Migraatiot.Postgres
{
    /// <inheritdoc />
    public partial class Perusta : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "auditloki",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    aika = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    operaatio = table.Column<string>(type: "text", nullable: false),
                    kayttaja = table.Column<string>(type: "text", nullable: false),
                    ip_osoite = table.Column<string>(type: "text", nullable: true),
                    istunto = table.Column<string>(type: "text", nullable: true),
                    oppija_oid = table.Column<string>(type: "text", nullable: true),
                    opiskeluoikeus_oid = table.Column<string>(type: "text", nullable: true),
                    versionumero = table.Column<int>(type: "integer", nullable: true),
                    organisaatio_oid = table.Column<string>(type: "text", nullable: true),
                    tiedot = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_auditloki", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "kaytetty_nonce",
                columns: table => new
                {
                    tiiviste = table.Column<string>(type: "text", nullable: false),
                    vanhenee = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kaytetty_nonce", x => x.tiiviste);
                });

            migrationBuilder.CreateTable(
                name: "koodi",
                columns: table => new
                {
                    koodisto_uri = table.Column<string>(type: "text", nullable: false),
                    koodiarvo = table.Column<string>(type: "text", nullable: false),
                    versio = table.Column<int>(type: "integer", nullable: false),
                    nimi_fi = table.Column<string>(type: "text", nullable: true),
                    nimi_sv = table.Column<string>(type: "text", nullable: true),
                    nimi_en = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_koodi", x => new { x.koodisto_uri, x.koodiarvo });
                });

            migrationBuilder.CreateTable(
                name: "oppija",
                columns: table => new
                {
                    oid = table.Column<string>(type: "text", nullable: false),
                    hetu = table.Column<string>(type: "text", nullable: true),
                    etunimet = table.Column<string>(type: "text", nullable: false),
                    kutsumanimi = table.Column<string>(type: "text", nullable: true),
                    sukunimi = table.Column<string>(type: "text", nullable: false),
                    syntymaaika = table.Column<DateOnly>(type: "date", nullable: true),
                    hakunimi = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_oppija", x => x.oid);
                });

            migrationBuilder.CreateTable(
                name: "organisaatio",
                columns: table => new
                {
                    oid = table.Column<string>(type: "text", nullable: false),
                    parent_oid = table.Column<string>(type: "text", nullable: true),
                    nimi_fi = table.Column<string>(type: "text", nullable: false),
                    nimi_sv = table.Column<string>(type: "text", nullable: true),
                    nimi_en = table.Column<string>(type: "text", nullable: true),
                    tyypit = table.Column<string>(type: "text", nullable: false),
                    oppilaitos_koodi = table.Column<string>(type: "text", nullable: true),
                    oppilaitostyyppi = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "text", nullable: false),
                    lakkautus_pvm = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisaatio", x => x.oid);
                });

            migrationBuilder.CreateTable(
                name: "palvelukayttaja",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    tunnus = table.Column<string>(type: "text", nullable: false),
                    salasana_hash = table.Column<string>(type: "text", nullable: false),
                    organisaatio_oid = table.Column<string>(type: "text", nullable: false),
                    aktiivinen = table.Column<bool>(type: "boolean", nullable: false),
                    versio = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_palvelukayttaja", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "suojausavain",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    nimi = table.Column<string>(type: "text", nullable: true),
                    xml = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_suojausavain", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "virkailija",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    oid = table.Column<string>(type: "text", nullable: false),
                    kayttajatunnus = table.Column<string>(type: "text", nullable: false),
                    etunimet = table.Column<string>(type: "text", nullable: false),
                    sukunimi = table.Column<string>(type: "text", nullable: false),
                    sahkoposti = table.Column<string>(type: "text", nullable: true),
                    oidc_subject = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_virkailija", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "opiskeluoikeus",
                columns: table => new
                {
                    oid = table.Column<string>(type: "text", nullable: false),
                    oppija_oid = table.Column<string>(type: "text", nullable: false),
                    versionumero = table.Column<int>(type: "integer", nullable: false),
                    aikaleima = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    tyyppi = table.Column<string>(type: "text", nullable: false),
                    oppilaitos_oid = table.Column<string>(type: "text", nullable: false),
                    koulutustoimija_oid = table.Column<string>(type: "text", nullable: true),
                    alkamispaiva = table.Column<DateOnly>(type: "date", nullable: true),
                    paattymispaiva = table.Column<DateOnly>(type: "date", nullable: true),
                    tila = table.Column<string>(type: "text", nullable: true),
                    lahdejarjestelma = table.Column<string>(type: "text", nullable: true),
                    lahdejarjestelman_id = table.Column<string>(type: "text", nullable: true),
                    mitatoity = table.Column<bool>(type: "boolean", nullable: false),
                    sisaltava_oppilaitos_oid = table.Column<string>(type: "text", nullable: true),
                    ostaja_oid = table.Column<string>(type: "text", nullable: true),
                    luokka = table.Column<string>(type: "text", nullable: true),
                    json = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_opiskeluoikeus", x => x.oid);
                    table.ForeignKey(
                        name: "fk_opiskeluoikeus_oppija",
                        column: x => x.oppija_oid,
                        principalTable: "oppija",
                        principalColumn: "oid");
                });

            migrationBuilder.CreateTable(
                name: "kayttooikeus",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    virkailija_id = table.Column<long>(type: "bigint", nullable: false),
                    ryhma = table.Column<string>(type: "text", nullable: false),
                    organisaatio_oid = table.Column<string>(type: "text", nullable: false),
                    voimassa_alkaen = table.Column<DateOnly>(type: "date", nullable: false),
                    voimassa_asti = table.Column<DateOnly>(type: "date", nullable: false),
                    tila = table.Column<string>(type: "text", nullable: false),
                    myontaja_id = table.Column<long>(type: "bigint", nullable: true),
                    muokattu = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    versio = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kayttooikeus", x => x.id);
                    table.ForeignKey(
                        name: "fk_kayttooikeus_virkailija",
                        column: x => x.virkailija_id,
                        principalTable: "virkailija",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "opiskeluoikeus_versio",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    opiskeluoikeus_oid = table.Column<string>(type: "text", nullable: false),
                    versionumero = table.Column<int>(type: "integer", nullable: false),
                    aikaleima = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    tallentaja = table.Column<string>(type: "text", nullable: false),
                    lahdejarjestelma = table.Column<string>(type: "text", nullable: true),
                    json = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_opiskeluoikeus_versio", x => x.id);
                    table.ForeignKey(
                        name: "fk_opiskeluoikeus_versio_opiskeluoikeus",
                        column: x => x.opiskeluoikeus_oid,
                        principalTable: "opiskeluoikeus",
                        principalColumn: "oid");
                });

            migrationBuilder.CreateTable(
                name: "kayttooikeusanomus",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    virkailija_id = table.Column<long>(type: "bigint", nullable: false),
                    ryhma = table.Column<string>(type: "text", nullable: false),
                    organisaatio_oid = table.Column<string>(type: "text", nullable: false),
                    perustelut = table.Column<string>(type: "text", nullable: false),
                    jatkettava_id = table.Column<long>(type: "bigint", nullable: true),
                    tila = table.Column<string>(type: "text", nullable: false),
                    anottu = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    kasittelija_id = table.Column<long>(type: "bigint", nullable: true),
                    kasitelty = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    hylkayksen_syy = table.Column<string>(type: "text", nullable: true),
                    versio = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kayttooikeusanomus", x => x.id);
                    table.ForeignKey(
                        name: "fk_kayttooikeusanomus_jatkettava",
                        column: x => x.jatkettava_id,
                        principalTable: "kayttooikeus",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_kayttooikeusanomus_virkailija",
                        column: x => x.virkailija_id,
                        principalTable: "virkailija",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "kayttooikeus_historia",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    virkailija_id = table.Column<long>(type: "bigint", nullable: false),
                    kayttooikeus_id = table.Column<long>(type: "bigint", nullable: true),
                    anomus_id = table.Column<long>(type: "bigint", nullable: true),
                    ryhma = table.Column<string>(type: "text", nullable: false),
                    organisaatio_oid = table.Column<string>(type: "text", nullable: false),
                    tila = table.Column<string>(type: "text", nullable: false),
                    voimassa_alkaen = table.Column<DateOnly>(type: "date", nullable: true),
                    voimassa_asti = table.Column<DateOnly>(type: "date", nullable: true),
                    tekija_id = table.Column<long>(type: "bigint", nullable: true),
                    syy = table.Column<string>(type: "text", nullable: true),
                    aika = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kayttooikeus_historia", x => x.id);
                    table.ForeignKey(
                        name: "fk_kayttooikeus_historia_anomus",
                        column: x => x.anomus_id,
                        principalTable: "kayttooikeusanomus",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_kayttooikeus_historia_kayttooikeus",
                        column: x => x.kayttooikeus_id,
                        principalTable: "kayttooikeus",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "fk_kayttooikeus_historia_virkailija",
                        column: x => x.virkailija_id,
                        principalTable: "virkailija",
                        principalColumn: "id");
                });

            migrationBuilder.CreateIndex(
                name: "ix_auditloki_aika",
                table: "auditloki",
                column: "aika");

            migrationBuilder.CreateIndex(
                name: "ix_auditloki_oppija_oid",
                table: "auditloki",
                column: "oppija_oid");

            migrationBuilder.CreateIndex(
                name: "ix_kaytetty_nonce_vanhenee",
                table: "kaytetty_nonce",
                column: "vanhenee");

            migrationBuilder.CreateIndex(
                name: "ix_kayttooikeus_organisaatio_oid",
                table: "kayttooikeus",
                column: "organisaatio_oid");

            migrationBuilder.CreateIndex(
                name: "ix_kayttooikeus_virkailija_id",
                table: "kayttooikeus",
                column: "virkailija_id");

            migrationBuilder.CreateIndex(
                name: "ix_kayttooikeus_voimassa_asti",
                table: "kayttooikeus",
                columns: new[] { "tila", "voimassa_asti" });

            migrationBuilder.CreateIndex(
                name: "ux_kayttooikeus_voimassa",
                table: "kayttooikeus",
                columns: new[] { "virkailija_id", "ryhma", "organisaatio_oid" },
                unique: true,
                filter: "tila IN ('MYONNETTY', 'UUSITTU')");

            migrationBuilder.CreateIndex(
                name: "ix_kayttooikeus_historia_virkailija_id",
                table: "kayttooikeus_historia",
                column: "virkailija_id");

            migrationBuilder.CreateIndex(
                name: "ix_kayttooikeusanomus_organisaatio_tila",
                table: "kayttooikeusanomus",
                columns: new[] { "organisaatio_oid", "tila" });

            migrationBuilder.CreateIndex(
                name: "ix_kayttooikeusanomus_virkailija_id",
                table: "kayttooikeusanomus",
                column: "virkailija_id");

            migrationBuilder.CreateIndex(
                name: "ux_kayttooikeusanomus_avoin",
                table: "kayttooikeusanomus",
                columns: new[] { "virkailija_id", "ryhma", "organisaatio_oid" },
                unique: true,
                filter: "tila = 'ANOTTU'");

            migrationBuilder.CreateIndex(
                name: "ix_opiskeluoikeus_alkamispaiva",
                table: "opiskeluoikeus",
                column: "alkamispaiva");

            migrationBuilder.CreateIndex(
                name: "ix_opiskeluoikeus_koulutustoimija_oid",
                table: "opiskeluoikeus",
                column: "koulutustoimija_oid");

            migrationBuilder.CreateIndex(
                name: "ix_opiskeluoikeus_lahdejarjestelma",
                table: "opiskeluoikeus",
                column: "lahdejarjestelma");

            migrationBuilder.CreateIndex(
                name: "ix_opiskeluoikeus_lista",
                table: "opiskeluoikeus",
                columns: new[] { "oppilaitos_oid", "mitatoity", "oppija_oid", "oid" });

            migrationBuilder.CreateIndex(
                name: "ix_opiskeluoikeus_oppija_nakyvyys",
                table: "opiskeluoikeus",
                column: "oppija_oid")
                .Annotation("Npgsql:IndexInclude", new[] { "mitatoity", "oppilaitos_oid", "sisaltava_oppilaitos_oid", "ostaja_oid", "tyyppi" });

            migrationBuilder.CreateIndex(
                name: "ix_opiskeluoikeus_oppilaitos_luokka",
                table: "opiskeluoikeus",
                columns: new[] { "oppilaitos_oid", "luokka" });

            migrationBuilder.CreateIndex(
                name: "ix_opiskeluoikeus_oppilaitos_tyyppi",
                table: "opiskeluoikeus",
                columns: new[] { "oppilaitos_oid", "tyyppi" });

            migrationBuilder.CreateIndex(
                name: "ix_opiskeluoikeus_ostaja_oid",
                table: "opiskeluoikeus",
                column: "ostaja_oid",
                filter: "ostaja_oid IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_opiskeluoikeus_paattymispaiva",
                table: "opiskeluoikeus",
                column: "paattymispaiva");

            migrationBuilder.CreateIndex(
                name: "ix_opiskeluoikeus_sisaltava_oppilaitos_oid",
                table: "opiskeluoikeus",
                column: "sisaltava_oppilaitos_oid",
                filter: "sisaltava_oppilaitos_oid IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_opiskeluoikeus_tyyppi_tila",
                table: "opiskeluoikeus",
                columns: new[] { "tyyppi", "tila" });

            migrationBuilder.CreateIndex(
                name: "ix_opiskeluoikeus_versio_oid_versio",
                table: "opiskeluoikeus_versio",
                columns: new[] { "opiskeluoikeus_oid", "versionumero" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_oppija_hakunimi",
                table: "oppija",
                columns: new[] { "hakunimi", "oid" });

            migrationBuilder.CreateIndex(
                name: "ix_oppija_hetu",
                table: "oppija",
                column: "hetu",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_organisaatio_parent_oid",
                table: "organisaatio",
                column: "parent_oid");

            migrationBuilder.CreateIndex(
                name: "ix_palvelukayttaja_tunnus",
                table: "palvelukayttaja",
                column: "tunnus",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_virkailija_kayttajatunnus",
                table: "virkailija",
                column: "kayttajatunnus",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_virkailija_oid",
                table: "virkailija",
                column: "oid",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_virkailija_oidc_subject",
                table: "virkailija",
                column: "oidc_subject",
                unique: true);

            // Added by hand (the model cannot say it): the study-right documents (tens of kilobytes, each written
            // twice: the row and its version) are compressed with lz4 instead of pglz, which costs several times the
            // CPU per write. A server built without lz4 keeps pglz; the schema is the same either way.
            migrationBuilder.Sql("""
                DO $$
                BEGIN
                  IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)) THEN
                    ALTER TABLE opiskeluoikeus ALTER COLUMN json SET COMPRESSION lz4;
                    ALTER TABLE opiskeluoikeus_versio ALTER COLUMN json SET COMPRESSION lz4;
                  END IF;
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "auditloki");

            migrationBuilder.DropTable(
                name: "kaytetty_nonce");

            migrationBuilder.DropTable(
                name: "kayttooikeus_historia");

            migrationBuilder.DropTable(
                name: "koodi");

            migrationBuilder.DropTable(
                name: "opiskeluoikeus_versio");

            migrationBuilder.DropTable(
                name: "organisaatio");

            migrationBuilder.DropTable(
                name: "palvelukayttaja");

            migrationBuilder.DropTable(
                name: "suojausavain");

            migrationBuilder.DropTable(
                name: "kayttooikeusanomus");

            migrationBuilder.DropTable(
                name: "opiskeluoikeus");

            migrationBuilder.DropTable(
                name: "kayttooikeus");

            migrationBuilder.DropTable(
                name: "oppija");

            migrationBuilder.DropTable(
                name: "virkailija");
        }
    }
}
