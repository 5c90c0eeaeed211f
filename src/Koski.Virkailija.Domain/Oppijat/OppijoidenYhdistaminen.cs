namespace Koski.Virkailija.Domain.Oppijat;

/// <summary>How two learner records became one.</summary>
public enum Yhdistamistapa
{
    /// <summary>A yksilöimätön learner was identified as a person with a hetu.</summary>
    Yksilointi,
    /// <summary>Two records of one person were linked.</summary>
    Linkitys,
}

/// <summary>
/// One yksilöinti or linkitys, kept so that OPH can undo it: which record (<see cref="OppijaOid"/>) became part of which
/// master, the hetu it was given when it became its own master, and the study rights moved to the master.
/// </summary>
public class OppijoidenYhdistaminen
{
    public long Id { get; set; }
    public Yhdistamistapa Tapa { get; set; }
    public required string OppijaOid { get; set; }
    /// <summary>The master the record was linked to; null when yksilöinti gave the record itself a hetu.</summary>
    public string? MasterOid { get; set; }
    /// <summary>The hetu yksilöinti gave the record itself (no learner had it yet).</summary>
    public string? AnnettuHetu { get; set; }
    /// <summary>Study-right oids moved from the record to the master, space-separated.</summary>
    public string SiirretytOpiskeluoikeudet { get; set; } = "";
    public DateTimeOffset Aika { get; set; }
    public required string Tekija { get; set; }
    public DateTimeOffset? Purettu { get; set; }
    public string? Purkaja { get; set; }
}
