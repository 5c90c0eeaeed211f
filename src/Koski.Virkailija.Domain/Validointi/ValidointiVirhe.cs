namespace Koski.Virkailija.Domain.Validointi;

/// <summary>
/// One failed rule: KOSKI's error key, a Finnish message for the user, and the JSON location it concerns
/// (e.g. "tila.opiskeluoikeusjaksot[1].alku"), so a form can show it next to the field.
/// </summary>
public sealed record ValidointiVirhe(string Avain, string Viesti, string Polku);
