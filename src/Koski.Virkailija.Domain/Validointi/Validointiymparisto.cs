namespace Koski.Virkailija.Domain.Validointi;

/// <summary>What the rules read besides the document: the cut-off dates in force.</summary>
public sealed record Validointiymparisto(Rajapaivat Rajapaivat)
{
    /// <summary>KOSKI's own defaults.</summary>
    public static Validointiymparisto Oletus { get; } = new(new Rajapaivat());
}
