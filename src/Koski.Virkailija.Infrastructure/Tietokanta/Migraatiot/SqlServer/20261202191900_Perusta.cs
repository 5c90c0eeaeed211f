using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Koski.Virkailija.Infrastructure.Tietokanta.Migraatiot.SqlServer
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
                        .Annotation("SqlServer:Identity", "1, 1"),
                    aika = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    operaatio = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    kayttaja = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ip_osoite = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    istunto = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    oppija_oid = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    opiskeluoikeus_oid = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    versionumero = table.Column<int>(type: "int", nullable: true),
                    organisaatio_oid = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    tiedot = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_auditloki", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "kaytetty_nonce",
                columns: table => new
                {
                    tiiviste = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    vanhenee = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_kaytetty_nonce", x => x.tiiviste);
                });

            migrationBuilder.CreateTable(
                name: "koodi",
                columns: table => new
                {
                    koodisto_uri = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    koodiarvo = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    versio = table.Column<int>(type: "int", nullable: false),
                    nimi_fi = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    nimi_sv = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    nimi_en = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_koodi", x => new { x.koodisto_uri, x.koodiarvo });
                });

            migrationBuilder.CreateTable(
                name: "oppija",
                columns: table => new
                {
                    oid = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    hetu = table.Column<string>(type: "nvarchar(450)", nullable: true),
                    etunimet = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    kutsumanimi = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    sukunimi = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    syntymaaika = table.Column<DateOnly>(type: "date", nullable: true),
                    hakunimi = table.Column<string>(type: "nvarchar(450)", nullable: false, collation: "Latin1_General_100_BIN2")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_oppija", x => x.oid);
                });

            migrationBuilder.CreateTable(
                name: "organisaatio",
                columns: table => new
                {
                    oid = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    parent_oid = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    nimi_fi = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    nimi_sv = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    nimi_en = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    tyypit = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    oppilaitos_koodi = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    oppilaitostyyppi = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    status = table.Column<string>(type: "nvarchar(max)", nullable: false),
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
                        .Annotation("SqlServer:Identity", "1, 1"),
                    tunnus = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    salasana_hash = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    organisaatio_oid = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    aktiivinen = table.Column<bool>(type: "bit", nullable: false),
                    versio = table.Column<int>(type: "int", nullable: false)
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
                        .Annotation("SqlServer:Identity", "1, 1"),
                    nimi = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    xml = table.Column<string>(type: "nvarchar(max)", nullable: false)
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
                        .Annotation("SqlServer:Identity", "1, 1"),
                    oid = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    kayttajatunnus = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    etunimet = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    sukunimi = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    sahkoposti = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    oidc_subject = table.Column<string>(type: "nvarchar(450)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_virkailija", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "opiskeluoikeus",
                columns: table => new
                {
                    oid = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    oppija_oid = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    versionumero = table.Column<int>(type: "int", nullable: false),
                    aikaleima = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    tyyppi = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    oppilaitos_oid = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    koulutustoimija_oid = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    alkamispaiva = table.Column<DateOnly>(type: "date", nullable: true),
                    paattymispaiva = table.Column<DateOnly>(type: "date", nullable: true),
                    tila = table.Column<string>(type: "nvarchar(450)", nullable: true),
                    lahdejarjestelma = table.Column<string>(type: "nvarchar(450)", nullable: true),
                    lahdejarjestelman_id = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    mitatoity = table.Column<bool>(type: "bit", nullable: false),
                    sisaltava_oppilaitos_oid = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ostaja_oid = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    luokka = table.Column<string>(type: "nvarchar(450)", nullable: true),
                    json = table.Column<string>(type: "nvarchar(max)", nullable: false)
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
                        .Annotation("SqlServer:Identity", "1, 1"),
                    virkailija_id = table.Column<long>(type: "bigint", nullable: false),
                    ryhma = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    organisaatio_oid = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    voimassa_alkaen = table.Column<DateOnly>(type: "date", nullable: false),
                    voimassa_asti = table.Column<DateOnly>(type: "date", nullable: false),
                    tila = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    myontaja_id = table.Column<long>(type: "bigint", nullable: true),
                    muokattu = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    versio = table.Column<int>(type: "int", nullable: false)
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
                        .Annotation("SqlServer:Identity", "1, 1"),
                    opiskeluoikeus_oid = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    versionumero = table.Column<int>(type: "int", nullable: false),
                    aikaleima = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    tallentaja = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    lahdejarjestelma = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    json = table.Column<string>(type: "nvarchar(max)", nullable: false)
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
                        .Annotation("SqlServer:Identity", "1, 1"),
                    virkailija_id = table.Column<long>(type: "bigint", nullable: false),
                    ryhma = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    organisaatio_oid = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    perustelut = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    jatkettava_id = table.Column<long>(type: "bigint", nullable: true),
                    tila = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    anottu = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    kasittelija_id = table.Column<long>(type: "bigint", nullable: true),
                    kasitelty = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    hylkayksen_syy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    versio = table.Column<int>(type: "int", nullable: false)
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
                        .Annotation("SqlServer:Identity", "1, 1"),
                    virkailija_id = table.Column<long>(type: "bigint", nullable: false),
                    kayttooikeus_id = table.Column<long>(type: "bigint", nullable: true),
                    anomus_id = table.Column<long>(type: "bigint", nullable: true),
                    ryhma = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    organisaatio_oid = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    tila = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    voimassa_alkaen = table.Column<DateOnly>(type: "date", nullable: true),
                    voimassa_asti = table.Column<DateOnly>(type: "date", nullable: true),
                    tekija_id = table.Column<long>(type: "bigint", nullable: true),
                    syy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    aika = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
                .Annotation("SqlServer:Include", new[] { "mitatoity", "oppilaitos_oid", "sisaltava_oppilaitos_oid", "ostaja_oid", "tyyppi" });

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
                unique: true,
                filter: "[hetu] IS NOT NULL");

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
                unique: true,
                filter: "[oidc_subject] IS NOT NULL");
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
