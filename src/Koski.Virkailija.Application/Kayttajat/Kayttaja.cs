using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Organisaatiot;

namespace Koski.Virkailija.Application.Kayttajat;

/// <summary>A role group held in one organisation, in force today.</summary>
public sealed record Rooli(Kayttooikeusryhma Ryhma, string OrganisaatioOid, string OrganisaatioNimi);

/// <summary>
/// The acting user of an application call: who they are and the roles in force for them now. Every application
/// service takes one and decides from it; nothing is decided from what a page chose to show.
/// </summary>
public sealed class Kayttaja
{
    public Kayttaja(long? virkailijaId, string tunnus, string nimi, IReadOnlyList<Rooli> roolit, string? oid = null)
    {
        VirkailijaId = virkailijaId;
        Tunnus = tunnus;
        Nimi = nimi;
        Roolit = roolit;
        Oid = oid;
    }

    public long? VirkailijaId { get; }
    /// <summary>The official's henkilö OID (what audit entries name), when the user is a person.</summary>
    public string? Oid { get; }
    public string Tunnus { get; }
    public string Nimi { get; }
    public IReadOnlyList<Rooli> Roolit { get; }

    /// <summary>A fingerprint of the roles; a change means an open session must re-check what it shows.</summary>
    public string Roolitunniste() =>
        string.Join(';', Roolit.Select(r => $"{r.Ryhma.Tunniste}@{r.OrganisaatioOid}").Order(StringComparer.Ordinal));

    public bool Sisaltaa(Oikeus oikeus) => Roolit.Any(r => r.Ryhma.Sisaltaa(oikeus));

    public bool JokinRooli(Func<Kayttooikeusryhma, bool> ehto) => Roolit.Any(r => ehto(r.Ryhma));

    /// <summary>
    /// Organisations covered by the roles that satisfy <paramref name="ehto"/>: each role covers its organisation's
    /// subtree, a global role every organisation.
    /// </summary>
    public IReadOnlySet<string> Organisaatiot(Func<Kayttooikeusryhma, bool> ehto, OrganisaatioPuu puu)
    {
        var alipuut = Roolit.Where(r => ehto(r.Ryhma))
            .Select(r => r.Ryhma.Sisaltaa(Oikeus.GLOBAALI) ? Organisaatio.JuuriOid : r.OrganisaatioOid)
            .Distinct().Select(puu.Alipuu).ToList();
        // One subtree (e.g. a service account's one root, checked for every document it sends) is the tree's cached set.
        if (alipuut.Count == 1) return alipuut[0];
        var tulos = new HashSet<string>();
        foreach (var alipuu in alipuut) tulos.UnionWith(alipuu);
        return tulos;
    }
}
