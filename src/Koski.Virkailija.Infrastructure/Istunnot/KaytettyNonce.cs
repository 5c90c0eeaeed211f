namespace Koski.Virkailija.Infrastructure.Istunnot;

/// <summary>The SHA-256 of an OpenID Connect nonce a sign-in has used, kept until no id_token could carry it any more.</summary>
public sealed class KaytettyNonce
{
    public required string Tiiviste { get; set; }
    /// <summary>UTC.</summary>
    public DateTime Vanhenee { get; set; }
}
