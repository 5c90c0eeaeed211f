namespace Koski.Virkailija.Application.Massaluovutukset;

/// <summary>Configuration section "Massaluovutus": the queue's pace, result files and their lifetime.</summary>
public sealed class MassaluovutusAsetukset
{
    public const string Osio = "Massaluovutus";

    /// <summary>How often an idle worker looks at the queue.</summary>
    public TimeSpan Kyselyvali { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>How long results are kept after the query ends (KOSKI keeps them for days, not for ever).</summary>
    public TimeSpan Sailytysaika { get; set; } = TimeSpan.FromDays(3);
    /// <summary>A query running longer fails.</summary>
    public TimeSpan Aikakatkaisu { get; set; } = TimeSpan.FromHours(4);
    /// <summary>A running query whose worker has not said it is alive for this long is taken back into the queue.</summary>
    public TimeSpan Hiljaisuus { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>How often a worker says it is alive (well below <see cref="Hiljaisuus"/>).</summary>
    public TimeSpan Sydamenlyonti { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>A query restarted this often after a silent worker fails instead.</summary>
    public int Uudelleenkaynnistyksia { get; set; } = 3;
    /// <summary>Learners per JSON result file.</summary>
    public int OppijoitaTiedostossa { get; set; } = 500;
    /// <summary>Rows per CSV file when the query asks for partitions (text/x-csv-partition).</summary>
    public int RivejaOsassa { get; set; } = 100_000;
    /// <summary>Queries one instance runs at the same time.</summary>
    public int Rinnakkaisia { get; set; } = 1;
}
