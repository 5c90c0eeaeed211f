namespace Koski.Virkailija.Domain.Oppijat;

/// <summary>The states of a learner batch (as the oppijanumerorekisteri's "oppijoiden tuonti" reports them).</summary>
public static class Tuontitila
{
    /// <summary>Queued: no worker has taken it yet.</summary>
    public const string Odottaa = "ODOTTAA";
    /// <summary>A worker is processing it (<see cref="OppijoidenTuonti.Tyontekija"/>).</summary>
    public const string Kasittelyssa = "KASITTELYSSA";
    /// <summary>Every learner has a result.</summary>
    public const string Valmis = "VALMIS";
}

/// <summary>The result of one learner of a batch.</summary>
public static class Tuontitulos
{
    /// <summary>A person with the hetu was found: their oppijanumero.</summary>
    public const string Loytyi = "LOYTYI";
    /// <summary>A new person: with a valid hetu an identified one, without hetu a yksilöimätön oid.</summary>
    public const string Luotu = "LUOTU";
    /// <summary>The learner's details were refused (<see cref="TuotuHenkilo.VirheAvain"/>).</summary>
    public const string Virhe = "VIRHE";
}

/// <summary>
/// A batch of learners a service account sent for oppijanumerot ("oppijoiden tuonti"): queued, taken by one worker
/// at a time (a conditional update, as the bulk-handover queue), processed in the background.
/// </summary>
public class OppijoidenTuonti
{
    public long Id { get; set; }
    /// <summary>The sending account's organisation: the batch, its learners and their tunnisteet belong to it.</summary>
    public required string OrganisaatioOid { get; set; }
    /// <summary>The service account that sent it (it runs with that account's rights at processing time).</summary>
    public required string Palvelukayttaja { get; set; }
    public required string Tila { get; set; }
    public DateTime Luotu { get; set; }
    public DateTime? Aloitettu { get; set; }
    public DateTime? Valmistunut { get; set; }
    /// <summary>When its worker last said it was alive; a silent worker's batch is taken over.</summary>
    public DateTime? Elossa { get; set; }
    public string? Tyontekija { get; set; }
    /// <summary>Learners in the batch.</summary>
    public int Kasiteltavia { get; set; }
    /// <summary>Learners with a result so far.</summary>
    public int Kasiteltyja { get; set; }
}

/// <summary>One learner of a batch: what was sent, and once processed the person's oid or the error.</summary>
public class TuotuHenkilo
{
    public long Id { get; set; }
    public long TuontiId { get; set; }
    /// <summary>The learner's place in the batch (the answer keeps the sent order).</summary>
    public int Jarjestys { get; set; }
    /// <summary>The source system's own id of the learner.</summary>
    public required string Tunniste { get; set; }
    /// <summary>The sent <c>henkilo</c> object as JSON.</summary>
    public required string Henkilo { get; set; }
    /// <summary>Null until processed; then <see cref="Tuontitulos"/>.</summary>
    public string? Tulos { get; set; }
    public string? OppijaOid { get; set; }
    public string? VirheAvain { get; set; }
    public string? Virheviesti { get; set; }
}

/// <summary>
/// The person a source system's <see cref="Tunniste"/> stands for in <see cref="OrganisaatioOid"/>: the key makes a
/// repeated tunniste give the same person, never a second one, even from two workers at once.
/// </summary>
public class TuontiTunniste
{
    public required string OrganisaatioOid { get; set; }
    public required string Tunniste { get; set; }
    public required string OppijaOid { get; set; }
}
