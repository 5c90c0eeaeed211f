using System.Runtime.CompilerServices;
using System.Text.Json;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Raportit;

/// <summary>
/// "Päällekkäiset opiskeluoikeudet" (docs/DOMAIN.md §7): each study right of the oppilaitos that overlaps, within the range,
/// another study right of the same learner — also another provider's, of which only its provider, type, dates and
/// tilat are shown. Excluded on both sides: linked study rights (sisältyy toiseen), TPO, kielitutkinto and
/// vapaatavoitteinen VST, which run beside other studies by design.
/// </summary>
[RaportinJarjestys(1)]
public sealed class PaallekkaisetOpiskeluoikeudet : IRaportti
{
    public RaporttiLaji Laji => RaporttiLaji.PaallekkaisetOpiskeluoikeudet;
    public Kaksikielinen Nimi { get; } = new("Päällekkäiset opiskeluoikeudet", "Överlappande studierätter");
    public Kaksikielinen Ryhma { get; } = new("Kaikki koulutusmuodot", "Alla utbildningsformer");
    public Kaksikielinen Kuvaus { get; } = new(
        "Oppijat, joiden opiskeluoikeus oppilaitoksessa on aikavälillä voimassa samaan aikaan kuin jokin toinen opiskeluoikeus (myös toisen koulutuksen järjestäjän). Molemmista näytetään oppilaitos, koulutusmuoto, päivät, tilat ja rahoitus.",
        "Elever vars studierätt vid läroanstalten under tidsintervallet gäller samtidigt som en annan studierätt (även hos en annan anordnare). För båda visas läroanstalt, utbildningsform, datum, status och finansiering.");
    public string Tiedostonimi => "paallekkaiset_opiskeluoikeudet";
    public bool Aikavali => true;

    public bool Sallii(Domain.Kayttooikeudet.Kayttooikeusryhma ryhma) => Raporttirekisteri.LukeeTyypit(ryhma);

    public Task<RaportinTaulukot> LuoAsync(RaportinKonteksti konteksti, CancellationToken ct) =>
        Task.FromResult(new RaportinTaulukot(Luo(konteksti.OppilaitoksenLahde), []));

    private static readonly string[] EiVerrata = ["taiteenperusopetus", "kielitutkinto"];
    private const string VapaatavoitteinenVst = "vstvapaatavoitteinenkoulutus";

    public static readonly IReadOnlyList<Sarake> Sarakkeet =
    [
        new("Oppijan oid", Leveys: 26), new("Sukunimi", Leveys: 20), new("Etunimet", Leveys: 20),
        new("Opiskeluoikeuden oid", Leveys: 26), new("Oppilaitos", Leveys: 30), new("Koulutusmuoto", Leveys: 24),
        new("Alkamispäivä", SarakeTyyppi.Paivamaara, 12), new("Päättymispäivä", SarakeTyyppi.Paivamaara, 12),
        new("Tilat aikavälillä", Leveys: 24), new("Viimeisin tila", Leveys: 14),
        new("Päällekkäisen opiskeluoikeuden oid", Leveys: 26), new("Päällekkäisen oppilaitos", Leveys: 30),
        new("Päällekkäisen koulutustoimija", Leveys: 30), new("Päällekkäisen koulutusmuoto", Leveys: 24),
        new("Päällekkäisen alkamispäivä", SarakeTyyppi.Paivamaara, 12), new("Päällekkäisen päättymispäivä", SarakeTyyppi.Paivamaara, 12),
        new("Päällekkäisen tilat aikavälillä", Leveys: 24), new("Päällekkäisen viimeisin tila", Leveys: 14),
        new("Ensin alkanut", Leveys: 16),
    ];

    public static Taulukko Luo(RaportinLahde lahde) => new("Päällekkäiset", Sarakkeet, Rivit(lahde));

    private static async IAsyncEnumerable<object?[]> Rivit(RaportinLahde lahde, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var (alku, loppu) = (lahde.Parametrit.Alku, lahde.Parametrit.Loppu);
        await using var db = await lahde.Tietokanta.AvaaAsync(ct);
        var omat = Verrattavat(lahde.Oppilaitoksen(db))
            .Where(o => o.Alkamispaiva <= loppu && (o.Paattymispaiva == null || o.Paattymispaiva >= alku));
        // The other side is any provider's: it is read past the visibility rule on purpose, and only its
        // non-sensitive columns below leave this method.
        var muut = Verrattavat(db.Opiskeluoikeudet.AsNoTracking().Where(o => !o.Mitatoity));
        var parit = from a in omat
                    join b in muut on a.OppijaOid equals b.OppijaOid
                    join h in db.Oppijat on a.OppijaOid equals h.Oid
                    where a.Oid != b.Oid
                          && b.Alkamispaiva <= loppu && (b.Paattymispaiva == null || b.Paattymispaiva >= alku)
                          && b.Alkamispaiva <= (a.Paattymispaiva ?? DateOnly.MaxValue)
                          && a.Alkamispaiva <= (b.Paattymispaiva ?? DateOnly.MaxValue)
                    orderby h.Hakunimi, a.Oid, b.Oid
                    select new { a, b.Oid, b.OppilaitosOid, b.KoulutustoimijaOid, b.Tyyppi, b.Alkamispaiva, b.Paattymispaiva, b.Tila, BJson = b.Json, h.Sukunimi, h.Etunimet };
        await foreach (var p in parit.AsAsyncEnumerable().WithCancellation(ct))
        {
            if (VapaatavoitteinenVstRivi(p.a.Tyyppi, p.a.Json) || VapaatavoitteinenVstRivi(p.Tyyppi, p.BJson)) continue;
            yield return
            [
                p.a.OppijaOid, p.Sukunimi, p.Etunimet, p.a.Oid, lahde.Nimi(p.a.OppilaitosOid), lahde.Tyyppi(p.a.Tyyppi),
                p.a.Alkamispaiva, p.a.Paattymispaiva, TilatValilla(lahde, p.a.Json, alku, loppu), lahde.Tila(p.a.Tila),
                p.Oid, lahde.Nimi(p.OppilaitosOid), lahde.Nimi(p.KoulutustoimijaOid), lahde.Tyyppi(p.Tyyppi),
                p.Alkamispaiva, p.Paattymispaiva, TilatValilla(lahde, p.BJson, alku, loppu), lahde.Tila(p.Tila),
                EnsinAlkanut(p.a.Alkamispaiva, p.Alkamispaiva),
            ];
        }
    }

    private static IQueryable<Opiskeluoikeus> Verrattavat(IQueryable<Opiskeluoikeus> kysely) =>
        kysely.Where(o => o.SisaltavaOppilaitosOid == null && !EiVerrata.Contains(o.Tyyppi) && o.Alkamispaiva != null);

    private static bool VapaatavoitteinenVstRivi(string tyyppi, string json) =>
        tyyppi == "vapaansivistystyonkoulutus" && json.Contains(VapaatavoitteinenVst, StringComparison.Ordinal);

    private static string EnsinAlkanut(DateOnly? oma, DateOnly? toinen) =>
        oma < toinen ? "Tämä" : toinen < oma ? "Päällekkäinen" : "Samana päivänä";

    /// <summary>The tilat in force at some point of the range, in order, as names.</summary>
    internal static string TilatValilla(RaportinLahde lahde, string json, DateOnly alku, DateOnly loppu)
    {
        IReadOnlyList<Opiskeluoikeusjakso> jaksot;
        using (var dokumentti = JsonDocument.Parse(json)) jaksot = OpiskeluoikeusDokumentti.LueJaksot(dokumentti.RootElement);
        var tilat = jaksot.Where((j, i) => j.Alku <= loppu && (i + 1 >= jaksot.Count || jaksot[i + 1].Alku > alku))
            .Select(j => lahde.Tila(j.Tila)).Distinct();
        return string.Join(", ", tilat);
    }
}
