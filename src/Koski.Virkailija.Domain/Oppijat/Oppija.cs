namespace Koski.Virkailija.Domain.Oppijat;

/// <summary>A learner: oppijanumero (henkilö OID) and, when known, a validated hetu.</summary>
public class Oppija
{
    public required string Oid { get; set; }
    public string? Hetu { get; set; }
    public required string Etunimet { get; set; }
    public string? Kutsumanimi { get; set; }
    public required string Sukunimi { get; set; }
    public DateOnly? Syntymaaika { get; set; }
    /// <summary>Lower-case "sukunimi etunimet", for name search.</summary>
    public string Hakunimi { get; set; } = "";

    public void PaivitaHakunimi() => Hakunimi = $"{Sukunimi} {Etunimet}".ToLowerInvariant();
}
