namespace Koski.Virkailija.Domain.Validointi;

/// <summary>
/// A save-time rule: KOSKI's error key, the Finnish message, and a function that returns the JSON locations where a
/// document breaks the rule (none when it holds).
/// </summary>
public sealed record Validointisaanto(string Avain, string Viesti, Func<ValidointiKohde, IEnumerable<string>> Rikkomukset)
{
    public IEnumerable<ValidointiVirhe> Tarkista(ValidointiKohde kohde) =>
        Rikkomukset(kohde).Select(polku => new ValidointiVirhe(Avain, Viesti, polku));
}
