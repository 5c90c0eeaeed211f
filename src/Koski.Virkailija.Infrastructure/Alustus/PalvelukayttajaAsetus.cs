namespace Koski.Virkailija.Infrastructure.Alustus;

/// <summary>A service account to create on start (Seed:Palvelukayttajat); the password is stored only as a hash.</summary>
public sealed class PalvelukayttajaAsetus
{
    public string Tunnus { get; set; } = "";
    public string Salasana { get; set; } = "";
    /// <summary>OID of the one organisation the account belongs to.</summary>
    public string Organisaatio { get; set; } = "";
    /// <summary>A read-only account: reads and asks bulk handovers, never writes.</summary>
    public bool VainLuku { get; set; }
    /// <summary>The account also holds "Oppijan tuonti": it sends learner batches.</summary>
    public bool OppijoidenTuonti { get; set; }
}
