using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Raportit;

/// <summary>Study rights of one education type from one source system (or the UI).</summary>
public sealed record LahdejarjestelmanOsuus(string Koulutusmuoto, string Lahdejarjestelma, int Opiskeluoikeuksia, double OsuusProsentteina);

/// <summary>
/// "Tiedonsiirrot: lähdejärjestelmät ja käyttöliittymän osuus" (seed 000, computed live): the user's visible, not
/// invalidated study rights of the oppilaitos per source system × education type, the UI-entered ones as their own
/// row, and each row's share of its type.
/// </summary>
[RaportinJarjestys(2)]
public sealed class Lahdejarjestelmat : IRaportti
{
    public RaporttiLaji Laji => RaporttiLaji.Lahdejarjestelmat;
    public Kaksikielinen Nimi { get; } = new("Tiedonsiirrot: lähdejärjestelmät ja käyttöliittymän osuus", "Dataöverföringar: källsystem och användargränssnittets andel");
    public Kaksikielinen Ryhma { get; } = new("Kaikki koulutusmuodot", "Alla utbildningsformer");
    public Kaksikielinen Kuvaus { get; } = new(
        "Oppilaitoksen opiskeluoikeudet lähdejärjestelmittäin ja koulutusmuodoittain sekä käyttöliittymässä syötettyjen osuus.",
        "Läroanstaltens studierätter per källsystem och utbildningsform samt andelen som matats in i användargränssnittet.");
    public string Tiedostonimi => "lahdejarjestelmat";

    public bool Sallii(Domain.Kayttooikeudet.Kayttooikeusryhma ryhma) => Raporttirekisteri.LukeeTyypit(ryhma);

    public Task<RaportinTaulukot> LuoAsync(RaportinKonteksti konteksti, CancellationToken ct) =>
        Task.FromResult(new RaportinTaulukot(Luo(konteksti.OppilaitoksenLahde), []));

    public const string Kayttoliittyma = "Käyttöliittymä";

    public static readonly IReadOnlyList<Sarake> Sarakkeet =
    [
        new("Koulutusmuoto", Leveys: 30), new("Lähdejärjestelmä", Leveys: 20),
        new("Opiskeluoikeuksia", SarakeTyyppi.Kokonaisluku, 14), new("Osuus koulutusmuodosta (%)", SarakeTyyppi.Desimaaliluku, 14),
    ];

    public static async Task<IReadOnlyList<LahdejarjestelmanOsuus>> LaskeAsync(RaportinLahde lahde, CancellationToken ct)
    {
        await using var db = await lahde.Tietokanta.AvaaAsync(ct);
        var maarat = await lahde.Oppilaitoksen(db)
            .GroupBy(o => new { o.Tyyppi, o.Lahdejarjestelma })
            .Select(g => new { g.Key.Tyyppi, g.Key.Lahdejarjestelma, Maara = g.Count() })
            .ToListAsync(ct);
        return maarat.GroupBy(m => m.Tyyppi)
            .SelectMany(tyyppi => tyyppi.Select(m => new LahdejarjestelmanOsuus(lahde.Tyyppi(m.Tyyppi), m.Lahdejarjestelma ?? Kayttoliittyma,
                m.Maara, Math.Round(100.0 * m.Maara / tyyppi.Sum(t => t.Maara), 2))))
            .OrderBy(o => o.Koulutusmuoto, StringComparer.Ordinal)
            .ThenBy(o => o.Lahdejarjestelma == Kayttoliittyma).ThenBy(o => o.Lahdejarjestelma, StringComparer.Ordinal)
            .ToList();
    }

    public static Taulukko Luo(RaportinLahde lahde) => new("Lähdejärjestelmät", Sarakkeet, Rivit(lahde));

    private static async IAsyncEnumerable<object?[]> Rivit(RaportinLahde lahde,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var o in await LaskeAsync(lahde, ct))
            yield return [o.Koulutusmuoto, o.Lahdejarjestelma, o.Opiskeluoikeuksia, o.OsuusProsentteina];
    }
}
