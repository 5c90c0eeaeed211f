using System.Text.Json.Nodes;

namespace Koski.Virkailija.Application.Syotto;

/// <summary>
/// What the "Uusi opiskeluoikeus" form holds, and the one place that turns it into KOSKI's JSON form of the type
/// (a valid transfer document: what is saved here can be exported as is).
/// </summary>
public sealed class SyottoLomake
{
    public const string Perusopetus = "perusopetus";
    public const string Esiopetus = "esiopetus";

    /// <summary>Types this form enters, with their Finnish names.</summary>
    public static IReadOnlyList<Valinta> Tyypit { get; } =
        [new(Perusopetus, "Perusopetus"), new(Esiopetus, "Esiopetus")];

    /// <summary>Subjects that need no language or religion choice, from koskioppiaineetyleissivistava.</summary>
    public static IReadOnlyList<Valinta> Oppiaineet { get; } =
    [
        new("MA", "Matematiikka"), new("BI", "Biologia"), new("GE", "Maantieto"), new("FY", "Fysiikka"), new("KE", "Kemia"),
        new("TE", "Terveystieto"), new("HI", "Historia"), new("YH", "Yhteiskuntaoppi"), new("MU", "Musiikki"),
        new("KU", "Kuvataide"), new("KS", "Käsityö"), new("LI", "Liikunta"), new("KO", "Kotitalous"), new("OP", "Oppilaanohjaus"),
    ];

    /// <summary>arviointiasteikkoyleissivistava: numbers 4–10, S (hyväksytty), H (hylätty), O (osallistunut).</summary>
    public static IReadOnlyList<string> Arvosanat { get; } = ["4", "5", "6", "7", "8", "9", "10", "S", "H", "O"];

    public string Tyyppi { get; set; } = Perusopetus;
    public string? OppilaitosOid { get; set; }
    public List<JaksoRivi> Jaksot { get; set; } = [new()];
    public List<VuosiluokkaRivi> Vuosiluokat { get; set; } = [];
    public List<OppiaineRivi> OppiaineRivit { get; set; } = [];
    public DateTime? VahvistusPaiva { get; set; }
    /// <summary>A kunta code (koodisto kunta), e.g. 179 Jyväskylä.</summary>
    public string? VahvistusPaikkakunta { get; set; }
    public string? MyontajaNimi { get; set; }
    public string? MyontajaTitteli { get; set; }

    public sealed class JaksoRivi
    {
        public DateTime? Alku { get; set; }
        public string Tila { get; set; } = "lasna";
    }

    public sealed class VuosiluokkaRivi
    {
        public string Luokkaaste { get; set; } = "1";
        public string? Luokka { get; set; }
        public DateTime? Alkamispaiva { get; set; }
        public bool JaaLuokalle { get; set; }
    }

    public sealed class OppiaineRivi
    {
        public string Oppiaine { get; set; } = "MA";
        public string? Arvosana { get; set; }
        public bool Yksilollistetty { get; set; }
        public bool Rajattu { get; set; }
    }

    public JsonObject Dokumentti()
    {
        var oppilaitos = new JsonObject { ["oid"] = OppilaitosOid };
        return new JsonObject
        {
            ["tyyppi"] = Koodi(Tyyppi, "opiskeluoikeudentyyppi"),
            ["oppilaitos"] = oppilaitos,
            ["tila"] = new JsonObject
            {
                ["opiskeluoikeusjaksot"] = new JsonArray(Jaksot.Select(j => (JsonNode)new JsonObject
                {
                    ["alku"] = Paiva(j.Alku),
                    ["tila"] = Koodi(j.Tila, "koskiopiskeluoikeudentila"),
                }).ToArray()),
            },
            ["suoritukset"] = new JsonArray(Tyyppi == Esiopetus ? [EsiopetuksenSuoritus()] : [.. PerusopetuksenSuoritukset()]),
        };
    }

    private JsonObject EsiopetuksenSuoritus() => Vahvistettuna(new JsonObject
    {
        ["koulutusmoduuli"] = new JsonObject
        {
            ["tunniste"] = Koodi("001101", "koulutus"), ["perusteenDiaarinumero"] = "102/011/2014",
        },
        ["toimipiste"] = new JsonObject { ["oid"] = OppilaitosOid },
        ["suorituskieli"] = Koodi("FI", "kieli"),
        ["tyyppi"] = Koodi("esiopetuksensuoritus", "suorituksentyyppi"),
    });

    private IEnumerable<JsonNode> PerusopetuksenSuoritukset()
    {
        foreach (var luokka in Vuosiluokat)
            yield return new JsonObject
            {
                ["koulutusmoduuli"] = new JsonObject
                {
                    ["tunniste"] = Koodi(luokka.Luokkaaste, "perusopetuksenluokkaaste"), ["perusteenDiaarinumero"] = "104/011/2014",
                },
                ["luokka"] = luokka.Luokka,
                ["toimipiste"] = new JsonObject { ["oid"] = OppilaitosOid },
                ["alkamispäivä"] = Paiva(luokka.Alkamispaiva),
                ["suorituskieli"] = Koodi("FI", "kieli"),
                ["jääLuokalle"] = luokka.JaaLuokalle,
                ["tyyppi"] = Koodi("perusopetuksenvuosiluokka", "suorituksentyyppi"),
            };
        yield return Vahvistettuna(new JsonObject
        {
            ["koulutusmoduuli"] = new JsonObject
            {
                ["tunniste"] = Koodi("201101", "koulutus"), ["perusteenDiaarinumero"] = "104/011/2014",
            },
            ["toimipiste"] = new JsonObject { ["oid"] = OppilaitosOid },
            ["suoritustapa"] = Koodi("koulutus", "perusopetuksensuoritustapa"),
            ["suorituskieli"] = Koodi("FI", "kieli"),
            ["tyyppi"] = Koodi("perusopetuksenoppimaara", "suorituksentyyppi"),
            ["osasuoritukset"] = new JsonArray(OppiaineRivit.Select(Oppiaine).ToArray()),
        });
    }

    private static JsonNode Oppiaine(OppiaineRivi rivi)
    {
        var oppiaine = new JsonObject
        {
            ["koulutusmoduuli"] = new JsonObject { ["tunniste"] = Koodi(rivi.Oppiaine, "koskioppiaineetyleissivistava"), ["pakollinen"] = true },
            ["yksilöllistettyOppimäärä"] = rivi.Yksilollistetty,
            ["rajattuOppimäärä"] = rivi.Rajattu,
            ["tyyppi"] = Koodi("perusopetuksenoppiaine", "suorituksentyyppi"),
        };
        if (rivi.Arvosana is { } arvosana)
            oppiaine["arviointi"] = new JsonArray(new JsonObject
            {
                ["arvosana"] = Koodi(arvosana, "arviointiasteikkoyleissivistava"),
                ["hyväksytty"] = arvosana is not ("4" or "H"),
            });
        return oppiaine;
    }

    private JsonObject Vahvistettuna(JsonObject suoritus)
    {
        if (VahvistusPaiva is null) return suoritus;
        suoritus["vahvistus"] = new JsonObject
        {
            ["päivä"] = Paiva(VahvistusPaiva),
            ["paikkakunta"] = Koodi(VahvistusPaikkakunta ?? "", "kunta"),
            ["myöntäjäOrganisaatio"] = new JsonObject { ["oid"] = OppilaitosOid },
            ["myöntäjäHenkilöt"] = new JsonArray(new JsonObject
            {
                ["nimi"] = MyontajaNimi ?? "", ["titteli"] = new JsonObject { ["fi"] = MyontajaTitteli ?? "" },
                ["organisaatio"] = new JsonObject { ["oid"] = OppilaitosOid },
            }),
        };
        return suoritus;
    }

    private static JsonObject Koodi(string koodiarvo, string koodistoUri) =>
        new() { ["koodiarvo"] = koodiarvo, ["koodistoUri"] = koodistoUri };

    private static string? Paiva(DateTime? paiva) => paiva?.ToString("yyyy-MM-dd");
}
