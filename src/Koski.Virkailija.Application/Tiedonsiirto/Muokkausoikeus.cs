using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Domain.Kayttooikeudet;

namespace Koski.Virkailija.Application.Tiedonsiirto;

/// <summary>
/// KOSKI's <c>hasAnyWriteAccess</c> for the writing API: a user with no role that writes any study right (a read-only
/// service account, a katselija) is refused before the document is read, with KOSKI's
/// <c>forbidden.kiellettyKäyttöoikeus</c> (KoskiSpecificAuthenticationSupport: "Ei sallittu ilman muokkausoikeuksia").
/// Reading (GET, massaluovutus, tiedonsiirrot) is decided by the visibility rules, which such a user passes;
/// DELETE by KOSKI's invalidation rule (<see cref="Kirjoitusoikeus.Mitatoi"/>), which lets a pääkäyttäjä who writes
/// nothing invalidate.
/// </summary>
public static class Muokkausoikeus
{
    public const string Kielletty = "forbidden.kiellettyKäyttöoikeus";

    /// <summary>Whether the group writes some study right: <see cref="Kirjoitusoikeus"/> for any type it can write.</summary>
    public static bool Kirjoittaa(Kayttooikeusryhma ryhma) =>
        Kirjoitusoikeus.KirjoittaaTyyppia(ryhma, null)
        || Kirjoitusoikeus.KirjoittaaTyyppia(ryhma, Opiskeluoikeudet.Nakyvyys.Esiopetus)
        || Kirjoitusoikeus.KirjoittaaTyyppia(ryhma, Opiskeluoikeudet.Nakyvyys.Taiteenperusopetus);

    /// <summary>The refusal of a write by <paramref name="kayttaja"/>, or null when some role of theirs writes.</summary>
    public static KoskiVirheet? Virhe(Kayttaja kayttaja) =>
        kayttaja.Roolit.Any(r => Kirjoittaa(r.Ryhma)) ? null : new KoskiVirheet(Kielletty, "Ei sallittu ilman muokkausoikeuksia.");
}
