using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace Koski.Virkailija.Infrastructure.Tietokanta.Migraatiot;

/// <summary>
/// The first schema. Written by hand (the feed has no EF design-time tools) and provider-neutral: column types
/// come from each provider's mapping of the CLR type, and each provider reads only its own annotations.
/// </summary>
[DbContext(typeof(KoskiDbContext))]
[Migration("202611220001_Perusrakenne")]
public sealed class M0001_Perusrakenne : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        mb.CreateTable("organisaatio", t => new
        {
            oid = t.Column<string>(nullable: false),
            parent_oid = t.Column<string>(nullable: true),
            nimi_fi = t.Column<string>(nullable: false),
            nimi_sv = t.Column<string>(nullable: true),
            nimi_en = t.Column<string>(nullable: true),
            tyypit = t.Column<string>(nullable: false),
            oppilaitos_koodi = t.Column<string>(nullable: true),
            oppilaitostyyppi = t.Column<string>(nullable: true),
            status = t.Column<string>(nullable: false),
            lakkautus_pvm = t.Column<DateOnly>(nullable: true),
        }, constraints: t => t.PrimaryKey("pk_organisaatio", x => x.oid));
        mb.CreateIndex("ix_organisaatio_parent_oid", "organisaatio", "parent_oid");

        mb.CreateTable("oppija", t => new
        {
            oid = t.Column<string>(nullable: false),
            hetu = t.Column<string>(nullable: true),
            etunimet = t.Column<string>(nullable: false),
            kutsumanimi = t.Column<string>(nullable: true),
            sukunimi = t.Column<string>(nullable: false),
            syntymaaika = t.Column<DateOnly>(nullable: true),
            hakunimi = t.Column<string>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_oppija", x => x.oid));
        mb.CreateIndex("ix_oppija_hetu", "oppija", "hetu", unique: true);
        mb.CreateIndex("ix_oppija_hakunimi", "oppija", "hakunimi");

        mb.CreateTable("opiskeluoikeus", t => new
        {
            oid = t.Column<string>(nullable: false),
            oppija_oid = t.Column<string>(nullable: false),
            versionumero = t.Column<int>(nullable: false),
            aikaleima = t.Column<DateTimeOffset>(nullable: false),
            tyyppi = t.Column<string>(nullable: false),
            oppilaitos_oid = t.Column<string>(nullable: false),
            koulutustoimija_oid = t.Column<string>(nullable: true),
            alkamispaiva = t.Column<DateOnly>(nullable: true),
            paattymispaiva = t.Column<DateOnly>(nullable: true),
            tila = t.Column<string>(nullable: true),
            lahdejarjestelma = t.Column<string>(nullable: true),
            lahdejarjestelman_id = t.Column<string>(nullable: true),
            mitatoity = t.Column<bool>(nullable: false),
            json = t.Column<string>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_opiskeluoikeus", x => x.oid);
            t.ForeignKey("fk_opiskeluoikeus_oppija", x => x.oppija_oid, "oppija", "oid");
        });
        mb.CreateIndex("ix_opiskeluoikeus_oppija_oid", "opiskeluoikeus", "oppija_oid");
        mb.CreateIndex("ix_opiskeluoikeus_oppilaitos_tyyppi", "opiskeluoikeus", ["oppilaitos_oid", "tyyppi"]);
        mb.CreateIndex("ix_opiskeluoikeus_koulutustoimija_oid", "opiskeluoikeus", "koulutustoimija_oid");
        mb.CreateIndex("ix_opiskeluoikeus_tyyppi_tila", "opiskeluoikeus", ["tyyppi", "tila"]);
        mb.CreateIndex("ix_opiskeluoikeus_alkamispaiva", "opiskeluoikeus", "alkamispaiva");
        mb.CreateIndex("ix_opiskeluoikeus_lahdejarjestelma", "opiskeluoikeus", "lahdejarjestelma");

        mb.CreateTable("opiskeluoikeus_versio", t => new
        {
            id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            opiskeluoikeus_oid = t.Column<string>(nullable: false),
            versionumero = t.Column<int>(nullable: false),
            aikaleima = t.Column<DateTimeOffset>(nullable: false),
            tallentaja = t.Column<string>(nullable: false),
            lahdejarjestelma = t.Column<string>(nullable: true),
            json = t.Column<string>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_opiskeluoikeus_versio", x => x.id);
            t.ForeignKey("fk_opiskeluoikeus_versio_opiskeluoikeus", x => x.opiskeluoikeus_oid, "opiskeluoikeus", "oid");
        });
        mb.CreateIndex("ix_opiskeluoikeus_versio_oid_versio", "opiskeluoikeus_versio", ["opiskeluoikeus_oid", "versionumero"], unique: true);

        mb.CreateTable("koodi", t => new
        {
            koodisto_uri = t.Column<string>(nullable: false),
            koodiarvo = t.Column<string>(nullable: false),
            versio = t.Column<int>(nullable: false),
            nimi_fi = t.Column<string>(nullable: true),
            nimi_sv = t.Column<string>(nullable: true),
            nimi_en = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("pk_koodi", x => new { x.koodisto_uri, x.koodiarvo }));

        mb.CreateTable("virkailija", t => new
        {
            id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            oid = t.Column<string>(nullable: false),
            kayttajatunnus = t.Column<string>(nullable: false),
            etunimet = t.Column<string>(nullable: false),
            sukunimi = t.Column<string>(nullable: false),
            sahkoposti = t.Column<string>(nullable: true),
            oidc_subject = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("pk_virkailija", x => x.id));
        mb.CreateIndex("ix_virkailija_kayttajatunnus", "virkailija", "kayttajatunnus", unique: true);
        mb.CreateIndex("ix_virkailija_oid", "virkailija", "oid", unique: true);
        mb.CreateIndex("ix_virkailija_oidc_subject", "virkailija", "oidc_subject", unique: true);

        mb.CreateTable("kayttooikeus", t => new
        {
            id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            virkailija_id = t.Column<long>(nullable: false),
            ryhma = t.Column<string>(nullable: false),
            organisaatio_oid = t.Column<string>(nullable: false),
            voimassa_alkaen = t.Column<DateOnly>(nullable: false),
            voimassa_asti = t.Column<DateOnly>(nullable: false),
            tila = t.Column<string>(nullable: false),
            myontaja_id = t.Column<long>(nullable: true),
            muokattu = t.Column<DateTimeOffset>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("pk_kayttooikeus", x => x.id);
            t.ForeignKey("fk_kayttooikeus_virkailija", x => x.virkailija_id, "virkailija", "id");
        });
        mb.CreateIndex("ix_kayttooikeus_virkailija_id", "kayttooikeus", "virkailija_id");
        mb.CreateIndex("ix_kayttooikeus_organisaatio_oid", "kayttooikeus", "organisaatio_oid");

        mb.CreateTable("palvelukayttaja", t => new
        {
            id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            tunnus = t.Column<string>(nullable: false),
            salasana_hash = t.Column<string>(nullable: false),
            organisaatio_oid = t.Column<string>(nullable: false),
            aktiivinen = t.Column<bool>(nullable: false),
        }, constraints: t => t.PrimaryKey("pk_palvelukayttaja", x => x.id));
        mb.CreateIndex("ix_palvelukayttaja_tunnus", "palvelukayttaja", "tunnus", unique: true);

        mb.CreateTable("auditloki", t => new
        {
            id = t.Column<long>(nullable: false)
                .Annotation("Sqlite:Autoincrement", true)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            aika = t.Column<DateTimeOffset>(nullable: false),
            operaatio = t.Column<string>(nullable: false),
            kayttaja = t.Column<string>(nullable: false),
            ip_osoite = t.Column<string>(nullable: true),
            istunto = t.Column<string>(nullable: true),
            oppija_oid = t.Column<string>(nullable: true),
            opiskeluoikeus_oid = t.Column<string>(nullable: true),
            versionumero = t.Column<int>(nullable: true),
            organisaatio_oid = t.Column<string>(nullable: true),
            tiedot = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("pk_auditloki", x => x.id));
        mb.CreateIndex("ix_auditloki_oppija_oid", "auditloki", "oppija_oid");
        mb.CreateIndex("ix_auditloki_aika", "auditloki", "aika");
    }

    protected override void Down(MigrationBuilder mb)
    {
        foreach (var taulu in new[] { "auditloki", "palvelukayttaja", "kayttooikeus", "virkailija", "koodi",
                     "opiskeluoikeus_versio", "opiskeluoikeus", "oppija", "organisaatio" })
            mb.DropTable(taulu);
    }
}
