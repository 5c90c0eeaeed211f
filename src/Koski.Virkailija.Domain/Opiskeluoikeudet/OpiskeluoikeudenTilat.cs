namespace Koski.Virkailija.Domain.Opiskeluoikeudet;

/// <summary>Values of koskiopiskeluoikeudentila, the tila of an opiskeluoikeusjakso.</summary>
public static class Tilat
{
    public const string Lasna = "lasna";
    public const string ValiaikaisestiKeskeytynyt = "valiaikaisestikeskeytynyt";
    public const string Loma = "loma";
    public const string Eronnut = "eronnut";
    public const string KatsotaanEronneeksi = "katsotaaneronneeksi";
    public const string Valmistunut = "valmistunut";
    public const string Peruutettu = "peruutettu";
    public const string Mitatoity = "mitatoity";
    public const string HyvaksytystiSuoritettu = "hyvaksytystisuoritettu";
    public const string Paattynyt = "paattynyt";
    public const string Keskeytynyt = "keskeytynyt";

    public static IReadOnlyList<string> Kaikki { get; } =
    [
        Lasna, ValiaikaisestiKeskeytynyt, Loma, Eronnut, KatsotaanEronneeksi, Valmistunut, Peruutettu, Mitatoity,
        HyvaksytystiSuoritettu, Paattynyt, Keskeytynyt,
    ];

    private static readonly HashSet<string> Keskeneraiset = [Lasna, ValiaikaisestiKeskeytynyt, Loma];

    /// <summary>Whether the tila ends the study right (every known tila but läsnä, loma and väliaikaisesti keskeytynyt).</summary>
    public static bool OnPaattava(string tila) => Kaikki.Contains(tila) && !Keskeneraiset.Contains(tila);
}
