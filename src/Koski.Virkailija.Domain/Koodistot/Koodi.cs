namespace Koski.Virkailija.Domain.Koodistot;

/// <summary>A code value of a koodisto (code list), with its names.</summary>
public class Koodi
{
    public required string KoodistoUri { get; set; }
    public required string Koodiarvo { get; set; }
    public int Versio { get; set; } = 1;
    public string? NimiFi { get; set; }
    public string? NimiSv { get; set; }
    public string? NimiEn { get; set; }

    public string Nimi => NimiFi ?? NimiSv ?? NimiEn ?? Koodiarvo;
}
