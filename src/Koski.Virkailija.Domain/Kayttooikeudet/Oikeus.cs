namespace Koski.Virkailija.Domain.Kayttooikeudet;

/// <summary>KOSKI's permission names (docs/DOMAIN.md §1), plus the right to grant roles.</summary>
public enum Oikeus
{
    READ,
    READ_UPDATE,
    READ_UPDATE_ESIOPETUS,
    LUKU_ESIOPETUS,
    KAIKKI_OPISKELUOIKEUS_TYYPIT,
    LUOTTAMUKSELLINEN_KAIKKI_TIEDOT,
    TIEDONSIIRRON_MITATOINTI,
    KAYTTOLIITTYMASIIRRON_MITATOINTI,
    LAHDEJARJESTELMAKYTKENNAN_PURKAMINEN,
    TAITEENPERUSOPETUS_HANKINTAKOULUTUS,
    TIEDONSIIRTO,
    KAYTTOOIKEUKSIEN_MYONTO,
    GLOBAALI,
    /// <summary>Learners sent in batches for oppijanumerot ("Oppijan tuonti"): the API for a service account, the page for an official.</summary>
    OPPIJOIDEN_TUONTI,
}
