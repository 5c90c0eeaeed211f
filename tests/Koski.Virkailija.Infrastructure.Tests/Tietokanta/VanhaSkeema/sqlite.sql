CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "organisaatio" (
    "oid" TEXT NOT NULL CONSTRAINT "pk_organisaatio" PRIMARY KEY,
    "parent_oid" TEXT NULL,
    "nimi_fi" TEXT NOT NULL,
    "nimi_sv" TEXT NULL,
    "nimi_en" TEXT NULL,
    "tyypit" TEXT NOT NULL,
    "oppilaitos_koodi" TEXT NULL,
    "oppilaitostyyppi" TEXT NULL,
    "status" TEXT NOT NULL,
    "lakkautus_pvm" TEXT NULL
);

CREATE INDEX "ix_organisaatio_parent_oid" ON "organisaatio" ("parent_oid");

CREATE TABLE "oppija" (
    "oid" TEXT NOT NULL CONSTRAINT "pk_oppija" PRIMARY KEY,
    "hetu" TEXT NULL,
    "etunimet" TEXT NOT NULL,
    "kutsumanimi" TEXT NULL,
    "sukunimi" TEXT NOT NULL,
    "syntymaaika" TEXT NULL,
    "hakunimi" TEXT NOT NULL
);

CREATE UNIQUE INDEX "ix_oppija_hetu" ON "oppija" ("hetu");

CREATE INDEX "ix_oppija_hakunimi" ON "oppija" ("hakunimi");

CREATE TABLE "opiskeluoikeus" (
    "oid" TEXT NOT NULL CONSTRAINT "pk_opiskeluoikeus" PRIMARY KEY,
    "oppija_oid" TEXT NOT NULL,
    "versionumero" INTEGER NOT NULL,
    "aikaleima" TEXT NOT NULL,
    "tyyppi" TEXT NOT NULL,
    "oppilaitos_oid" TEXT NOT NULL,
    "koulutustoimija_oid" TEXT NULL,
    "alkamispaiva" TEXT NULL,
    "paattymispaiva" TEXT NULL,
    "tila" TEXT NULL,
    "lahdejarjestelma" TEXT NULL,
    "lahdejarjestelman_id" TEXT NULL,
    "mitatoity" INTEGER NOT NULL,
    "json" TEXT NOT NULL,
    CONSTRAINT "fk_opiskeluoikeus_oppija" FOREIGN KEY ("oppija_oid") REFERENCES "oppija" ("oid")
);

CREATE INDEX "ix_opiskeluoikeus_oppija_oid" ON "opiskeluoikeus" ("oppija_oid");

CREATE INDEX "ix_opiskeluoikeus_oppilaitos_tyyppi" ON "opiskeluoikeus" ("oppilaitos_oid", "tyyppi");

CREATE INDEX "ix_opiskeluoikeus_koulutustoimija_oid" ON "opiskeluoikeus" ("koulutustoimija_oid");

CREATE INDEX "ix_opiskeluoikeus_tyyppi_tila" ON "opiskeluoikeus" ("tyyppi", "tila");

CREATE INDEX "ix_opiskeluoikeus_alkamispaiva" ON "opiskeluoikeus" ("alkamispaiva");

CREATE INDEX "ix_opiskeluoikeus_lahdejarjestelma" ON "opiskeluoikeus" ("lahdejarjestelma");

CREATE TABLE "opiskeluoikeus_versio" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_opiskeluoikeus_versio" PRIMARY KEY AUTOINCREMENT,
    "opiskeluoikeus_oid" TEXT NOT NULL,
    "versionumero" INTEGER NOT NULL,
    "aikaleima" TEXT NOT NULL,
    "tallentaja" TEXT NOT NULL,
    "lahdejarjestelma" TEXT NULL,
    "json" TEXT NOT NULL,
    CONSTRAINT "fk_opiskeluoikeus_versio_opiskeluoikeus" FOREIGN KEY ("opiskeluoikeus_oid") REFERENCES "opiskeluoikeus" ("oid")
);

CREATE UNIQUE INDEX "ix_opiskeluoikeus_versio_oid_versio" ON "opiskeluoikeus_versio" ("opiskeluoikeus_oid", "versionumero");

CREATE TABLE "koodi" (
    "koodisto_uri" TEXT NOT NULL,
    "koodiarvo" TEXT NOT NULL,
    "versio" INTEGER NOT NULL,
    "nimi_fi" TEXT NULL,
    "nimi_sv" TEXT NULL,
    "nimi_en" TEXT NULL,
    CONSTRAINT "pk_koodi" PRIMARY KEY ("koodisto_uri", "koodiarvo")
);

CREATE TABLE "virkailija" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_virkailija" PRIMARY KEY AUTOINCREMENT,
    "oid" TEXT NOT NULL,
    "kayttajatunnus" TEXT NOT NULL,
    "etunimet" TEXT NOT NULL,
    "sukunimi" TEXT NOT NULL,
    "sahkoposti" TEXT NULL,
    "oidc_subject" TEXT NULL
);

CREATE UNIQUE INDEX "ix_virkailija_kayttajatunnus" ON "virkailija" ("kayttajatunnus");

CREATE UNIQUE INDEX "ix_virkailija_oid" ON "virkailija" ("oid");

CREATE UNIQUE INDEX "ix_virkailija_oidc_subject" ON "virkailija" ("oidc_subject");

CREATE TABLE "kayttooikeus" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_kayttooikeus" PRIMARY KEY AUTOINCREMENT,
    "virkailija_id" INTEGER NOT NULL,
    "ryhma" TEXT NOT NULL,
    "organisaatio_oid" TEXT NOT NULL,
    "voimassa_alkaen" TEXT NOT NULL,
    "voimassa_asti" TEXT NOT NULL,
    "tila" TEXT NOT NULL,
    "myontaja_id" INTEGER NULL,
    "muokattu" TEXT NOT NULL,
    CONSTRAINT "fk_kayttooikeus_virkailija" FOREIGN KEY ("virkailija_id") REFERENCES "virkailija" ("id")
);

CREATE INDEX "ix_kayttooikeus_virkailija_id" ON "kayttooikeus" ("virkailija_id");

CREATE INDEX "ix_kayttooikeus_organisaatio_oid" ON "kayttooikeus" ("organisaatio_oid");

CREATE TABLE "palvelukayttaja" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_palvelukayttaja" PRIMARY KEY AUTOINCREMENT,
    "tunnus" TEXT NOT NULL,
    "salasana_hash" TEXT NOT NULL,
    "organisaatio_oid" TEXT NOT NULL,
    "aktiivinen" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "ix_palvelukayttaja_tunnus" ON "palvelukayttaja" ("tunnus");

CREATE TABLE "auditloki" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_auditloki" PRIMARY KEY AUTOINCREMENT,
    "aika" TEXT NOT NULL,
    "operaatio" TEXT NOT NULL,
    "kayttaja" TEXT NOT NULL,
    "ip_osoite" TEXT NULL,
    "istunto" TEXT NULL,
    "oppija_oid" TEXT NULL,
    "opiskeluoikeus_oid" TEXT NULL,
    "versionumero" INTEGER NULL,
    "organisaatio_oid" TEXT NULL,
    "tiedot" TEXT NULL
);

CREATE INDEX "ix_auditloki_oppija_oid" ON "auditloki" ("oppija_oid");

CREATE INDEX "ix_auditloki_aika" ON "auditloki" ("aika");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('202611220001_Perusrakenne', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "kayttooikeus" ADD "versio" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "palvelukayttaja" ADD "versio" INTEGER NOT NULL DEFAULT 0;

CREATE UNIQUE INDEX "ux_kayttooikeus_voimassa" ON "kayttooikeus" ("virkailija_id", "ryhma", "organisaatio_oid") WHERE tila IN ('MYONNETTY', 'UUSITTU');

CREATE TABLE "kayttooikeusanomus" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_kayttooikeusanomus" PRIMARY KEY AUTOINCREMENT,
    "virkailija_id" INTEGER NOT NULL,
    "ryhma" TEXT NOT NULL,
    "organisaatio_oid" TEXT NOT NULL,
    "perustelut" TEXT NOT NULL,
    "jatkettava_id" INTEGER NULL,
    "tila" TEXT NOT NULL,
    "anottu" TEXT NOT NULL,
    "kasittelija_id" INTEGER NULL,
    "kasitelty" TEXT NULL,
    "hylkayksen_syy" TEXT NULL,
    "versio" INTEGER NOT NULL,
    CONSTRAINT "fk_kayttooikeusanomus_virkailija" FOREIGN KEY ("virkailija_id") REFERENCES "virkailija" ("id"),
    CONSTRAINT "fk_kayttooikeusanomus_jatkettava" FOREIGN KEY ("jatkettava_id") REFERENCES "kayttooikeus" ("id")
);

CREATE INDEX "ix_kayttooikeusanomus_organisaatio_tila" ON "kayttooikeusanomus" ("organisaatio_oid", "tila");

CREATE INDEX "ix_kayttooikeusanomus_virkailija_id" ON "kayttooikeusanomus" ("virkailija_id");

CREATE UNIQUE INDEX "ux_kayttooikeusanomus_avoin" ON "kayttooikeusanomus" ("virkailija_id", "ryhma", "organisaatio_oid") WHERE tila = 'ANOTTU';

CREATE TABLE "kayttooikeus_historia" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_kayttooikeus_historia" PRIMARY KEY AUTOINCREMENT,
    "virkailija_id" INTEGER NOT NULL,
    "kayttooikeus_id" INTEGER NULL,
    "anomus_id" INTEGER NULL,
    "ryhma" TEXT NOT NULL,
    "organisaatio_oid" TEXT NOT NULL,
    "tila" TEXT NOT NULL,
    "voimassa_alkaen" TEXT NULL,
    "voimassa_asti" TEXT NULL,
    "tekija_id" INTEGER NULL,
    "syy" TEXT NULL,
    "aika" TEXT NOT NULL,
    CONSTRAINT "fk_kayttooikeus_historia_virkailija" FOREIGN KEY ("virkailija_id") REFERENCES "virkailija" ("id"),
    CONSTRAINT "fk_kayttooikeus_historia_kayttooikeus" FOREIGN KEY ("kayttooikeus_id") REFERENCES "kayttooikeus" ("id"),
    CONSTRAINT "fk_kayttooikeus_historia_anomus" FOREIGN KEY ("anomus_id") REFERENCES "kayttooikeusanomus" ("id")
);

CREATE INDEX "ix_kayttooikeus_historia_virkailija_id" ON "kayttooikeus_historia" ("virkailija_id");

CREATE INDEX "ix_kayttooikeus_voimassa_asti" ON "kayttooikeus" ("tila", "voimassa_asti");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('202611220002_Kayttooikeudet', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "suojausavain" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_suojausavain" PRIMARY KEY AUTOINCREMENT,
    "nimi" TEXT NULL,
    "xml" TEXT NOT NULL
);

CREATE TABLE "kaytetty_nonce" (
    "tiiviste" TEXT NOT NULL CONSTRAINT "pk_kaytetty_nonce" PRIMARY KEY,
    "vanhenee" TEXT NOT NULL
);

CREATE INDEX "ix_kaytetty_nonce_vanhenee" ON "kaytetty_nonce" ("vanhenee");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('202611220003_Istunnot', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "opiskeluoikeus" ADD "sisaltava_oppilaitos_oid" TEXT NULL;

ALTER TABLE "opiskeluoikeus" ADD "ostaja_oid" TEXT NULL;

ALTER TABLE "opiskeluoikeus" ADD "luokka" TEXT NULL;

CREATE INDEX "ix_opiskeluoikeus_sisaltava_oppilaitos_oid" ON "opiskeluoikeus" ("sisaltava_oppilaitos_oid");

CREATE INDEX "ix_opiskeluoikeus_ostaja_oid" ON "opiskeluoikeus" ("ostaja_oid");

CREATE INDEX "ix_opiskeluoikeus_paattymispaiva" ON "opiskeluoikeus" ("paattymispaiva");

CREATE INDEX "ix_opiskeluoikeus_oppilaitos_luokka" ON "opiskeluoikeus" ("oppilaitos_oid", "luokka");

UPDATE opiskeluoikeus SET
  sisaltava_oppilaitos_oid = json_extract(json, '$."sisältyyOpiskeluoikeuteen".oppilaitos.oid'),
  ostaja_oid = CASE
    WHEN tyyppi = 'taiteenperusopetus' AND json_extract(json, '$."koulutuksenToteutustapa".koodiarvo') = 'hankintakoulutus' THEN koulutustoimija_oid
    WHEN tyyppi = 'esiopetus' AND json_type(json, '$."järjestämismuoto"') = 'object' THEN koulutustoimija_oid
  END,
  luokka = (SELECT json_extract(s.value, '$.luokka') FROM json_each(json, '$.suoritukset') s
            WHERE trim(coalesce(json_extract(s.value, '$.luokka'), '')) <> ''
            ORDER BY json_extract(s.value, '$."alkamispäivä"') IS NULL, json_extract(s.value, '$."alkamispäivä"') DESC LIMIT 1);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('202611220004_Oppijat', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('202611220005_Lz4Tiivistys', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
DROP INDEX "ix_opiskeluoikeus_sisaltava_oppilaitos_oid";

CREATE INDEX "ix_opiskeluoikeus_sisaltava_oppilaitos_oid" ON "opiskeluoikeus" ("sisaltava_oppilaitos_oid") WHERE sisaltava_oppilaitos_oid IS NOT NULL;

DROP INDEX "ix_opiskeluoikeus_ostaja_oid";

CREATE INDEX "ix_opiskeluoikeus_ostaja_oid" ON "opiskeluoikeus" ("ostaja_oid") WHERE ostaja_oid IS NOT NULL;

CREATE INDEX "ix_opiskeluoikeus_lista" ON "opiskeluoikeus" ("oppilaitos_oid", "mitatoity", "oppija_oid", "oid");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('202611220006_ListanIndeksit', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
DROP INDEX "ix_oppija_hakunimi";

CREATE INDEX "ix_oppija_hakunimi" ON "oppija" ("hakunimi", "oid");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('202611220007_HakunimiJaOid', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
DROP INDEX "ix_opiskeluoikeus_oppija_oid";

CREATE INDEX "ix_opiskeluoikeus_oppija_nakyvyys" ON "opiskeluoikeus" ("oppija_oid");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('202611220008_NakyvyysOppijanMukaan', '10.0.14');

COMMIT;

