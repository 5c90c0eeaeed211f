namespace Koski.Virkailija.Domain.Opiskeluoikeudet;

/// <summary>One saved version of a study right; every save adds one, none is ever changed.</summary>
public class OpiskeluoikeusVersio
{
    public long Id { get; set; }
    public required string OpiskeluoikeusOid { get; set; }
    public int Versionumero { get; set; }
    public DateTimeOffset Aikaleima { get; set; }
    /// <summary>Who saved it: a virkailija's user name or a palvelukäyttäjä's tunnus.</summary>
    public required string Tallentaja { get; set; }
    public string? Lahdejarjestelma { get; set; }
    public required string Json { get; set; }
}
