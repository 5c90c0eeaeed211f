using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Raportit;

/// <summary>
/// "Esiopetus" (docs/DOMAIN.md §7): the oppilaitos's esiopetus study rights in force at some point of the range, with their
/// toimipiste, tilat and completion (the esiopetuksen suoritus's vahvistus), and as a second sheet the pupil counts per
/// toimipiste.
/// </summary>
[RaportinJarjestys(4)]
public sealed class Esiopetusraportti : IRaportti
{
    public RaporttiLaji Laji => RaporttiLaji.Esiopetus;
    public Kaksikielinen Nimi { get; } = new("Esiopetus", "Förskoleundervisning");
    public Kaksikielinen Ryhma { get; } = new("Esiopetus", "Förskoleundervisning");
    public Kaksikielinen Kuvaus { get; } = new(
        "Oppilaitoksen esiopetuksen opiskeluoikeudet ja suoritukset aikavälillä sekä oppilasmäärät.",
        "Läroanstaltens studierätter och prestationer inom förskoleundervisningen under tidsintervallet samt elevantal.");
    public string Tiedostonimi => "esiopetus";
    public bool Aikavali => true;

    public bool Sallii(Domain.Kayttooikeudet.Kayttooikeusryhma ryhma) => Raporttirekisteri.LukeeTyypit(ryhma, esiopetus: true);

    public Task<RaportinTaulukot> LuoAsync(RaportinKonteksti konteksti, CancellationToken ct) =>
        Task.FromResult(new RaportinTaulukot(Luo(konteksti.OppilaitoksenLahde), [Toimipisteittain(konteksti.OppilaitoksenLahde)]));

    public const string Yhteensa = "Yhteensä";

    public static readonly IReadOnlyList<Sarake> Sarakkeet =
    [
        new("Oppijan oid", Leveys: 26), new("Sukunimi", Leveys: 20), new("Etunimet", Leveys: 20),
        new("Opiskeluoikeuden oid", Leveys: 26), new("Oppilaitos", Leveys: 30), new("Toimipiste", Leveys: 30), new("Luokka", Leveys: 10),
        new("Alkamispäivä", SarakeTyyppi.Paivamaara, 12), new("Päättymispäivä", SarakeTyyppi.Paivamaara, 12),
        new("Vahvistuspäivä", SarakeTyyppi.Paivamaara, 12),
        new("Tilat aikavälillä", Leveys: 24), new("Viimeisin tila", Leveys: 14), new("Lähdejärjestelmä", Leveys: 16),
    ];

    public static readonly IReadOnlyList<Sarake> ToimipisteSarakkeet =
    [
        new("Toimipiste", Leveys: 36), new("Toimipisteen oid", Leveys: 26), new("Oppilaita", SarakeTyyppi.Kokonaisluku, 10),
    ];

    public static Taulukko Luo(RaportinLahde lahde) => new("Esiopetus", Sarakkeet, Rivit(lahde));

    /// <summary>
    /// Pupils per toimipiste: a pupil counts once per toimipiste where a study right of theirs is in force in the range,
    /// and once in the total row even if they moved between toimipisteet.
    /// </summary>
    public static Taulukko Toimipisteittain(RaportinLahde lahde) => new("Oppilaat toimipisteittäin", ToimipisteSarakkeet, Maarat(lahde));

    private static IQueryable<Opiskeluoikeus> Valilla(RaportinLahde lahde, Tietokanta.IKoskiDb db)
    {
        var (alku, loppu) = (lahde.Parametrit.Alku, lahde.Parametrit.Loppu);
        return lahde.Oppilaitoksen(db)
            .Where(o => o.Tyyppi == "esiopetus" && o.Alkamispaiva <= loppu && (o.Paattymispaiva == null || o.Paattymispaiva >= alku));
    }

    private static async IAsyncEnumerable<object?[]> Rivit(RaportinLahde lahde, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var (alku, loppu) = (lahde.Parametrit.Alku, lahde.Parametrit.Loppu);
        await using var db = await lahde.Tietokanta.AvaaAsync(ct);
        var rivit = from o in Valilla(lahde, db)
                    join h in db.Oppijat on o.OppijaOid equals h.Oid
                    orderby h.Hakunimi, o.Oid
                    select new { o.OppijaOid, h.Sukunimi, h.Etunimet, o.Oid, o.OppilaitosOid, o.Luokka, o.Alkamispaiva, o.Paattymispaiva, o.Json, o.Tila, o.Lahdejarjestelma };
        await foreach (var r in rivit.AsAsyncEnumerable().WithCancellation(ct))
        {
            var suoritus = Suoritus(r.Json);
            yield return
            [
                r.OppijaOid, r.Sukunimi, r.Etunimet, r.Oid, lahde.Nimi(r.OppilaitosOid), lahde.Nimi(Toimipiste(suoritus) ?? r.OppilaitosOid),
                r.Luokka, r.Alkamispaiva, r.Paattymispaiva, Vahvistus(suoritus),
                PaallekkaisetOpiskeluoikeudet.TilatValilla(lahde, r.Json, alku, loppu), lahde.Tila(r.Tila),
                r.Lahdejarjestelma ?? Lahdejarjestelmat.Kayttoliittyma,
            ];
        }
    }

    private static async IAsyncEnumerable<object?[]> Maarat(RaportinLahde lahde, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var oppilaat = new Dictionary<string, HashSet<string>>();
        await using (var db = await lahde.Tietokanta.AvaaAsync(ct))
        {
            await foreach (var r in Valilla(lahde, db).Select(o => new { o.OppijaOid, o.OppilaitosOid, o.Json }).AsAsyncEnumerable().WithCancellation(ct))
            {
                var toimipiste = Toimipiste(Suoritus(r.Json)) ?? r.OppilaitosOid;
                if (!oppilaat.TryGetValue(toimipiste, out var joukko)) oppilaat[toimipiste] = joukko = [];
                joukko.Add(r.OppijaOid);
            }
        }
        var aakkoset = StringComparer.Create(new("fi-FI"), ignoreCase: true);
        foreach (var (oid, joukko) in oppilaat.OrderBy(t => lahde.Nimi(t.Key), aakkoset))
            yield return [lahde.Nimi(oid), oid, joukko.Count];
        yield return [Yhteensa, null, oppilaat.Values.SelectMany(j => j).Distinct().Count()];
    }

    /// <summary>The study right's esiopetuksen suoritus (one per esiopetus study right in KOSKI).</summary>
    private static JsonObject? Suoritus(string json) =>
        (JsonNode.Parse(json)?["suoritukset"] as JsonArray ?? []).OfType<JsonObject>()
            .FirstOrDefault(s => Teksti(s["tyyppi"]?["koodiarvo"]) == "esiopetuksensuoritus");

    private static string? Toimipiste(JsonObject? suoritus) => Teksti(suoritus?["toimipiste"]?["oid"]);

    private static DateOnly? Vahvistus(JsonObject? suoritus) =>
        Domain.Suomenaika.IsoPaiva(Teksti(suoritus?["vahvistus"]?["päivä"]));

    private static string? Teksti(JsonNode? n) => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
