using Koski.Virkailija.Domain.Kayttooikeudet;
using static Koski.Virkailija.Domain.Kayttooikeudet.Oikeus;

namespace Koski.Virkailija.Application.Kayttajat;

/// <summary>
/// The app's main sections, in KOSKI's menu order (Opiskelijat · Tiedonsiirrot · Raportit, then this app's own).
/// Which of them a user may open is decided here, for menus and policies alike.
/// </summary>
public enum Sivu
{
    Oppijat,
    Tiedonsiirrot,
    Raportit,
    UusiOpiskeluoikeus,
    Kayttooikeudet,
    OppijoidenTuonti,
    OmatTiedot,
}

public static class Sivut
{
    public static IReadOnlyList<Sivu> Kaikki { get; } = Enum.GetValues<Sivu>();

    public static bool Sallii(this Kayttaja kayttaja, Sivu sivu) => sivu switch
    {
        Sivu.Oppijat => kayttaja.JokinRooli(Lukee),
        // The data-transfer API's description: for those who read study rights or manage service accounts.
        Sivu.Tiedonsiirrot => kayttaja.JokinRooli(Lukee) || kayttaja.Sisaltaa(KAYTTOOIKEUKSIEN_MYONTO),
        Sivu.UusiOpiskeluoikeus => kayttaja.JokinRooli(VoiLuoda),
        Sivu.Raportit => kayttaja.JokinRooli(r => Lukee(r) && r.Sisaltaa(LUOTTAMUKSELLINEN_KAIKKI_TIEDOT)),
        Sivu.Kayttooikeudet => kayttaja.Sisaltaa(KAYTTOOIKEUKSIEN_MYONTO),
        // An official with "Oppijan tuonti" follows the organisation's learner batches.
        Sivu.OppijoidenTuonti => kayttaja.VirkailijaId is not null && kayttaja.JokinRooli(Henkilot.Henkilooikeudet.Tuo),
        Sivu.OmatTiedot => true,
        _ => false,
    };

    public static IReadOnlyList<Sivu> Sallitut(this Kayttaja kayttaja) => Kaikki.Where(kayttaja.Sallii).ToList();

    /// <summary>An official's role that reads study rights (a service account's role is no official's).</summary>
    public static bool Lukee(Kayttooikeusryhma r) =>
        !r.OnPalvelukayttaja && (r.Sisaltaa(READ) || r.Sisaltaa(READ_UPDATE) || r.Sisaltaa(LUKU_ESIOPETUS) || r.Sisaltaa(READ_UPDATE_ESIOPETUS));

    /// <summary>Creating by hand needs write access to some type; the TPO-hankinta role only edits (docs/DOMAIN.md §1).</summary>
    public static bool VoiLuoda(Kayttooikeusryhma r) =>
        !r.OnPalvelukayttaja
        && ((r.Sisaltaa(READ_UPDATE) && r.Sisaltaa(KAIKKI_OPISKELUOIKEUS_TYYPIT)) || r.Sisaltaa(READ_UPDATE_ESIOPETUS));
}
