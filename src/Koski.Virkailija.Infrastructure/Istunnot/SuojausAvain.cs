namespace Koski.Virkailija.Infrastructure.Istunnot;

/// <summary>One element of the ASP.NET Core data-protection key ring (a key or a revocation), as XML.</summary>
public sealed class SuojausAvain
{
    public long Id { get; set; }
    public string? Nimi { get; set; }
    public required string Xml { get; set; }
}
