namespace Koski.Virkailija.Domain.Oppijat;

/// <summary>
/// A learner: oppijanumero (henkilö OID) and, when known, a validated hetu. A learner without hetu is created by an
/// official (<see cref="LuojaOrganisaatioOid"/>) and stays <see cref="Yksiloimaton"/> until a pääkäyttäjä identifies
/// them; a record linked to another one (<see cref="LinkitettyOid"/>) is read as that master everywhere.
/// </summary>
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
    /// <summary>Code of koodisto sukupuoli (<see cref="Henkilokoodit"/>).</summary>
    public string? Sukupuoli { get; set; }
    /// <summary>Code of koodisto maatjavaltiot2.</summary>
    public string? Kansalaisuus { get; set; }
    /// <summary>Code of koodisto kieli.</summary>
    public string? Aidinkieli { get; set; }
    /// <summary>True while nobody has identified the person (a learner created without hetu).</summary>
    public bool Yksiloimaton { get; set; }
    /// <summary>The master record's oid when this record is linked to it (a slave); null for a master.</summary>
    public string? LinkitettyOid { get; set; }
    /// <summary>The organisation whose official created the learner by hand; it sees the learner before any study right.</summary>
    public string? LuojaOrganisaatioOid { get; set; }

    public void PaivitaHakunimi() => Hakunimi = $"{Sukunimi} {Etunimet}".ToLowerInvariant();
}
