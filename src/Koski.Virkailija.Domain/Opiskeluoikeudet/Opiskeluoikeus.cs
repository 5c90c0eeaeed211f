namespace Koski.Virkailija.Domain.Opiskeluoikeudet;

/// <summary>
/// The current version of a study right: KOSKI's JSON document stored as sent (lossless), plus the columns lists
/// and reports filter on, derived from the document on every save.
/// </summary>
public class Opiskeluoikeus
{
    public required string Oid { get; set; }
    public required string OppijaOid { get; set; }
    public int Versionumero { get; set; }
    public DateTimeOffset Aikaleima { get; set; }
    public required string Tyyppi { get; set; }
    public required string OppilaitosOid { get; set; }
    public string? KoulutustoimijaOid { get; set; }
    public DateOnly? Alkamispaiva { get; set; }
    public DateOnly? Paattymispaiva { get; set; }
    public string? Tila { get; set; }
    /// <summary>lähdejärjestelmänId.lähdejärjestelmä.koodiarvo; null when entered in the UI.</summary>
    public string? Lahdejarjestelma { get; set; }
    public string? LahdejarjestelmanId { get; set; }
    public bool Mitatoity { get; set; }
    /// <summary>sisältyyOpiskeluoikeuteen.oppilaitos.oid: the containing study right's oppilaitos also sees this one.</summary>
    public string? SisaltavaOppilaitosOid { get; set; }
    /// <summary>The buying koulutustoimija of a bought education (TPO hankintakoulutus, esiopetus ostopalvelu).</summary>
    public string? OstajaOid { get; set; }
    /// <summary>The class (luokka) of the latest päätason suoritus that names one, for student lists.</summary>
    public string? Luokka { get; set; }
    public required string Json { get; set; }
    /// <summary>
    /// The learner's <c>Oppija.Hakunimi</c> copied here, so the student list sorts and pages on one table's index;
    /// kept current on every save by <c>Application.Oppijat.Lajittelunimi</c>.
    /// </summary>
    public string OppijanHakunimi { get; set; } = "";

    public bool TuliLahdejarjestelmasta => Lahdejarjestelma is not null || LahdejarjestelmanId is not null;
}
