namespace Koski.Virkailija.Domain.Opiskeluoikeudet;

/// <summary>One tila.opiskeluoikeusjaksot entry: from which day the study right is in which tila, and its funding.</summary>
public sealed record Opiskeluoikeusjakso(DateOnly Alku, string Tila, string? Rahoitus);
