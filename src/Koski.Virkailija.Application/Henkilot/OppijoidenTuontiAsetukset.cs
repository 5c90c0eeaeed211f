namespace Koski.Virkailija.Application.Henkilot;

/// <summary>Configuration section "OppijoidenTuonti": the batch size and the workers' pace.</summary>
public sealed class OppijoidenTuontiAsetukset
{
    public const string Osio = "OppijoidenTuonti";

    /// <summary>Learners one batch may carry.</summary>
    public int EnintaanOppijoita { get; set; } = 5000;
    /// <summary>How often an idle worker looks at the queue.</summary>
    public TimeSpan Kyselyvali { get; set; } = TimeSpan.FromSeconds(2);
    /// <summary>A batch whose worker has not said it is alive for this long is taken over by another worker.</summary>
    public TimeSpan Hiljaisuus { get; set; } = TimeSpan.FromMinutes(2);
    /// <summary>Learners processed between two progress updates (and signs of life).</summary>
    public int Erakoko { get; set; } = 100;
}
