namespace Koski.Virkailija.Application.Syotto;

/// <summary>One choice of a drop-down: a code (or OID) and its Finnish name.</summary>
public sealed record Valinta(string Koodi, string Nimi);
