namespace Koski.Virkailija.Domain.Validointi;

/// <summary>KOSKI's EuropeanSchoolOfHelsinkiValidation date rules for ESH and EB study rights, from configured days.</summary>
public static class Eshsaannot
{
    private static bool OnEshTaiEb(ValidointiKohde k) => k.Tyyppi is "europeanschoolofhelsinki" or "ebtutkinto";

    /// <summary>KOSKI compares with today.</summary>
    public static readonly Validointisaanto TallennusEnnenSallittua = new("badRequest.validation.esh.tallennuspäivä",
        "Helsingin eurooppalaisen koulun opiskeluoikeuksia ei voi vielä tallentaa.",
        k => OnEshTaiEb(k) && k.Ymparisto.Paiva < k.Rajapaivat.EshTallennusAlkaen ? ["tyyppi"] : []);

    public static readonly Validointisaanto PaattynytEnnenLakia = new("badRequest.validation.esh.päättymispäivä",
        "Helsingin eurooppalaisen koulun tallennettava opiskeluoikeus ei voi olla päättynyt ennen lain voimaantuloa 1.1.2023.",
        k => OnEshTaiEb(k) && k.Jaksot.LastOrDefault(j => j.Tila is { } t && Opiskeluoikeudet.Tilat.OnPaattava(t) && t != Opiskeluoikeudet.Tilat.Mitatoity) is { } loppu
             && k.JaksojenLoppu < k.Rajapaivat.EshAikaisinPaattymispaiva
            ? [loppu.Alku.Polku] : []);

    public static IReadOnlyList<Validointisaanto> Kaikki { get; } = [TallennusEnnenSallittua, PaattynytEnnenLakia];
}
