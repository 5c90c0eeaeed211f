namespace Koski.Virkailija.Infrastructure.Istunnot;

/// <summary>
/// Failed sign-ins counted under one key (a client address, or an account at an address) until <see cref="Loppuu"/>:
/// one row shared by every instance, so the limit holds however many instances the attempts are spread over.
/// </summary>
public sealed class Kirjautumisyritys
{
    /// <summary>SHA-256 of the key: the table holds no address or account name.</summary>
    public required string Avain { get; set; }
    /// <summary>UTC: the window's end; a row past it counts nothing and is replaced by the next failure.</summary>
    public DateTime Loppuu { get; set; }
    public int Maara { get; set; }
}
