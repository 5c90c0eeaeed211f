using System.Globalization;
using System.Text.Json.Nodes;
using Koski.Virkailija.Domain;
using Koski.Virkailija.Domain.Oppijat;
using Koski.Virkailija.Domain.Organisaatiot;
using Koski.Virkailija.Infrastructure.Tietokanta;
using Koski.Virkailija.Testaus;

namespace Koski.Virkailija.Benchmarks;

/// <summary>
/// One very large school: every pupil has a perusopetus study right with a 7th-grade suoritus of 12 graded subjects,
/// and (with <c>paallekkaiset</c>) a lukio study right of another provider overlapping it — one row per pupil in each report.
/// </summary>
public static class RaporttiAineisto
{
    public static readonly string Toimija = Oidit.OrganisaatioPrefix + 40_000_000_000L;
    public static readonly string Koulu = Oidit.OrganisaatioPrefix + 40_000_000_001L;
    private static readonly string MuuToimija = Oidit.OrganisaatioPrefix + 40_000_000_002L;
    private static readonly string Lukio = Oidit.OrganisaatioPrefix + 40_000_000_003L;
    private static readonly string[] Aineet = ["AI", "A1", "B1", "MA", "BI", "GE", "FY", "KE", "HI", "YH", "MU", "LI"];

    public static async Task LuoAsync(Func<KoskiDbContext> konteksti, int oppilaita, bool paallekkaiset, Action<string> loki)
    {
        await using (var db = konteksti())
        {
            db.Organisaatiot.AddRange(
                new Organisaatio { Oid = Organisaatio.JuuriOid, NimiFi = "Opetushallitus", Tyypit = "05" },
                new Organisaatio { Oid = Toimija, ParentOid = Organisaatio.JuuriOid, NimiFi = "Suurkunta", Tyypit = "01" },
                new Organisaatio { Oid = Koulu, ParentOid = Toimija, NimiFi = "Suurkoulu", Tyypit = "02", OppilaitosKoodi = "99999" },
                new Organisaatio { Oid = MuuToimija, ParentOid = Organisaatio.JuuriOid, NimiFi = "Muu kunta", Tyypit = "01" },
                new Organisaatio { Oid = Lukio, ParentOid = MuuToimija, NimiFi = "Muu lukio", Tyypit = "02" });
            await db.SaveChangesAsync();
        }
        const int Era = 5_000;
        for (var alku = 0; alku < oppilaita; alku += Era)
        {
            await using var db = konteksti();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await using var transaktio = await db.Database.BeginTransactionAsync();
            for (var i = alku; i < Math.Min(oppilaita, alku + Era); i++)
            {
                var oppija = new Oppija { Oid = Oidit.Henkilo(40_000_000_000L + i), Etunimet = $"Oppilas {i}", Sukunimi = $"Suku{i % 997}" };
                oppija.PaivitaHakunimi();
                db.Oppijat.Add(oppija);
                db.Opiskeluoikeudet.Add(OpiskeluoikeusRivi.Luo(Oidit.Opiskeluoikeus(40_000_000_000L + i * 2L), oppija.Oid, "perusopetus", Koulu,
                    Toimija, [("2018-08-15", "lasna")], [Vuosiluokka(i)]));
                if (paallekkaiset)
                    db.Opiskeluoikeudet.Add(OpiskeluoikeusRivi.Luo(Oidit.Opiskeluoikeus(40_000_000_001L + i * 2L), oppija.Oid, "lukiokoulutus", Lukio,
                        MuuToimija, [("2024-08-01", "lasna")], []));
            }
            await db.SaveChangesAsync();
            await transaktio.CommitAsync();
            if ((alku + Era) % 100_000 == 0) loki($"  {alku + Era} oppilasta");
        }
    }

    private static JsonObject Vuosiluokka(int i) => new()
    {
        ["tyyppi"] = new JsonObject { ["koodiarvo"] = "perusopetuksenvuosiluokka" },
        ["koulutusmoduuli"] = new JsonObject { ["tunniste"] = new JsonObject { ["koodiarvo"] = "7" } },
        ["luokka"] = $"7{(char)('A' + i % 8)}",
        ["alkamispäivä"] = "2024-08-15",
        ["toimipiste"] = new JsonObject { ["oid"] = Koulu },
        ["jääLuokalle"] = i % 50 == 0,
        ["osasuoritukset"] = new JsonArray(Aineet.Select((a, k) => (JsonNode)new JsonObject
        {
            ["koulutusmoduuli"] = new JsonObject { ["tunniste"] = new JsonObject { ["koodiarvo"] = a } },
            ["yksilöllistettyOppimäärä"] = i % 40 == 0 && a == "MA",
            ["arviointi"] = new JsonArray(new JsonObject { ["arvosana"] = new JsonObject { ["koodiarvo"] = (4 + (i + k) % 7).ToString(CultureInfo.InvariantCulture) } }),
        }).ToArray()),
    };
}
