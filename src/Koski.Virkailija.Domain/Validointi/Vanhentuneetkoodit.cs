namespace Koski.Virkailija.Domain.Validointi;

/// <summary>
/// KOSKI's koodisto.tuntematonKoodi for codes still in their list but retired from use: the old erityisen
/// koulutustehtävän codes (KoskiValidator.validateErityisenKoulutustehtävänJakso; lukio, IB, DIA and international
/// school carry these periods). A code missing from its list is a schema error (<see cref="Koodisaannot"/>).
/// </summary>
public static class Vanhentuneetkoodit
{
    private static readonly string[] VanhentuneetKoulutustehtavat =
        ["ib", "kielijakansainvalisyys", "matematiikka-luonnontiede-ymparisto-tekniikka", "steiner", "taide", "urheilu", "muu"];

    public static readonly Validointisaanto VanhentunutKoulutustehtava = new("badRequest.validation.koodisto.tuntematonKoodi",
        "Koodiarvo ei ole enää sallittu erityisen koulutustehtävän jaksolle: käytä koodiston erityinenkoulutustehtava numeerisia koodeja.",
        k => k.Lisatiedot.Jaksot("erityisenKoulutustehtävänJaksot")
            .Where(j => VanhentuneetKoulutustehtavat.Contains(JsonLuku.Teksti(j.Json, "tehtävä", "koodiarvo")))
            .Select(j => j.Polku + ".tehtävä.koodiarvo"));

    public static IReadOnlyList<Validointisaanto> Kaikki { get; } = [VanhentunutKoulutustehtava];
}
