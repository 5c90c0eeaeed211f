namespace Koski.Virkailija.Domain.Kayttooikeudet;

/// <summary>A system account of exactly one organisation, used by a student-information system.</summary>
public class Palvelukayttaja
{
    public long Id { get; set; }
    public required string Tunnus { get; set; }
    public required string SalasanaHash { get; set; }
    public required string OrganisaatioOid { get; set; }
    public bool Aktiivinen { get; set; } = true;
    /// <summary>A read-only account (KOSKI's luku-palvelukäyttäjä): reads and asks bulk handovers, never writes.</summary>
    public bool VainLuku { get; set; }
    /// <summary>The account also holds "Oppijan tuonti" (<see cref="Kayttooikeusryhma.OppijanTuonti"/>): it sends learner batches.</summary>
    public bool OppijoidenTuonti { get; set; }
    /// <summary>Grows with every change (new secret, disabling): concurrent changes end in a conflict.</summary>
    public int Versio { get; set; }
}
