using Koski.Virkailija.Application.Kieli;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Organisaatiot;

namespace Koski.Virkailija.Application.Kayttooikeudet;

public sealed record VirkailijaHaku(string? Nimi = null, string? OrganisaatioOid = null, bool Aliorganisaatiot = true,
    string? Ryhma = null);

public sealed record VirkailijaRivi(long Id, string Nimi, string Kayttajatunnus, string Kayttooikeudet);

public sealed record Sivullinen<T>(IReadOnlyList<T> Rivit, int Maara);

/// <summary>A grant in force (or to be shown), with its version for conflict detection.</summary>
public sealed record KayttooikeusRivi(long Id, int Versio, string Ryhma, string RyhmaNimi, string OrganisaatioOid,
    string Organisaatio, DateOnly VoimassaAlkaen, DateOnly VoimassaAsti, string? Myontaja, KayttooikeudenTila Tila);

public sealed record AnomusRivi(long Id, int Versio, long VirkailijaId, string Hakija, string Ryhma, string RyhmaNimi,
    string OrganisaatioOid, string Organisaatio, string Perustelut, DateOnly? NykyinenAsti, DateTimeOffset Anottu,
    KayttooikeudenTila Tila, string? HylkayksenSyy)
{
    public bool OnJatkohakemus => NykyinenAsti is not null;
}

public sealed record HistoriaRivi(DateTimeOffset Aika, KayttooikeudenTila Tila, string RyhmaNimi, string Organisaatio,
    DateOnly? VoimassaAlkaen, DateOnly? VoimassaAsti, string Tekija, string? Syy);

public sealed record VirkailijanKayttooikeudet(long Id, string Nimi, string Kayttajatunnus, string? Sahkoposti,
    IReadOnlyList<KayttooikeusRivi> Voimassa, IReadOnlyList<AnomusRivi> Anomukset, IReadOnlyList<HistoriaRivi> Historia);

public sealed record OrganisaatioValinta(string Oid, string Nimi);

public static class OrganisaatioValinnat
{
    private static readonly StringComparer Aakkosjarjestys = StringComparer.Create(new("fi-FI"), ignoreCase: true);

    /// <summary>Organisations for a drop-down, in Finnish alphabetical order.</summary>
    public static IReadOnlyList<OrganisaatioValinta> Valinnat(this IEnumerable<Organisaatio> organisaatiot) =>
        organisaatiot.Select(o => new OrganisaatioValinta(o.Oid, Tekstit.Nimi(o))).OrderBy(o => o.Nimi, Aakkosjarjestys).ToList();
}

public sealed record Vaje(string OrganisaatioOid, string Organisaatio, int Paakayttajia);

/// <summary>Coverage warnings (docs/DOMAIN.md §1 recommendations) and upcoming expiries in the user's scope.</summary>
public sealed record Kattavuus(IReadOnlyList<Vaje> Koulutustoimijat, IReadOnlyList<Vaje> Oppilaitokset,
    IReadOnlyList<Vanheneva> Vanhenevat)
{
    public static string AlleKaksiPaakayttajaa => Tekstit.Hae("Kattavuus.AlleKaksiPaakayttajaa");
    public static string EiOmaaPaakayttajaa => Tekstit.Hae("Kattavuus.EiOmaaPaakayttajaa");
}

public sealed record Vanheneva(long VirkailijaId, string Haltija, string RyhmaNimi, string Organisaatio, DateOnly VoimassaAsti);
