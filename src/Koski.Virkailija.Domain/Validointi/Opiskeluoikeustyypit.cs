namespace Koski.Virkailija.Domain.Validointi;

/// <summary>The study-right types the type-dependent rules name (values of koodisto opiskeluoikeudentyyppi).</summary>
public static class Opiskeluoikeustyypit
{
    public const string Perusopetus = "perusopetus";
    public const string PerusopetuksenLisaopetus = "perusopetuksenlisaopetus";
    public const string AikuistenPerusopetus = "aikuistenperusopetus";
    public const string Esiopetus = "esiopetus";
    public const string Ammatillinen = "ammatillinenkoulutus";
    public const string Lukio = "lukiokoulutus";
    public const string Taiteenperusopetus = "taiteenperusopetus";
    public const string PerusopetukseenValmistava = "perusopetukseenvalmistavaopetus";
    public const string IbTutkinto = "ibtutkinto";
}
