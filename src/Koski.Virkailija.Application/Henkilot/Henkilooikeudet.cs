using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Oppijat;
using Koski.Virkailija.Domain.Kayttooikeudet;

namespace Koski.Virkailija.Application.Henkilot;

/// <summary>
/// Who manages learners without hetu (docs/DOMAIN.md §1): a pääkäyttäjä or a tallentaja creates them in the
/// organisations their role reaches; only a pääkäyttäjä identifies (yksilöinti) and links them; only OPH undoes either.
/// </summary>
public static class Henkilooikeudet
{
    /// <summary>A role that creates learners without hetu: one that creates study rights by hand, or a pääkäyttäjä's.</summary>
    public static bool Luo(Kayttooikeusryhma r) => Sivut.VoiLuoda(r) || Katseluhistoria.Paakayttajan(r);

    /// <summary>A role that identifies and links learners: a pääkäyttäjä's (an organisation's or OPH's).</summary>
    public static bool Yksiloi(Kayttooikeusryhma r) => Katseluhistoria.Paakayttajan(r);

    /// <summary>A role that undoes a yksilöinti or linkitys: OPH's pääkäyttäjä.</summary>
    public static bool Purkaa(Kayttooikeusryhma r) => Katseluhistoria.Paakayttajan(r) && r.Sisaltaa(Oikeus.GLOBAALI);

    /// <summary>"Oppijan tuonti": a service account sends learner batches, an official follows their organisation's batches.</summary>
    public static bool Tuo(Kayttooikeusryhma r) => r.Sisaltaa(Oikeus.OPPIJOIDEN_TUONTI);

    public static bool VoiLuoda(this Kayttaja kayttaja) => kayttaja.JokinRooli(Luo);

    public static bool VoiYksiloida(this Kayttaja kayttaja) => kayttaja.JokinRooli(Yksiloi);

    public static bool VoiPurkaa(this Kayttaja kayttaja) => kayttaja.JokinRooli(Purkaa);
}
