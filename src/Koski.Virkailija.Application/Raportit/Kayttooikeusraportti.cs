using System.Runtime.CompilerServices;
using Koski.Virkailija.Application.Kayttooikeudet;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Organisaatiot;
using Microsoft.EntityFrameworkCore;
using static Koski.Virkailija.Domain.Kayttooikeudet.KayttooikeudenTila;

namespace Koski.Virkailija.Application.Raportit;

/// <summary>
/// "Käyttöoikeusraportti" (pääkäyttäjä): every official's grants not yet ended in the chosen organisation's subtree —
/// role group, organisation, validity, whether it ends soon, who granted it — and, as a second sheet, the coverage
/// warnings the Käyttöoikeudet page shows (the rule lives in <see cref="KayttooikeusHallinta"/>).
/// </summary>
[RaportinJarjestys(5)]
public sealed class Kayttooikeusraportti : IRaportti
{
    public RaporttiLaji Laji => RaporttiLaji.Kayttooikeudet;
    public Kaksikielinen Nimi { get; } = new("Käyttöoikeusraportti", "Rapport om användarrättigheter");
    public Kaksikielinen Ryhma { get; } = new("Käyttöoikeudet", "Användarrättigheter");
    public Kaksikielinen Kuvaus { get; } = new(
        "Organisaation virkailijoiden voimassa olevat käyttöoikeudet ja pääkäyttäjien kattavuus.",
        "Organisationens tjänstemäns giltiga användarrättigheter och täckningen av huvudanvändare.");
    public string Tiedostonimi => "kayttooikeudet";
    public RaportinOrganisaatio Organisaatio => RaportinOrganisaatio.Organisaatio;

    public bool Sallii(Domain.Kayttooikeudet.Kayttooikeusryhma ryhma) => ryhma.Sisaltaa(Oikeus.KAYTTOOIKEUKSIEN_MYONTO);

    public async Task<RaportinTaulukot> LuoAsync(RaportinKonteksti konteksti, CancellationToken ct)
    {
        var huomiot = await konteksti.Kayttooikeudet.KattavuusAsync(konteksti.Alue, konteksti.Puu, ct);
        return new RaportinTaulukot(Kayttooikeudet(konteksti.Tietokanta, konteksti.Alue, konteksti.Puu, konteksti.Tanaan), [Huomiot(huomiot)],
            await ArvioAsync(konteksti.Tietokanta, konteksti.Alue, konteksti.Tanaan, ct));
    }

    public static readonly IReadOnlyList<Sarake> Sarakkeet =
    [
        new("Sukunimi", Leveys: 20), new("Etunimet", Leveys: 20), new("Käyttäjätunnus", Leveys: 18),
        new("Käyttöoikeus", Leveys: 36), new("Organisaatio", Leveys: 30), new("Organisaation oid", Leveys: 26),
        new("Voimassa alkaen", SarakeTyyppi.Paivamaara, 12), new("Voimassa asti", SarakeTyyppi.Paivamaara, 12),
        new("Päättyy pian", Leveys: 10), new("Myöntäjä", Leveys: 24),
    ];

    public static readonly IReadOnlyList<Sarake> HuomioSarakkeet =
    [
        new("Huomio", Leveys: 60), new("Organisaatio", Leveys: 30), new("Organisaation oid", Leveys: 26),
        new("KOSKI-pääkäyttäjiä", SarakeTyyppi.Kokonaisluku, 12),
    ];

    /// <summary>The grants' sheet; <paramref name="alue"/> is already limited to what the user may see.</summary>
    public static Taulukko Kayttooikeudet(IKoskiDbFactory tietokanta, IReadOnlySet<string> alue, OrganisaatioPuu puu, DateOnly tanaan) =>
        new("Käyttöoikeudet", Sarakkeet, Rivit(tietokanta, alue.ToList(), puu, tanaan));

    public static Taulukko Huomiot(Kattavuus kattavuus) => new("Huomioitavaa", HuomioSarakkeet, HuomioRivit(kattavuus));

    /// <summary>How many rows the grants' sheet will have, for the progress bar.</summary>
    public static async Task<long> ArvioAsync(IKoskiDbFactory tietokanta, IReadOnlySet<string> alue, DateOnly tanaan, CancellationToken ct)
    {
        var alueLista = alue.ToList();
        await using var db = await tietokanta.AvaaAsync(ct);
        return await Voimassa(db, alueLista, tanaan).LongCountAsync(ct);
    }

    private static IQueryable<Kayttooikeus> Voimassa(IKoskiDb db, List<string> alue, DateOnly tanaan) =>
        db.Kayttooikeudet.AsNoTracking()
            .Where(k => (k.Tila == MYONNETTY || k.Tila == UUSITTU) && k.VoimassaAsti >= tanaan && alue.Contains(k.OrganisaatioOid));

    private static async IAsyncEnumerable<object?[]> Rivit(IKoskiDbFactory tietokanta, List<string> alue, OrganisaatioPuu puu, DateOnly tanaan,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var db = await tietokanta.AvaaAsync(ct);
        var rivit = from k in Voimassa(db, alue, tanaan)
                    join v in db.Virkailijat on k.VirkailijaId equals v.Id
                    join m in db.Virkailijat on k.MyontajaId equals m.Id into myontajat
                    from m in myontajat.DefaultIfEmpty()
                    orderby v.Sukunimi, v.Etunimet, v.Id, k.VoimassaAsti, k.Id
                    select new
                    {
                        v.Sukunimi, v.Etunimet, v.Kayttajatunnus, k.Ryhma, k.OrganisaatioOid, k.VoimassaAlkaen, k.VoimassaAsti,
                        Myontaja = m == null ? null : m.Etunimet + " " + m.Sukunimi,
                    };
        await foreach (var r in rivit.AsAsyncEnumerable().WithCancellation(ct))
            yield return
            [
                r.Sukunimi, r.Etunimet, r.Kayttajatunnus, Kayttooikeusryhma.Hae(r.Ryhma).Nimi, KayttooikeusHallinta.Nimi(puu, r.OrganisaatioOid),
                r.OrganisaatioOid, r.VoimassaAlkaen, r.VoimassaAsti, KayttooikeusHallinta.PaattyyPian(r.VoimassaAsti, tanaan) ? "Kyllä" : "Ei",
                r.Myontaja,
            ];
    }

    private static async IAsyncEnumerable<object?[]> HuomioRivit(Kattavuus kattavuus)
    {
        foreach (var v in kattavuus.Koulutustoimijat) yield return [Kattavuus.AlleKaksiPaakayttajaa, v.Organisaatio, v.OrganisaatioOid, v.Paakayttajia];
        foreach (var v in kattavuus.Oppilaitokset) yield return [Kattavuus.EiOmaaPaakayttajaa, v.Organisaatio, v.OrganisaatioOid, v.Paakayttajia];
        await Task.CompletedTask;
    }
}
