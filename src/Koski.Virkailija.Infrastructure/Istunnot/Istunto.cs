namespace Koski.Virkailija.Infrastructure.Istunnot;

/// <summary>
/// A signed-in session kept on the server: the cookie carries only a random key, and the session ends for every
/// instance when its row is gone or past its times.
/// </summary>
public sealed class Istunto
{
    /// <summary>SHA-256 of the cookie's key: whoever reads the table cannot present it.</summary>
    public required string Tiiviste { get; set; }
    /// <summary>The session's id in the principal and the audit log (claim "sid"); open circuits check by it.</summary>
    public required string Tunniste { get; set; }
    public long? VirkailijaId { get; set; }
    /// <summary>The authentication ticket, serialized and protected with the data-protection keys.</summary>
    public required byte[] Tiketti { get; set; }
    /// <summary>UTC: sign-in.</summary>
    public DateTime Alkanut { get; set; }
    /// <summary>UTC: ends here unless used before (idle timeout, moved on by use).</summary>
    public DateTime Vanhenee { get; set; }
    /// <summary>UTC: ends here however active (absolute timeout).</summary>
    public DateTime Paattyy { get; set; }
}
