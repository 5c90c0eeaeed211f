namespace Koski.Virkailija.Domain.Validointi;

/// <summary>What the rules read besides the document: the cut-off dates in force and the imported code lists.</summary>
public sealed record Validointiymparisto(Rajapaivat Rajapaivat, Koodiluettelot? Koodit = null)
{
    /// <summary>KOSKI's own cut-off dates, no code lists.</summary>
    public static Validointiymparisto Oletus { get; } = new(new Rajapaivat());
}
