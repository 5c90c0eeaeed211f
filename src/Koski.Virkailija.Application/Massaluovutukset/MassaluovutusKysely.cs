using System.Globalization;
using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Tiedonsiirto;

namespace Koski.Virkailija.Application.Massaluovutukset;

/// <summary>KOSKI's result formats (massaluovutus QueryFormat): MIME types, as the query's <c>format</c> names them.</summary>
public static class Tulosmuoto
{
    public const string Json = "application/json";
    public const string Csv = "text/csv";
    public const string CsvOsiin = "text/x-csv-partition";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

/// <summary>
/// A bulk-handover query as KOSKI's <c>POST /koski/api/massaluovutus</c> takes it: its <c>type</c> and <c>format</c>
/// pick the kind, unknown fields and wrong values are refused as KOSKI's strict deserialisation refuses them
/// (<c>badRequest.validation.jsonSchema</c>).
/// </summary>
public abstract record MassaluovutusKysely(string Muoto, string? OrganisaatioOid)
{
    public const string JsonSchema = "badRequest.validation.jsonSchema";

    public abstract string Tyyppi { get; }

    /// <summary>The study-right type the query reads, for the rights rule; null: whatever the user reads.</summary>
    public virtual string? LuettavaTyyppi => null;

    /// <summary>Whether the query needs a role that reads every type (the overlap report compares all of a learner's study rights).</summary>
    public virtual bool VaatiiKaikkiTyypit => false;

    public abstract MassaluovutusKysely Organisaatiolle(string oid);

    /// <summary>The query as KOSKI echoes it back, fields in KOSKI's names.</summary>
    public JsonObject Json()
    {
        var json = new JsonObject { ["type"] = Tyyppi, ["format"] = Muoto };
        if (OrganisaatioOid is not null) json["organisaatioOid"] = OrganisaatioOid;
        foreach (var (nimi, arvo) in Kentat())
            if (arvo is not null) json[nimi] = arvo;
        return json;
    }

    protected abstract IEnumerable<(string Nimi, JsonNode? Arvo)> Kentat();

    public static MassaluovutusKysely Lue(JsonNode? json)
    {
        if (json is not JsonObject o) throw Virhe("Kyselyn pitää olla JSON-objekti.");
        var lukija = new Lukija(o);
        var tyyppi = lukija.Teksti("type") ?? throw Virhe("Kentältä type puuttuu arvo.");
        var muoto = lukija.Teksti("format") ?? throw Virhe("Kentältä format puuttuu arvo.");
        MassaluovutusKysely kysely = tyyppi switch
        {
            OrganisaationOpiskeluoikeudet.Nimi => OrganisaationOpiskeluoikeudet.Lue(lukija, muoto),
            PaallekkaisetOpiskeluoikeudetKysely.Nimi => PaallekkaisetOpiskeluoikeudetKysely.Lue(lukija, muoto),
            Luokallejaaneet.Nimi => Luokallejaaneet.Lue(lukija, muoto),
            _ => throw Virhe($"Tuntematon kyselyn tyyppi: {tyyppi}."),
        };
        lukija.EiMuita();
        return kysely;
    }

    internal static KoskiVirheet Virhe(string viesti) => new(JsonSchema, viesti);

    internal static void SallitutMuodot(string muoto, params string[] sallitut)
    {
        if (!sallitut.Contains(muoto))
            throw Virhe($"Kentän format arvo {muoto} ei ole sallittu: {string.Join(", ", sallitut)}.");
    }

    /// <summary>Reads fields and remembers which were read, so an unknown one can be refused.</summary>
    internal sealed class Lukija(JsonObject o)
    {
        private readonly HashSet<string> luetut = new(StringComparer.Ordinal);

        public string? Teksti(string nimi)
        {
            luetut.Add(nimi);
            return o[nimi] switch
            {
                null => null,
                JsonValue v when v.TryGetValue<string>(out var s) => s,
                _ => throw Virhe($"Kentän {nimi} arvon pitää olla merkkijono."),
            };
        }

        public DateOnly? Paiva(string nimi) =>
            Teksti(nimi) is not { } s ? null
            : Domain.Suomenaika.IsoPaiva(s) ?? throw Virhe($"Kentän {nimi} arvo {s} ei ole päivämäärä (vvvv-kk-pp).");

        public DateTime? Aika(string nimi) =>
            Teksti(nimi) is not { } s ? null
            : DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var a) ? a
            : throw Virhe($"Kentän {nimi} arvo {s} ei ole aikaleima.");

        public bool? Totuus(string nimi)
        {
            luetut.Add(nimi);
            return o[nimi] switch
            {
                null => null,
                JsonValue v when v.TryGetValue<bool>(out var b) => b,
                _ => throw Virhe($"Kentän {nimi} arvon pitää olla true tai false."),
            };
        }

        public void EiMuita()
        {
            if (o.Select(p => p.Key).FirstOrDefault(k => !luetut.Contains(k)) is { } tuntematon)
                throw Virhe($"Tuntematon kenttä {tuntematon}.");
        }
    }
}

/// <summary>KOSKI's <c>organisaationOpiskeluoikeudet</c>: the organisation's study rights, JSON per learner or CSV tables.</summary>
public sealed record OrganisaationOpiskeluoikeudet(
    string Muoto,
    string? OrganisaatioOid,
    DateOnly AlkanutAikaisintaan,
    DateOnly? AlkanutViimeistaan = null,
    DateOnly? PaattynytAikaisintaan = null,
    DateOnly? PaattynytViimeistaan = null,
    bool? EiPaattymispaivaa = null,
    DateTime? MuuttunutJalkeen = null,
    string? Koulutusmuoto = null,
    bool? Mitatoidyt = null) : MassaluovutusKysely(Muoto, OrganisaatioOid)
{
    public const string Nimi = "organisaationOpiskeluoikeudet";

    public override string Tyyppi => Nimi;

    public override string? LuettavaTyyppi => Koulutusmuoto;

    public override MassaluovutusKysely Organisaatiolle(string oid) => this with { OrganisaatioOid = oid };

    internal static OrganisaationOpiskeluoikeudet Lue(Lukija l, string muoto)
    {
        SallitutMuodot(muoto, Tulosmuoto.Json, Tulosmuoto.Csv, Tulosmuoto.CsvOsiin);
        var kysely = new OrganisaationOpiskeluoikeudet(muoto, l.Teksti("organisaatioOid"),
            l.Paiva("alkanutAikaisintaan") ?? throw Virhe("Kentältä alkanutAikaisintaan puuttuu arvo."),
            l.Paiva("alkanutViimeistään"), l.Paiva("päättynytAikaisintaan"), l.Paiva("päättynytViimeistään"),
            l.Totuus("eiPäättymispäivää"), l.Aika("muuttunutJälkeen"), l.Teksti("koulutusmuoto"), l.Totuus("mitätöidyt"));
        if (kysely.EiPaattymispaivaa == true && (kysely.PaattynytAikaisintaan is not null || kysely.PaattynytViimeistaan is not null))
            throw new KoskiVirheet("badRequest",
                "eiPäättymispäivää ei voi olla true, jos päättynytAikaisintaan tai päättynytViimeistään on annettu");
        return kysely;
    }

    protected override IEnumerable<(string, JsonNode?)> Kentat() =>
    [
        ("alkanutAikaisintaan", Iso(AlkanutAikaisintaan)), ("alkanutViimeistään", Iso(AlkanutViimeistaan)),
        ("päättynytAikaisintaan", Iso(PaattynytAikaisintaan)), ("päättynytViimeistään", Iso(PaattynytViimeistaan)),
        ("eiPäättymispäivää", EiPaattymispaivaa), ("muuttunutJälkeen", MuuttunutJalkeen?.ToString("s", CultureInfo.InvariantCulture)),
        ("koulutusmuoto", Koulutusmuoto), ("mitätöidyt", Mitatoidyt),
    ];

    internal static string? Iso(DateOnly? p) => p?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>KOSKI's <c>paallekkaisetOpiskeluoikeudet</c>: the "Päällekkäiset opiskeluoikeudet" report as CSV or xlsx.</summary>
public sealed record PaallekkaisetOpiskeluoikeudetKysely(
    string Muoto, string? OrganisaatioOid, DateOnly Alku, DateOnly Loppu, string? Kieli = null, string? Salasana = null)
    : MassaluovutusKysely(Muoto, OrganisaatioOid)
{
    public const string Nimi = "paallekkaisetOpiskeluoikeudet";

    public override string Tyyppi => Nimi;

    public override bool VaatiiKaikkiTyypit => true;

    public override MassaluovutusKysely Organisaatiolle(string oid) => this with { OrganisaatioOid = oid };

    internal static PaallekkaisetOpiskeluoikeudetKysely Lue(Lukija l, string muoto)
    {
        SallitutMuodot(muoto, Tulosmuoto.Csv, Tulosmuoto.Xlsx);
        var kysely = new PaallekkaisetOpiskeluoikeudetKysely(muoto, l.Teksti("organisaatioOid"),
            l.Paiva("alku") ?? throw Virhe("Kentältä alku puuttuu arvo."),
            l.Paiva("loppu") ?? throw Virhe("Kentältä loppu puuttuu arvo."),
            l.Teksti("language"), l.Teksti("password"));
        if (kysely.Kieli is not (null or "fi" or "sv" or "en")) throw Virhe($"Kentän language arvo {kysely.Kieli} ei ole sallittu.");
        return kysely;
    }

    // The password is not echoed back in the query; it comes with the complete result, as in KOSKI.
    protected override IEnumerable<(string, JsonNode?)> Kentat() =>
        [("language", Kieli), ("alku", OrganisaationOpiskeluoikeudet.Iso(Alku)), ("loppu", OrganisaationOpiskeluoikeudet.Iso(Loppu))];
}

/// <summary>KOSKI's <c>luokallejaaneet</c>: perusopetus study rights in whose version history a pupil repeats a grade.</summary>
public sealed record Luokallejaaneet(string Muoto, string? OrganisaatioOid) : MassaluovutusKysely(Muoto, OrganisaatioOid)
{
    public const string Nimi = "luokallejaaneet";

    public override string Tyyppi => Nimi;

    public override string? LuettavaTyyppi => "perusopetus";

    public override MassaluovutusKysely Organisaatiolle(string oid) => this with { OrganisaatioOid = oid };

    internal static Luokallejaaneet Lue(Lukija l, string muoto)
    {
        SallitutMuodot(muoto, Tulosmuoto.Json, Tulosmuoto.Csv);
        return new Luokallejaaneet(muoto, l.Teksti("organisaatioOid"));
    }

    protected override IEnumerable<(string, JsonNode?)> Kentat() => [];
}
