using System.Text.Encodings.Web;
using System.Text.Json;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Auditointi;
using Microsoft.Extensions.Logging;

namespace Koski.Virkailija.Application.Auditointi;

/// <summary>
/// Writes audit entries: who (user, address, session), when, which operation, on what. An entry is written in the
/// same unit of work as the change it records when a db is given, so a change is never saved without its entry.
/// </summary>
public sealed class AuditLoki(IKoskiDbFactory tietokanta, IAuditKonteksti konteksti, TimeProvider aika, ILogger<AuditLoki> loki)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task KirjaaAsync(Kayttaja kayttaja, AuditOperaatio operaatio, AuditKohde kohde, CancellationToken ct = default)
    {
        await using var db = await tietokanta.AvaaAsync(ct);
        Lisaa(db, kayttaja, operaatio, kohde);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Adds the entry to <paramref name="db"/>; the caller's SaveChanges writes it with its own change.</summary>
    public void Lisaa(IKoskiDb db, Kayttaja kayttaja, AuditOperaatio operaatio, AuditKohde kohde)
    {
        db.AuditLoki.Add(new AuditLokiMerkinta
        {
            Aika = aika.GetUtcNow(),
            Operaatio = operaatio.ToString(),
            Kayttaja = kayttaja.Oid ?? kayttaja.Tunnus,
            IpOsoite = konteksti.IpOsoite,
            Istunto = konteksti.Istunto,
            OppijaOid = kohde.OppijaOid,
            OpiskeluoikeusOid = kohde.OpiskeluoikeusOid,
            Versionumero = kohde.Versionumero,
            OrganisaatioOid = kohde.OrganisaatioOid,
            Tiedot = kohde.Tiedot is null ? null : JsonSerializer.Serialize(kohde.Tiedot, Json),
        });
        loki.LogInformation("AUDIT {Operaatio} {Kayttaja} oppija={Oppija} opiskeluoikeus={Opiskeluoikeus}",
            operaatio, kayttaja.Tunnus, kohde.OppijaOid, kohde.OpiskeluoikeusOid);
    }
}

/// <summary>Outside a web request (start-up, tests): no address, no session.</summary>
public sealed class EiAuditKontekstia : IAuditKonteksti
{
    public string? IpOsoite => null;
    public string? Istunto => null;
}
