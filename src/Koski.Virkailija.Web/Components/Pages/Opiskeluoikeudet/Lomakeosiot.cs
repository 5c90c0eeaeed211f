using Koski.Virkailija.Application.Syotto;

namespace Koski.Virkailija.Web.Components.Pages.Opiskeluoikeudet;

/// <summary>
/// Which sections the form shows for a type, in order, after the tila section. Adding an entry type is adding its
/// line here (and any section of its own, a <see cref="LomakeOsa"/>); every section takes the same parameters.
/// </summary>
public static class Lomakeosiot
{
    public static IReadOnlyList<Type> Tyypille(SyottoLomake lomake) => lomake.Tyyppi switch
    {
        SyottoLomake.Perusopetus => lomake.IlmanPaasuoritusta
            ? [typeof(VuosiluokatOsio), typeof(IlmanOppimaaraaOsio), typeof(AineopinnotOsio)]
            : [typeof(VuosiluokatOsio), typeof(OppiaineetOsio), typeof(AineopinnotOsio)],
        SyottoLomake.Lisaopetus => [typeof(OppiaineetOsio)],
        SyottoLomake.Taiteenperusopetus => [typeof(TaiteenperusopetusOsio)],
        SyottoLomake.AikuistenPerusopetus => [typeof(AikuistenPerusopetusOsio)],
        SyottoLomake.Valmistava => [typeof(ValmistavaOpetusOsio)],
        _ => [],
    };

    /// <summary>The sections every type shares after its own: support and lisätiedot when allowed, vahvistus when a suoritus completes it.</summary>
    public static IEnumerable<Type> Yhteiset(SyottoLomake lomake)
    {
        if (lomake.LisatiedotMuokattavissa && Lisatietokentat.Tyypilla(lomake.Tyyppi)) yield return typeof(TukiOsio);
        if (lomake.LisatiedotMuokattavissa && Lisatietokentat.Tyypilla(lomake.Tyyppi)) yield return typeof(LisatiedotOsio);
        if (lomake.VahvistettavaIndeksi is not null) yield return typeof(VahvistusOsio);
    }
}
