using Koski.Virkailija.Application.Auditointi;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Koski.Virkailija.Web.Kirjautuminen;

/// <summary>
/// The client's address and sign-in session for audit entries, read once from the request that opened the scope
/// (a page request, an API call, or the connection of a Blazor circuit) and kept for the scope's lifetime.
/// </summary>
internal sealed class WebAuditKonteksti(IHttpContextAccessor http) : IAuditKonteksti
{
    private (string? Ip, string? Istunto)? arvot;

    public string? IpOsoite => Arvot().Ip;
    public string? Istunto => Arvot().Istunto;

    public void Lue() => Arvot();

    private (string? Ip, string? Istunto) Arvot() =>
        arvot ??= (http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
                   http.HttpContext?.User.FindFirst(KoskiClaims.Istunto)?.Value);
}

/// <summary>Reads the audit context while the circuit's connection request is still at hand.</summary>
internal sealed class AuditKontekstinTallennus(IAuditKonteksti konteksti) : CircuitHandler
{
    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        (konteksti as WebAuditKonteksti)?.Lue();
        return Task.CompletedTask;
    }
}
