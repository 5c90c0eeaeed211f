using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Kayttooikeudet;
using Koski.Virkailija.Application.Koodistot;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Oppijat;
using Koski.Virkailija.Domain.Organisaatiot;
using Koski.Virkailija.Testaus;
using Microsoft.Extensions.Logging.Abstractions;

namespace Koski.Virkailija.Application.Tests.Raportit;

/// <summary>
/// A hand-made dataset whose report rows are known: Aino studies in Jyväskylän normaalikoulu and, overlapping,
/// in a Helsinki lukio, besides TPO; Bertta repeats grade 7 (jääLuokalle) with a support decision and an
/// individualised maths syllabus; Cecilia starts grade 7 in autumn 2024; in esiopetus, Daniel (no suoritus yet: counted
/// at the oppilaitos) and Eemeli started in autumn 2024, Fanni finished in spring 2024 — these two in the
/// Esiopetusyksikkö toimipiste — and Greta finished in 2023.
/// </summary>
public sealed class RaporttiAineisto : IAsyncLifetime
{
    public const string Yliopisto = "1.2.246.562.10.77255241653";
    public const string Normaalikoulu = "1.2.246.562.10.14613773812";
    public const string Helsinki = "1.2.246.562.10.346830761110";
    public const string HelsinginLukio = "1.2.246.562.10.39218317368";
    public const string Aino = "1.2.246.562.24.00000000001";
    public const string Bertta = "1.2.246.562.24.00000000002";
    public const string Cecilia = "1.2.246.562.24.00000000003";
    public const string Daniel = "1.2.246.562.24.00000000004";
    public const string Eemeli = "1.2.246.562.24.00000000005";
    public const string Fanni = "1.2.246.562.24.00000000006";
    public const string Greta = "1.2.246.562.24.00000000007";
    public const string Esiopetusyksikko = "1.2.246.562.10.14613773899";

    public TestiTietokanta Tietokanta { get; private set; } = null!;
    public KiinteaAika Aika { get; } = new();

    public async Task InitializeAsync()
    {
        Tietokanta = await TestiTietokanta.SqliteAsync();
        var koodistot = new Application.Koodistot.Koodistot(Tietokanta);
        await new KoodistoTuonti(Tietokanta, koodistot).TuoKansiostaAsync(Jaettu.Koodistot);
        await using var db = Tietokanta.CreateDbContext();
        db.Organisaatiot.AddRange(
            new Organisaatio { Oid = Yliopisto, ParentOid = Organisaatio.JuuriOid, NimiFi = "Jyväskylän yliopisto", Tyypit = "01" },
            new Organisaatio { Oid = Normaalikoulu, ParentOid = Yliopisto, NimiFi = "Jyväskylän normaalikoulu", Tyypit = "02", OppilaitosKoodi = "00204" },
            new Organisaatio { Oid = Helsinki, ParentOid = Organisaatio.JuuriOid, NimiFi = "Helsingin kaupunki", Tyypit = "01" },
            new Organisaatio { Oid = HelsinginLukio, ParentOid = Helsinki, NimiFi = "Helsingin lukio", Tyypit = "02" },
            new Organisaatio { Oid = Esiopetusyksikko, ParentOid = Normaalikoulu, NimiFi = "Esiopetusyksikkö", Tyypit = "03" });
        db.Oppijat.AddRange(Oppija(Aino, "Aalto", "Aino"), Oppija(Bertta, "Bäck", "Bertta"), Oppija(Cecilia, "Ceder", "Cecilia"),
            Oppija(Daniel, "Dahl", "Daniel"), Oppija(Eemeli, "Eklund", "Eemeli"), Oppija(Fanni, "Forsman", "Fanni"), Oppija(Greta, "Grön", "Greta"));
        db.Opiskeluoikeudet.AddRange(
            OpiskeluoikeusRivi.Luo("1.2.246.562.15.00000000011", Aino, "perusopetus", Normaalikoulu, Yliopisto, [("2016-08-15", "lasna")],
                [Vuosiluokka("8", "8A", "2024-08-15")]),
            OpiskeluoikeusRivi.Luo("1.2.246.562.15.00000000012", Aino, "lukiokoulutus", HelsinginLukio, Helsinki, [("2024-01-10", "lasna")], []),
            OpiskeluoikeusRivi.Luo("1.2.246.562.15.00000000013", Aino, "taiteenperusopetus", Normaalikoulu, Yliopisto, [("2023-08-01", "lasna")], []),
            OpiskeluoikeusRivi.Luo("1.2.246.562.15.00000000021", Bertta, "perusopetus", Normaalikoulu, Yliopisto, [("2017-08-15", "lasna")],
                [
                    Vuosiluokka("7", "7A", "2023-08-15", vahvistus: "2024-05-31", jaaLuokalle: true, ("AI", "5", false), ("MA", "4", false)),
                    Vuosiluokka("7", "7B", "2024-08-15", vahvistus: null, jaaLuokalle: false, ("AI", "7", false), ("MA", "6", true)),
                ],
                lisatiedot: new JsonObject { ["erityisenTuenPäätökset"] = new JsonArray(new JsonObject { ["alku"] = "2024-08-15", ["loppu"] = "2025-06-01" }) },
                lahdejarjestelma: "primus"),
            OpiskeluoikeusRivi.Luo("1.2.246.562.15.00000000022", Bertta, "taiteenperusopetus", Normaalikoulu, Yliopisto, [("2022-08-01", "lasna")], []),
            OpiskeluoikeusRivi.Luo("1.2.246.562.15.00000000031", Cecilia, "perusopetus", Normaalikoulu, Yliopisto, [("2018-08-15", "lasna")],
                [Vuosiluokka("7", "7B", "2024-08-15", null, false, ("AI", "9", false), ("MA", "10", false), ("KU", "8", false))],
                lahdejarjestelma: "primus"),
            OpiskeluoikeusRivi.Luo("1.2.246.562.15.00000000041", Daniel, "esiopetus", Normaalikoulu, Yliopisto, [("2024-08-15", "lasna")], []),
            OpiskeluoikeusRivi.Luo("1.2.246.562.15.00000000051", Eemeli, "esiopetus", Normaalikoulu, Yliopisto, [("2024-08-14", "lasna")],
                [Esiopetus(Esiopetusyksikko, vahvistus: null)]),
            OpiskeluoikeusRivi.Luo("1.2.246.562.15.00000000061", Fanni, "esiopetus", Normaalikoulu, Yliopisto,
                [("2023-08-15", "lasna"), ("2024-05-31", "valmistunut")], [Esiopetus(Esiopetusyksikko, vahvistus: "2024-05-31")]),
            OpiskeluoikeusRivi.Luo("1.2.246.562.15.00000000071", Greta, "esiopetus", Normaalikoulu, Yliopisto,
                [("2022-08-15", "lasna"), ("2023-05-31", "valmistunut")], [Esiopetus(Normaalikoulu, vahvistus: "2023-05-31")]));
        await db.SaveChangesAsync();
    }

    public Application.Raportit.Raportit Raportit() => Luo(Tietokanta, Aika);

    /// <summary>The report service over a database, with real collaborators; its rows from <paramref name="lukukopio"/> when given.</summary>
    public static Application.Raportit.Raportit Luo(TestiTietokanta tietokanta, TimeProvider aika, IKoskiDbFactory? lukukopio = null)
    {
        var organisaatiot = new OrganisaatioHakemisto(tietokanta);
        var audit = new AuditLoki(tietokanta, new EiAuditKontekstia(), aika, NullLogger<AuditLoki>.Instance);
        return new(new Lukutietokanta(lukukopio ?? tietokanta), organisaatiot, new Application.Koodistot.Koodistot(tietokanta),
            new KayttooikeusHallinta(tietokanta, organisaatiot, aika, audit), audit, aika);
    }

    public static Kayttaja Kayttaja(Kayttooikeusryhma ryhma, string organisaatio = Normaalikoulu) =>
        new(1, ryhma.Tunniste, "Testi Virkailija", [new Rooli(ryhma, organisaatio, "")], "1.2.246.562.24.99999999999");

    private static Oppija Oppija(string oid, string sukunimi, string etunimet)
    {
        var oppija = new Oppija { Oid = oid, Sukunimi = sukunimi, Etunimet = etunimet };
        oppija.PaivitaHakunimi();
        return oppija;
    }

    private static JsonObject Esiopetus(string toimipiste, string? vahvistus) => new()
    {
        ["tyyppi"] = new JsonObject { ["koodiarvo"] = "esiopetuksensuoritus" },
        ["toimipiste"] = new JsonObject { ["oid"] = toimipiste },
        ["vahvistus"] = vahvistus is null ? null : new JsonObject { ["päivä"] = vahvistus },
    };

    private static JsonObject Vuosiluokka(string luokka, string ryhma, string alku, string? vahvistus = null, bool jaaLuokalle = false,
        params (string Aine, string Arvosana, bool Yksilollistetty)[] aineet) => new()
        {
            ["tyyppi"] = new JsonObject { ["koodiarvo"] = "perusopetuksenvuosiluokka" },
            ["koulutusmoduuli"] = new JsonObject { ["tunniste"] = new JsonObject { ["koodiarvo"] = luokka } },
            ["luokka"] = ryhma,
            ["alkamispäivä"] = alku,
            ["toimipiste"] = new JsonObject { ["oid"] = Normaalikoulu },
            ["jääLuokalle"] = jaaLuokalle,
            ["vahvistus"] = vahvistus is null ? null : new JsonObject { ["päivä"] = vahvistus },
            ["osasuoritukset"] = new JsonArray(aineet.Select(a => (JsonNode)new JsonObject
            {
                ["koulutusmoduuli"] = new JsonObject { ["tunniste"] = new JsonObject { ["koodiarvo"] = a.Aine } },
                ["yksilöllistettyOppimäärä"] = a.Yksilollistetty,
                ["arviointi"] = new JsonArray(new JsonObject { ["arvosana"] = new JsonObject { ["koodiarvo"] = a.Arvosana } }),
            }).ToArray()),
        };

    public async Task DisposeAsync() => await Tietokanta.DisposeAsync();
}

[CollectionDefinition(Nimi)]
public sealed class RaporttiKokoelma : ICollectionFixture<RaporttiAineisto>
{
    public const string Nimi = "Raportit";
}
