using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Raportit;

/// <summary>
/// "Perusopetuksen vuosiluokka" (docs/DOMAIN.md §7): per pupil of the oppilaitos whose study right is in force on the date,
/// the suoritus of the grade begun by then, its grades per subject, jääLuokalle, individualised subjects and
/// whether a support decision is in force on the date. Read through <see cref="Tietosuoja"/> like every document.
/// </summary>
[RaportinJarjestys(3)]
public sealed class PerusopetuksenVuosiluokka : IRaportti
{
    public RaporttiLaji Laji => RaporttiLaji.PerusopetuksenVuosiluokka;
    public Kaksikielinen Nimi { get; } = new("Perusopetuksen vuosiluokka", "Årskurs i den grundläggande utbildningen");
    public Kaksikielinen Ryhma { get; } = new("Perusopetus", "Grundläggande utbildning");
    public Kaksikielinen Kuvaus { get; } = new(
        "Valitun vuosiluokan oppilaat valittuna päivänä: arvosanat oppiaineittain, luokalle jääminen, yksilöllistetyt oppiaineet ja voimassa oleva tuen päätös.",
        "Eleverna i vald årskurs på valt datum: vitsord per läroämne, kvarstannande på klassen, individualiserade läroämnen och gällande stödbeslut.");
    public string Tiedostonimi => "perusopetuksen_vuosiluokka";
    public bool Vuosiluokka => true;

    public bool Sallii(Domain.Kayttooikeudet.Kayttooikeusryhma ryhma) => Raporttirekisteri.LukeeTyypit(ryhma);

    public Task<RaportinTaulukot> LuoAsync(RaportinKonteksti konteksti, CancellationToken ct) =>
        konteksti.Parametrit.Vuosiluokka is not (>= 1 and <= 10)
            ? throw new ArgumentException("Vuosiluokka puuttuu")
            : Task.FromResult(new RaportinTaulukot(Luo(konteksti.OppilaitoksenLahde), []));

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

    private static readonly Dictionary<string, int> OppiaineenSarake =
        Oppiaineet.Select((a, i) => (a, i)).ToDictionary(t => t.a, t => t.i, StringComparer.Ordinal);

    private static async IAsyncEnumerable<object?[]> Rivit(RaportinLahde lahde, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var paiva = lahde.Parametrit.Paiva ?? lahde.Parametrit.Loppu;
        var luokka = (lahde.Parametrit.Vuosiluokka ?? 0).ToString(CultureInfo.InvariantCulture);
        await using var db = await lahde.Tietokanta.AvaaAsync(ct);
        var rivit = from o in lahde.Oppilaitoksen(db)
                    join h in db.Oppijat on o.OppijaOid equals h.Oid
                    where o.Tyyppi == "perusopetus" && o.Alkamispaiva <= paiva && (o.Paattymispaiva == null || o.Paattymispaiva >= paiva)
                    orderby h.Hakunimi, o.Oid
                    select new { o, h.Sukunimi, h.Etunimet };
        await foreach (var r in rivit.AsAsyncEnumerable().WithCancellation(ct))
        {
            // A read-only document per row: 100 000 rows must not build 100 000 mutable JSON trees (measured: most of the time).
            using var dokumentti = Tietosuoja.Luettava(lahde.Nakyvyys, r.o);
            var juuri = dokumentti.RootElement;
            if (Suoritus(juuri, luokka, paiva) is not { } suoritus) continue;

            var arvosanat = new object?[Oppiaineet.Count];
            var muut = new List<string>();
            var yksilollistetyt = new List<string>();
            foreach (var aine in Alkiot(suoritus, "osasuoritukset"))
            {
                var koodi = Koodi(Kentta(Kentta(aine, "koulutusmoduuli"), "tunniste")) ?? "?";
                var arvosana = ViimeinenArvosana(aine);
                if (OppiaineenSarake.TryGetValue(koodi, out var sarake) && arvosanat[sarake] is null) arvosanat[sarake] = arvosana;
                else muut.Add($"{koodi} {arvosana}".Trim());
                if (Kentta(aine, "yksilöllistettyOppimäärä")?.ValueKind == JsonValueKind.True) yksilollistetyt.Add(koodi);
            }
            yield return
            [
                r.o.OppijaOid, r.Sukunimi, r.Etunimet, r.o.Oid, lahde.Nimi(Teksti(Kentta(Kentta(suoritus, "toimipiste"), "oid"))),
                Teksti(Kentta(suoritus, "luokka")), lahde.Parametrit.Vuosiluokka, Paiva(Kentta(suoritus, "alkamispäivä")),
                Paiva(Kentta(Kentta(suoritus, "vahvistus"), "päivä")),
                Kentta(suoritus, "jääLuokalle")?.ValueKind == JsonValueKind.True ? "Kyllä" : "Ei",
                .. arvosanat,
                string.Join(", ", muut), string.Join(", ", yksilollistetyt),
                TukiVoimassa(Kentta(juuri, "lisätiedot"), paiva) ? "Kyllä" : "Ei",
            ];
        }
    }

    /// <summary>The suoritus of the grade begun by the date; of several, the latest begun.</summary>
    private static JsonElement? Suoritus(JsonElement juuri, string luokka, DateOnly paiva)
    {
        JsonElement? valittu = null;
        var valitunAlku = DateOnly.MinValue;
        foreach (var s in Alkiot(juuri, "suoritukset"))
        {
            if (Koodi(Kentta(s, "tyyppi")) != "perusopetuksenvuosiluokka" || Koodi(Kentta(Kentta(s, "koulutusmoduuli"), "tunniste")) != luokka)
                continue;
            var alku = Paiva(Kentta(s, "alkamispäivä")) ?? DateOnly.MinValue;
            if (alku > paiva || (valittu is not null && alku <= valitunAlku)) continue;
            (valittu, valitunAlku) = (s, alku);
        }
        return valittu;
    }

    /// <summary>The last assessment's grade, or "" when the subject has none.</summary>
    private static string ViimeinenArvosana(JsonElement aine)
    {
        JsonElement? viimeinen = null;
        foreach (var arviointi in Alkiot(aine, "arviointi"))
            if (arviointi.ValueKind == JsonValueKind.Object) viimeinen = arviointi;
        return viimeinen is { } a ? Koodi(Kentta(a, "arvosana")) ?? "" : "";
    }

    /// <summary>A support decision (erityisen tuen päätös, tuen päätöksen jakso) whose period covers the date.</summary>
    private static bool TukiVoimassa(JsonElement? lisatiedot, DateOnly paiva)
    {
        if (lisatiedot is not { ValueKind: JsonValueKind.Object } l) return false;
        var jaksot = Alkiot(l, "erityisenTuenPäätökset").Concat(Alkiot(l, "tuenPäätöksenJaksot"));
        if (Kentta(l, "erityisenTuenPäätös") is { } yksi) jaksot = jaksot.Append(yksi);
        return jaksot.Any(j => j.ValueKind == JsonValueKind.Object
                               && (Paiva(Kentta(j, "alku")) ?? DateOnly.MinValue) <= paiva && (Paiva(Kentta(j, "loppu")) ?? DateOnly.MaxValue) >= paiva);
    }

    private static JsonElement? Kentta(JsonElement? e, string nimi) =>
        e is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(nimi, out var arvo) ? arvo : null;

#pragma warning disable CA1859 // a missing array is an empty sequence; a default ArrayEnumerator is not one
    private static IEnumerable<JsonElement> Alkiot(JsonElement e, string nimi) =>
        Kentta(e, nimi) is { ValueKind: JsonValueKind.Array } t ? t.EnumerateArray() : [];
#pragma warning restore CA1859

    private static string? Teksti(JsonElement? e) => e is { ValueKind: JsonValueKind.String } s ? s.GetString() : null;
    private static string? Koodi(JsonElement? e) => Teksti(Kentta(e, "koodiarvo"));
    private static DateOnly? Paiva(JsonElement? e) => Domain.Suomenaika.IsoPaiva(Teksti(e));
}
