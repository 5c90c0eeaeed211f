namespace Koski.Virkailija.Domain.Oppijat;

/// <summary>
/// The code lists of a learner's personal details. sukupuoli is not among KOSKI's copied lists: its two codes are
/// those of the koodisto service's list "sukupuoli" (1 mies, 2 nainen), the values KOSKI's henkilö model carries.
/// </summary>
public static class Henkilokoodit
{
    public const string SukupuoliKoodisto = "sukupuoli";
    public const string KansalaisuusKoodisto = "maatjavaltiot2";
    public const string KieliKoodisto = "kieli";

    public const string Mies = "1";
    public const string Nainen = "2";

    public static IReadOnlyList<string> Sukupuolet { get; } = [Mies, Nainen];
}
