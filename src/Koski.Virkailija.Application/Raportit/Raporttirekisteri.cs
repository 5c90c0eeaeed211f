using System.Reflection;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Organisaatiot;

namespace Koski.Virkailija.Application.Raportit;

/// <summary>
/// Every report: the classes of this assembly that implement <see cref="IRaportti"/>, in the page's order of groups.
/// An unknown key finds nothing (never another report). The rights rule common to all reports lives here: a role
/// that reads on the UI and carries the special-category right, and whose group the report allows.
/// </summary>
public static class Raporttirekisteri
{
    public static IReadOnlyList<IRaportti> Kaikki { get; } = typeof(IRaportti).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IRaportti).IsAssignableFrom(t))
        .Select(t => (IRaportti)Activator.CreateInstance(t)!)
        .OrderBy(r => r.GetType().GetCustomAttribute<RaportinJarjestysAttribute>()?.Jarjestys ?? int.MaxValue)
        .ThenBy(r => r.Laji.Tunnus, StringComparer.Ordinal)
        .ToList();

    private static readonly Dictionary<RaporttiLaji, IRaportti> Lajeittain = Kaikki.ToDictionary(r => r.Laji);

    public static IRaportti? Hae(RaporttiLaji laji) => Lajeittain.GetValueOrDefault(laji);

    /// <summary>Reads on the UI, carries LUOTTAMUKSELLINEN_KAIKKI_TIEDOT (docs/DOMAIN.md §7), and the report allows the group.</summary>
    public static bool Sallii(IRaportti raportti, Kayttooikeusryhma ryhma) =>
        Sivut.Lukee(ryhma) && ryhma.Sisaltaa(Oikeus.LUOTTAMUKSELLINEN_KAIKKI_TIEDOT) && raportti.Sallii(ryhma);

    public static bool Sallittu(Kayttaja kayttaja, IRaportti raportti) => kayttaja.Roolit.Any(r => Sallii(raportti, r.Ryhma));

    public static IReadOnlyList<IRaportti> Sallitut(Kayttaja kayttaja) => Kaikki.Where(r => Sallittu(kayttaja, r)).ToList();

    /// <summary>The organisations a report may cover: the subtrees of the roles that allow it.</summary>
    internal static IReadOnlySet<string> Organisaatiot(Kayttaja kayttaja, IRaportti raportti, OrganisaatioPuu puu) =>
        kayttaja.Organisaatiot(r => Sallii(raportti, r), puu);

    /// <summary>The visibility a report reads with: only the roles that may run reports count.</summary>
    internal static Nakyvyys Nakyvyys(Kayttaja kayttaja, OrganisaatioPuu puu) =>
        Opiskeluoikeudet.Nakyvyys.Kayttajalle(kayttaja, puu, r => r.Sisaltaa(Oikeus.LUOTTAMUKSELLINEN_KAIKKI_TIEDOT));

    /// <summary>The rule of reports on study rights: a role reading every type, or for <paramref name="esiopetus"/> one limited to esiopetus.</summary>
    internal static bool LukeeTyypit(Kayttooikeusryhma ryhma, bool esiopetus = false) =>
        Opiskeluoikeudet.Nakyvyys.Rajaus(ryhma) switch
        {
            Tyyppirajaus.Kaikki => true,
            Tyyppirajaus.Esiopetus => esiopetus,
            _ => false,
        };
}

/// <summary>Where a report stands on the page (by group); reports without one come last, by key.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RaportinJarjestysAttribute(int jarjestys) : Attribute
{
    public int Jarjestys { get; } = jarjestys;
}
