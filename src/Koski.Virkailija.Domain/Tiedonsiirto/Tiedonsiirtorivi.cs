namespace Koski.Virkailija.Domain.Tiedonsiirto;

/// <summary>
/// The latest transfer of one learner by one organisation's service account (KOSKI's TiedonsiirtoDocument): a later
/// transfer of the same learner replaces the row, so a refusal that was fixed no longer shows as an error. The
/// document as received is kept only for a refusal, bounded in size.
/// </summary>
public class Tiedonsiirtorivi
{
    /// <summary>KOSKI's id: the storing organisation and the learner's hetu or oid ("oid_hetu").</summary>
    public required string Id { get; set; }
    public required string TallentajaOrganisaatioOid { get; set; }
    public required string KayttajaOid { get; set; }
    public string? Kayttajatunnus { get; set; }
    /// <summary>The document's (first) oppilaitos; rows are visible to readers of it as well as of the storing organisation.</summary>
    public string? OppilaitosOid { get; set; }
    /// <summary>The first study right's tyyppi (opiskeluoikeudentyyppi code): what a type-limited reader may see.</summary>
    public string? Koulutusmuoto { get; set; }
    public string? Lahdejarjestelma { get; set; }
    public string? OppijaOid { get; set; }
    public string? Hetu { get; set; }
    public string? Etunimet { get; set; }
    public string? Sukunimi { get; set; }
    public bool Onnistui { get; set; }
    /// <summary>KOSKI's error list as JSON, <c>[{key, message}]</c>; null after a success.</summary>
    public string? Virheet { get; set; }
    /// <summary>The request as received (JSON) after a refusal; null after a success or when it was too large.</summary>
    public string? Data { get; set; }
    public DateTime Aikaleima { get; set; }
}
