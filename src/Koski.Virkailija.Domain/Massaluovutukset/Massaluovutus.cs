namespace Koski.Virkailija.Domain.Massaluovutukset;

/// <summary>KOSKI's states of a bulk-handover query (massaluovutus QueryState).</summary>
public static class Massaluovutustila
{
    public const string Odottaa = "pending";
    public const string Kaynnissa = "running";
    public const string Valmis = "complete";
    public const string Epaonnistui = "failed";
}

/// <summary>
/// One bulk-handover query (KOSKI's massaluovutus): queued in the database so that every app instance shares the
/// queue, claimed by exactly one worker (<see cref="Tyontekija"/>), its result files in
/// <see cref="MassaluovutuksenTiedosto"/> rows, removed when <see cref="Vanhenee"/> has passed.
/// </summary>
public class Massaluovutus
{
    public Guid Id { get; set; }
    /// <summary>Who asked, to run it again as them: an official's id, or else a service account's tunnus.</summary>
    public long? VirkailijaId { get; set; }
    public string? Palvelukayttaja { get; set; }
    /// <summary>KOSKI's requestedBy: the official's henkilö OID or the service account's tunnus.</summary>
    public required string Pyytaja { get; set; }
    public required string Tyyppi { get; set; }
    public required string Muoto { get; set; }
    /// <summary>The query as filled in (organisation chosen, defaults set), KOSKI's JSON.</summary>
    public required string Kysely { get; set; }
    public required string Tila { get; set; }
    public DateTime Luotu { get; set; }
    public DateTime? Aloitettu { get; set; }
    public DateTime? Valmistunut { get; set; }
    /// <summary>The worker running it, and when it last said it was alive: a silent one's query is taken back.</summary>
    public string? Tyontekija { get; set; }
    public DateTime? Elossa { get; set; }
    public int Uudelleenkaynnistyksia { get; set; }
    public string? Virhe { get; set; }
    /// <summary>xlsx results are encrypted with this password, returned with the result as KOSKI does.</summary>
    public string? Salasana { get; set; }
    public DateTime? Vanhenee { get; set; }
}

/// <summary>One result file (a partition) of a <see cref="Massaluovutus"/>.</summary>
public class MassaluovutuksenTiedosto
{
    public long Id { get; set; }
    public Guid MassaluovutusId { get; set; }
    public required string Nimi { get; set; }
    public required string Sisaltotyyppi { get; set; }
    public required byte[] Sisalto { get; set; }
}
