using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Raportit;

/// <summary>
/// "Perusopetuksen vuosiluokka" (DOMAIN.md §7): per pupil of the oppilaitos whose study right is in force on the date,
/// the suoritus of the grade begun by then, its grades per subject, jääLuokalle, individualised subjects and
/// whether a support decision is in force on the date. Read through <see cref="Tietosuoja"/> like every document.
/// </summary>
public static class PerusopetuksenVuosiluokka
{
    /// <summary>The common subjects of perusopetus (koodisto koskioppiaineetyleissivistava), each a column.</summary>
    public static readonly IReadOnlyList<string> Oppiaineet =
        ["AI", "A1", "A2", "B1", "B2", "MA", "BI", "GE", "FY", "KE", "TE", "KT", "ET", "HI", "YH", "MU", "KU", "KS", "LI", "KO", "OP"];

    public static readonly IReadOnlyList<Sarake> Sarakkeet =
    [
        new("Oppijan oid", Leveys: 26), new("Sukunimi", Leveys: 20), new("Etunimet", Leveys: 20),
        new("Opiskeluoikeuden oid", Leveys: 26), new("Toimipiste", Leveys: 30), new("Luokka", Leveys: 8),
        new("Vuosiluokka", SarakeTyyppi.Kokonaisluku, 10), new("Suorituksen alkamispäivä", SarakeTyyppi.Paivamaara, 12),
        new("Vahvistuspäivä", SarakeTyyppi.Paivamaara, 12), new("Jää luokalle", Leveys: 10),
        .. Oppiaineet.Select(a => new Sarake(a, Leveys: 6)),
        new("Muut oppiaineet", Leveys: 24), new("Yksilöllistetyt oppiaineet", Leveys: 20),
        new("Tuen päätös voimassa", Leveys: 12),
    ];

    public static Taulukko Luo(RaportinLahde lahde) =>
        new($"Vuosiluokka {lahde.Parametrit.Vuosiluokka}", Sarakkeet, Rivit(lahde));

    private static async IAsyncEnumerable<object?[]> Rivit(RaportinLahde lahde, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var paiva = lahde.Parametrit.Paiva ?? lahde.Parametrit.Loppu;
        var luokka = (lahde.Parametrit.Vuosiluokka ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var db = await lahde.Tietokanta.AvaaAsync(ct);
        var rivit = from o in lahde.Oppilaitoksen(db)
                    join h in db.Oppijat on o.OppijaOid equals h.Oid
                    where o.Tyyppi == "perusopetus" && o.Alkamispaiva <= paiva && (o.Paattymispaiva == null || o.Paattymispaiva >= paiva)
                    orderby h.Hakunimi, o.Oid
                    select new { o, h.Sukunimi, h.Etunimet };
        await foreach (var r in rivit.AsAsyncEnumerable().WithCancellation(ct))
        {
            var dokumentti = Tietosuoja.Dokumentti(lahde.Nakyvyys, r.o);
            var suoritus = (dokumentti["suoritukset"] as JsonArray ?? []).OfType<JsonObject>()
                .Where(s => Koodi(s["tyyppi"]) == "perusopetuksenvuosiluokka" && Koodi(s["koulutusmoduuli"]?["tunniste"]) == luokka
                            && (Paiva(s["alkamispäivä"]) ?? DateOnly.MinValue) <= paiva)
                .MaxBy(s => Paiva(s["alkamispäivä"]) ?? DateOnly.MinValue);
            if (suoritus is null) continue;

            var arvosanat = new Dictionary<string, string>();
            var muut = new List<string>();
            var yksilollistetyt = new List<string>();
            foreach (var aine in (suoritus["osasuoritukset"] as JsonArray ?? []).OfType<JsonObject>())
            {
                var koodi = Koodi(aine["koulutusmoduuli"]?["tunniste"]) ?? "?";
                var arvosana = (aine["arviointi"] as JsonArray)?.OfType<JsonObject>().LastOrDefault() is { } a ? Koodi(a["arvosana"]) ?? "" : "";
                if (Oppiaineet.Contains(koodi) && !arvosanat.ContainsKey(koodi)) arvosanat[koodi] = arvosana;
                else muut.Add($"{koodi} {arvosana}".Trim());
                if (aine["yksilöllistettyOppimäärä"]?.GetValueKind() == System.Text.Json.JsonValueKind.True) yksilollistetyt.Add(koodi);
            }
            object?[] rivi =
            [
                r.o.OppijaOid, r.Sukunimi, r.Etunimet, r.o.Oid, lahde.Nimi(Teksti(suoritus["toimipiste"]?["oid"])),
                Teksti(suoritus["luokka"]), lahde.Parametrit.Vuosiluokka, Paiva(suoritus["alkamispäivä"]),
                Paiva(suoritus["vahvistus"]?["päivä"]),
                suoritus["jääLuokalle"]?.GetValueKind() == System.Text.Json.JsonValueKind.True ? "Kyllä" : "Ei",
                .. Oppiaineet.Select(a => (object?)arvosanat.GetValueOrDefault(a)),
                string.Join(", ", muut), string.Join(", ", yksilollistetyt),
                TukiVoimassa(dokumentti["lisätiedot"] as JsonObject, paiva) ? "Kyllä" : "Ei",
            ];
            yield return rivi;
        }
    }

    /// <summary>A support decision (erityisen tuen päätös, tuen päätöksen jakso) whose period covers the date.</summary>
    private static bool TukiVoimassa(JsonObject? lisatiedot, DateOnly paiva)
    {
        if (lisatiedot is null) return false;
        var jaksot = new[] { "erityisenTuenPäätökset", "tuenPäätöksenJaksot" }
            .SelectMany(k => lisatiedot[k] as JsonArray ?? []).Append(lisatiedot["erityisenTuenPäätös"]).OfType<JsonObject>();
        return jaksot.Any(j => (Paiva(j["alku"]) ?? DateOnly.MinValue) <= paiva && (Paiva(j["loppu"]) ?? DateOnly.MaxValue) >= paiva);
    }

    private static string? Teksti(JsonNode? n) => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
    private static string? Koodi(JsonNode? n) => Teksti(n?["koodiarvo"]);
    private static DateOnly? Paiva(JsonNode? n) => DateOnly.TryParse(Teksti(n), System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;
}
