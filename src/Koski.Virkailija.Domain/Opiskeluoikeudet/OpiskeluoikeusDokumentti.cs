using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Validointi;

namespace Koski.Virkailija.Domain.Opiskeluoikeudet;

/// <summary>
/// One study right as KOSKI's JSON document. Reads the values lists and reports need, and changes only the
/// properties it is told to: everything else, known or not, is kept as sent and in its order.
/// </summary>
public sealed class OpiskeluoikeusDokumentti
{
    // Keeps ä and ö readable in the stored JSON; the JSON is never embedded in HTML as such.
    private static readonly JsonSerializerOptions Kirjoitus = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Wraps the object itself (no copy): the setters change it.</summary>
    public OpiskeluoikeusDokumentti(JsonObject json) => Json = json;

    public JsonObject Json { get; }

    public static OpiskeluoikeusDokumentti Lue(string json) =>
        new(JsonNode.Parse(json) as JsonObject ?? throw new JsonException("Opiskeluoikeuden pitää olla JSON-objekti"));

    public string? Oid => Teksti(Json, "oid");
    public int? Versionumero => Json["versionumero"] is JsonValue v && v.TryGetValue<int>(out var n) ? n : null;
    public string? Tyyppi => Teksti(Json["tyyppi"], "koodiarvo");
    public string? OppilaitosOid => Teksti(Json["oppilaitos"], "oid");
    public string? KoulutustoimijaOid => Teksti(Json["koulutustoimija"], "oid");
    public string? Lahdejarjestelma => Teksti((Json["lähdejärjestelmänId"] as JsonObject)?["lähdejärjestelmä"], "koodiarvo");
    public string? LahdejarjestelmanId => Teksti(Json["lähdejärjestelmänId"], "id");

    public string? SisaltavaOppilaitosOid =>
        Teksti((Json["sisältyyOpiskeluoikeuteen"] as JsonObject)?["oppilaitos"], "oid");

    /// <summary>
    /// A bought education is visible to its buyer, the koulutustoimija: taiteen perusopetus given as
    /// hankintakoulutus, and esiopetus bought from a day-care provider (it has a järjestämismuoto).
    /// </summary>
    public string? OstajaOid =>
        (Tyyppi, Teksti(Json["koulutuksenToteutustapa"], "koodiarvo")) switch
        {
            ("taiteenperusopetus", "hankintakoulutus") => KoulutustoimijaOid,
            ("esiopetus", _) when Json["järjestämismuoto"] is JsonObject => KoulutustoimijaOid,
            _ => null,
        };

    /// <summary>The luokka of the päätason suoritus with the latest alkamispäivä among those that name one.</summary>
    public string? Luokka =>
        (Json["suoritukset"] as JsonArray ?? []).OfType<JsonObject>()
        .Select((s, i) => (Luokka: Teksti(s, "luokka"), Alku: Teksti(s, "alkamispäivä"), i))
        .Where(s => !string.IsNullOrWhiteSpace(s.Luokka))
        .OrderByDescending(s => s.Alku, StringComparer.Ordinal).ThenBy(s => s.i)
        .Select(s => s.Luokka).FirstOrDefault();

    /// <summary>The jaksot in document order; entries without a valid alku or tila are left out.</summary>
    public IReadOnlyList<Opiskeluoikeusjakso> Jaksot
    {
        get
        {
            if (Json["tila"] is not JsonObject tila) return [];
            // Read where it is (every save asks several times); the one reading of the JSON decides whatever the
            // nodes cannot tell for certain.
            if (JsonTausta.Avaamaton(tila, out var jasennetty)) return LueJaksot(jasennetty);
            if (LueJaksot(tila) is { } luetut) return luetut;
            using var luettava = JsonDocument.Parse(tila.ToJsonString());
            return LueJaksot(luettava.RootElement);
        }
    }

    /// <summary>
    /// The opiskeluoikeusjaksot of a document's <c>tila</c> (or of the whole document) read without a mutable tree: the
    /// one reading of a jakso, also for reports that read thousands of documents. A jakso without a valid alku or tila
    /// is left out.
    /// </summary>
    public static IReadOnlyList<Opiskeluoikeusjakso> LueJaksot(JsonElement tilaTaiDokumentti)
    {
        var tila = tilaTaiDokumentti.ValueKind == JsonValueKind.Object && tilaTaiDokumentti.TryGetProperty("tila", out var t) ? t : tilaTaiDokumentti;
        if (tila.ValueKind != JsonValueKind.Object || !tila.TryGetProperty("opiskeluoikeusjaksot", out var jaksot)
            || jaksot.ValueKind != JsonValueKind.Array)
            return [];
        var tulos = new List<Opiskeluoikeusjakso>(jaksot.GetArrayLength());
        foreach (var jakso in jaksot.EnumerateArray())
            if (LueJakso(jakso) is { } j) tulos.Add(j);
        return tulos;
    }

    public DateOnly? Alkamispaiva => Alku(Jaksot);
    public DateOnly? Paattymispaiva => Loppu(Jaksot);
    public string? Tila => ViimeisinTila(Jaksot);
    public bool Mitatoity => ViimeisinTila(Jaksot) == Tilat.Mitatoity;

    /// <summary>Toimipiste OIDs of the päätason suoritukset, each once, in order.</summary>
    public IReadOnlyList<string> ToimipisteOidit =>
        (Json["suoritukset"] as JsonArray ?? []).Select(s => Teksti((s as JsonObject)?["toimipiste"], "oid"))
        .OfType<string>().Distinct().ToList();

    public void AsetaOid(string oid) => Aseta("oid", JsonValue.Create(oid));

    public void AsetaVersionumero(int versionumero) => Aseta("versionumero", JsonValue.Create(versionumero), "oid");

    /// <summary>KOSKI's aikaleima is Finnish local time without offset, to the microsecond.</summary>
    public void AsetaAikaleima(DateTimeOffset aikaleima) =>
        Aseta("aikaleima", JsonValue.Create(Suomenaika.Paikallinen(aikaleima)
            .ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture)), "oid", "versionumero");

    public void AsetaKoulutustoimija(string oid, string nimiFi) =>
        Aseta("koulutustoimija", new JsonObject { ["oid"] = oid, ["nimi"] = new JsonObject { ["fi"] = nimiFi } },
            "oid", "versionumero", "aikaleima", "lähdejärjestelmänId", "oppilaitos");

    public string ToJson() => Json.ToJsonString(Kirjoitus);

    /// <summary>Copies the derived columns and the document onto the stored row.</summary>
    public void TaytaIndeksi(Opiskeluoikeus rivi)
    {
        rivi.Tyyppi = Tyyppi ?? throw new InvalidOperationException("Opiskeluoikeudelta puuttuu tyyppi");
        // Esiopetus bought from a day-care provider (ostopalvelu) has no oppilaitos, only a toimipiste.
        rivi.OppilaitosOid = OppilaitosOid ?? (ToimipisteOidit is [var ensimmainen, ..] ? ensimmainen : null) ?? KoulutustoimijaOid
            ?? throw new InvalidOperationException("Opiskeluoikeudelta puuttuu oppilaitos");
        rivi.KoulutustoimijaOid = KoulutustoimijaOid;
        // The jaksot are read once for the four columns (each reading re-reads tila), as every saved document comes here.
        var jaksot = Jaksot;
        rivi.Alkamispaiva = Alku(jaksot);
        rivi.Paattymispaiva = Loppu(jaksot);
        rivi.Tila = ViimeisinTila(jaksot);
        rivi.Lahdejarjestelma = Lahdejarjestelma;
        rivi.LahdejarjestelmanId = LahdejarjestelmanId;
        rivi.Mitatoity = rivi.Tila == Tilat.Mitatoity;
        rivi.SisaltavaOppilaitosOid = SisaltavaOppilaitosOid;
        rivi.OstajaOid = OstajaOid;
        rivi.Luokka = Luokka;
        rivi.Json = ToJson();
    }

    private static DateOnly? Alku(IReadOnlyList<Opiskeluoikeusjakso> jaksot) => jaksot.Count > 0 ? jaksot[0].Alku : null;

    private static DateOnly? Loppu(IReadOnlyList<Opiskeluoikeusjakso> jaksot) =>
        jaksot.Count > 0 && Tilat.OnPaattava(jaksot[^1].Tila) ? jaksot[^1].Alku : null;

    private static string? ViimeisinTila(IReadOnlyList<Opiskeluoikeusjakso> jaksot) => jaksot.Count > 0 ? jaksot[^1].Tila : null;

    /// <summary>Replaces the value in place, or inserts it after the last of <paramref name="edella"/> present.</summary>
    private void Aseta(string nimi, JsonNode arvo, params string[] edella)
    {
        var kohta = Json.IndexOf(nimi);
        if (kohta >= 0)
        {
            Json.SetAt(kohta, arvo);
            return;
        }
        var jalkeen = edella.Select(Json.IndexOf).DefaultIfEmpty(-1).Max();
        Json.Insert(jalkeen + 1, nimi, arvo);
    }

    /// <summary>
    /// <see cref="LueJaksot(JsonElement)"/> on the nodes of <c>tila</c>, as they would be written out; null when a value
    /// that would be written as a string is not held as one (e.g. a date built in code), for the JSON to decide.
    /// </summary>
    private static List<Opiskeluoikeusjakso>? LueJaksot(JsonObject tilaTaiDokumentti)
    {
        var tila = tilaTaiDokumentti.TryGetPropertyValue("tila", out var t) ? t : tilaTaiDokumentti;
        if ((tila as JsonObject)?["opiskeluoikeusjaksot"] is not JsonArray jaksot) return [];
        var tulos = new List<Opiskeluoikeusjakso>(jaksot.Count);
        for (var i = 0; i < jaksot.Count; i++)
        {
            if (jaksot[i] is not JsonObject jakso) continue;
            if (!Teksti(jakso, "alku", out var alku) || !Teksti(jakso["tila"], "koodiarvo", out var koodi)
                || !Teksti(jakso["opintojenRahoitus"], "koodiarvo", out var rahoitus))
                return null;
            if (Suomenaika.IsoPaiva(alku) is not { } paiva || koodi is null)
                continue;
            tulos.Add(new Opiskeluoikeusjakso(paiva, koodi, rahoitus));
        }
        return tulos;
    }

    /// <summary>The string property of an object node (null when missing or not a string); false when it cannot tell.</summary>
    private static bool Teksti(JsonNode? solmu, string nimi, out string? teksti)
    {
        teksti = null;
        if (solmu is not JsonObject olio || olio[nimi] is not JsonValue arvo || arvo.GetValueKind() != JsonValueKind.String) return true;
        return arvo.TryGetValue(out teksti);
    }

    private static Opiskeluoikeusjakso? LueJakso(JsonElement jakso)
    {
        if (jakso.ValueKind != JsonValueKind.Object
            || Teksti(jakso, "alku") is not { } alku
            || Suomenaika.IsoPaiva(alku) is not { } paiva
            || Teksti(Kentta(jakso, "tila"), "koodiarvo") is not { } tila)
            return null;
        return new Opiskeluoikeusjakso(paiva, tila, Teksti(Kentta(jakso, "opintojenRahoitus"), "koodiarvo"));
    }

    private static JsonElement Kentta(JsonElement e, string nimi) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(nimi, out var arvo) ? arvo : default;

    private static string? Teksti(JsonElement e, string nimi) =>
        Kentta(e, nimi) is { ValueKind: JsonValueKind.String } arvo ? arvo.GetString() : null;

    private static string? Teksti(JsonNode? solmu, string nimi) =>
        solmu is JsonObject o && o[nimi] is JsonValue arvo && arvo.GetValueKind() == JsonValueKind.String
            ? arvo.GetValue<string>() : null;
}
