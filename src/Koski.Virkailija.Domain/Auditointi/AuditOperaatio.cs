namespace Koski.Virkailija.Domain.Auditointi;

/// <summary>Audited operations, with KOSKI's own names where KOSKI has one (docs/DOMAIN.md §8).</summary>
public enum AuditOperaatio
{
    OPPIJA_HAKU,
    OPISKELUOIKEUS_KATSOMINEN,
    OPISKELUOIKEUS_LISAYS,
    OPISKELUOIKEUS_MUUTOS,
    MUUTOSHISTORIA_KATSOMINEN,
    OPISKELUOIKEUS_RAPORTTI,
    OPISKELUOIKEUS_HAKU,
    KAYTTOOIKEUS_MUUTOS,
    PALVELUKAYTTAJA_MUUTOS,
    KIRJAUTUMINEN,
    VIRKAILIJA_LUONTI,
}
