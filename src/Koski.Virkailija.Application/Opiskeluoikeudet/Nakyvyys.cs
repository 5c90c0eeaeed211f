using System.Linq.Expressions;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Koski.Virkailija.Domain.Organisaatiot;
using static Koski.Virkailija.Domain.Kayttooikeudet.Oikeus;

namespace Koski.Virkailija.Application.Opiskeluoikeudet;

/// <summary>Which types of study right a role reads.</summary>
public enum Tyyppirajaus
{
    Kaikki,
    Esiopetus,
    /// <summary>Taiteen perusopetus bought as hankintakoulutus only.</summary>
    TaiteenperusopetusHankinta,
}

/// <summary>What one group of the user's roles reads: organisations (null = every one), types, and special-category data.</summary>
public sealed record NakyvyydenOsa(IReadOnlySet<string>? Organisaatiot, Tyyppirajaus Rajaus, bool Arkaluonteiset);

/// <summary>
/// The one visibility rule (docs/DOMAIN.md §6): a study right is visible when its oppilaitos, the oppilaitos of the study
/// right containing it, or its buyer (TPO hankinta, bought esiopetus) is in the subtree of a reading role, and its
/// type is one the role reads. Used by every query as SQL (<see cref="Ehto"/>) and for single rows (<see cref="Nakyy"/>).
/// Invalidated study rights are left out by the callers that list.
/// </summary>
public sealed class Nakyvyys
{
    public const string Esiopetus = "esiopetus";
    public const string Taiteenperusopetus = "taiteenperusopetus";

    private Nakyvyys(IReadOnlyList<NakyvyydenOsa> osat) => Osat = osat;

    public IReadOnlyList<NakyvyydenOsa> Osat { get; }

    public bool Tyhja => Osat.Count == 0;

    /// <param name="rooliehto">Only roles that also satisfy this count (e.g. the pääkäyttäjä's for viewing history).</param>
    public static Nakyvyys Kayttajalle(Kayttaja kayttaja, OrganisaatioPuu puu, Func<Kayttooikeusryhma, bool>? rooliehto = null)
    {
        var osat = new Dictionary<(bool Globaali, Tyyppirajaus, bool), HashSet<string>>();
        // A service account reads its own organisation's study rights through the data-transfer API.
        foreach (var rooli in kayttaja.Roolit.Where(r => (Sivut.Lukee(r.Ryhma) || r.Ryhma.OnPalvelukayttaja)
                                                          && (rooliehto?.Invoke(r.Ryhma) ?? true)))
        {
            if (Rajaus(rooli.Ryhma) is not { } rajaus) continue;
            var globaali = rooli.Ryhma.Sisaltaa(GLOBAALI);
            var avain = (globaali, rajaus, rooli.Ryhma.Sisaltaa(LUOTTAMUKSELLINEN_KAIKKI_TIEDOT));
            if (!osat.TryGetValue(avain, out var organisaatiot)) osat[avain] = organisaatiot = new(StringComparer.Ordinal);
            if (!globaali) organisaatiot.UnionWith(puu.Alipuu(rooli.OrganisaatioOid));
        }
        return new Nakyvyys(osat
            .Where(o => o.Key.Globaali || o.Value.Count > 0)
            .Select(o => new NakyvyydenOsa(o.Key.Globaali ? null : o.Value, o.Key.Item2, o.Key.Item3))
            .ToList());
    }

    /// <summary>The type permission of a role; null when the role reads no type.</summary>
    public static Tyyppirajaus? Rajaus(Kayttooikeusryhma ryhma) =>
        ryhma.Sisaltaa(KAIKKI_OPISKELUOIKEUS_TYYPIT) || ryhma.Sisaltaa(GLOBAALI) || ryhma.Sisaltaa(TIEDONSIIRTO) ? Tyyppirajaus.Kaikki
        : ryhma.Sisaltaa(LUKU_ESIOPETUS) || ryhma.Sisaltaa(READ_UPDATE_ESIOPETUS) ? Tyyppirajaus.Esiopetus
        : ryhma.Sisaltaa(TAITEENPERUSOPETUS_HANKINTAKOULUTUS) ? Tyyppirajaus.TaiteenperusopetusHankinta
        : null;

    public bool Nakyy(Opiskeluoikeus o) => Osat.Any(osa => Kattaa(osa, o));

    /// <summary>Special-category data of a study right is shown only through a role that both reaches it and carries the right.</summary>
    public bool ArkaluonteisetNakyvat(Opiskeluoikeus o) => Osat.Any(osa => osa.Arkaluonteiset && Kattaa(osa, o));

    /// <summary>The rule as an SQL-translatable predicate; false for a user who reads nothing.</summary>
    public Expression<Func<Opiskeluoikeus, bool>> Ehto()
    {
        var o = Expression.Parameter(typeof(Opiskeluoikeus), "o");
        Expression runko = Expression.Constant(false);
        foreach (var osa in Osat)
            runko = Expression.OrElse(runko, Lausekkeet.Runko(OsanEhto(osa), o));
        return Expression.Lambda<Func<Opiskeluoikeus, bool>>(runko, o);
    }

    public IQueryable<Opiskeluoikeus> Suodata(IQueryable<Opiskeluoikeus> kysely) => kysely.Where(Ehto());

    /// <summary>The oppilaitokset (and varhaiskasvatuksen toimipaikat) this visibility reaches, by Finnish name.</summary>
    public IReadOnlyList<Organisaatio> Oppilaitokset(OrganisaatioPuu puu)
    {
        var oidit = Osat.Any(o => o.Organisaatiot is null) ? puu.Kaikki.Select(o => o.Oid) : Osat.SelectMany(o => o.Organisaatiot!);
        return oidit.Distinct().Select(puu.Hae).OfType<Organisaatio>()
            .Where(o => o.OnTyyppia(OrganisaatioTyyppi.Oppilaitos) || o.OnTyyppia(OrganisaatioTyyppi.VarhaiskasvatuksenToimipaikka))
            .OrderBy(o => o.NimiFi, StringComparer.Create(new System.Globalization.CultureInfo("fi-FI"), false)).ToList();
    }

    private static bool Kattaa(NakyvyydenOsa osa, Opiskeluoikeus o)
    {
        var organisaatio = osa.Organisaatiot is not { } orgs
                           || orgs.Contains(o.OppilaitosOid)
                           || (o.SisaltavaOppilaitosOid is { } s && orgs.Contains(s))
                           || (o.OstajaOid is { } ostaja && orgs.Contains(ostaja));
        return organisaatio && osa.Rajaus switch
        {
            Tyyppirajaus.Kaikki => true,
            Tyyppirajaus.Esiopetus => o.Tyyppi == Esiopetus,
            _ => o.Tyyppi == Taiteenperusopetus && o.OstajaOid != null,
        };
    }

    /// <summary>The type part of the rule as SQL (also for the student list's index-friendly branches).</summary>
    public static Expression<Func<Opiskeluoikeus, bool>> TyypinEhto(Tyyppirajaus rajaus) => rajaus switch
    {
        Tyyppirajaus.Kaikki => o => true,
        Tyyppirajaus.Esiopetus => o => o.Tyyppi == Esiopetus,
        _ => o => o.Tyyppi == Taiteenperusopetus && o.OstajaOid != null,
    };

    private static Expression<Func<Opiskeluoikeus, bool>> OsanEhto(NakyvyydenOsa osa)
    {
        var tyyppi = TyypinEhto(osa.Rajaus);
        if (osa.Organisaatiot is null) return tyyppi;
        var orgs = osa.Organisaatiot.Order(StringComparer.Ordinal).ToArray();
        Expression<Func<Opiskeluoikeus, bool>> organisaatio = o =>
            orgs.Contains(o.OppilaitosOid)
            || (o.SisaltavaOppilaitosOid != null && orgs.Contains(o.SisaltavaOppilaitosOid))
            || (o.OstajaOid != null && orgs.Contains(o.OstajaOid));
        var p = Expression.Parameter(typeof(Opiskeluoikeus), "o");
        return Expression.Lambda<Func<Opiskeluoikeus, bool>>(
            Expression.AndAlso(Lausekkeet.Runko(organisaatio, p), Lausekkeet.Runko(tyyppi, p)), p);
    }
}
