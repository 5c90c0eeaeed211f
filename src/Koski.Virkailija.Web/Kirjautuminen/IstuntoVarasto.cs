using System.Security.Cryptography;
using Koski.Virkailija.Infrastructure.Istunnot;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.IdentityModel.Tokens;

namespace Koski.Virkailija.Web.Kirjautuminen;

/// <summary>
/// The cookie handler's session store: the ticket stays in the database and the cookie carries only a random key,
/// so signing out (or out everywhere) ends the session for good, also for a copy of the old cookie. The row's times
/// are the truth: the ticket handed back expires when the row does (<see cref="IstunnonKesto"/>), and an open
/// circuit's use moves the row on (<see cref="IstunnonTarkistus"/>).
/// </summary>
internal sealed class IstuntoVarasto(Istunnot istunnot, IDataProtectionProvider suojaus, TimeProvider aika) : ITicketStore
{
    private readonly IDataProtector suojain = suojaus.CreateProtector("Koski.Virkailija.Istunto", "v1");

    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, CancellationToken.None);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        var avain = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var nyt = aika.GetUtcNow();
        var alkanut = ticket.Principal.KirjautumisAika() ?? nyt;
        await istunnot.LisaaAsync(avain, new UusiIstunto(
            ticket.Principal.FindFirst(KoskiClaims.Istunto)?.Value ?? Guid.NewGuid().ToString("N"),
            ticket.Principal.VirkailijanId(), Suojaa(ticket), alkanut,
            ticket.Properties.ExpiresUtc ?? nyt + IstunnonKesto.Joutoaika, alkanut + IstunnonKesto.Enimmaiskesto), nyt, cancellationToken);
        return avain;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, CancellationToken.None);

    public Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken) =>
        istunnot.PaivitaAsync(key, Suojaa(ticket), ticket.Properties.ExpiresUtc ?? aika.GetUtcNow() + IstunnonKesto.Joutoaika,
            cancellationToken);

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, CancellationToken.None);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken)
    {
        if (await istunnot.HaeAsync(key, aika.GetUtcNow(), cancellationToken) is not { } istunto) return null;
        AuthenticationTicket? ticket;
        try
        {
            ticket = TicketSerializer.Default.Deserialize(suojain.Unprotect(istunto.Tiketti));
        }
        catch (CryptographicException) // its key is gone from the key ring
        {
            return null;
        }
        if (ticket is null) return null;
        // As if last used when the row says (an open page's use moves it on): the sliding renewal then adds the idle
        // time to the request's time, not the whole stretch so far.
        var vanhenee = new DateTimeOffset(DateTime.SpecifyKind(istunto.Vanhenee, DateTimeKind.Utc));
        ticket.Properties.ExpiresUtc = vanhenee;
        ticket.Properties.IssuedUtc = vanhenee - IstunnonKesto.Joutoaika;
        return ticket;
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, CancellationToken.None);

    public Task RemoveAsync(string key, CancellationToken cancellationToken) => istunnot.PoistaAsync(key, cancellationToken);

    private byte[] Suojaa(AuthenticationTicket ticket) => suojain.Protect(TicketSerializer.Default.Serialize(ticket));
}
