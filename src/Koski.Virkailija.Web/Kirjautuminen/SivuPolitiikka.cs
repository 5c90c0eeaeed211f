using Koski.Virkailija.Application.Kayttajat;
using Microsoft.AspNetCore.Authorization;

namespace Koski.Virkailija.Web.Kirjautuminen;

/// <summary>A policy per section: "Sivu:Oppijat" etc. The decision is the application layer's <see cref="Sivut.Sallii"/>.</summary>
public sealed class SivuPolitiikka(Sivu sivu) : IAuthorizationRequirement
{
    public Sivu Sivu { get; } = sivu;

    public static string Nimi(Sivu sivu) => $"Sivu:{sivu}";

    public const string Oppijat = "Sivu:Oppijat";
    public const string UusiOpiskeluoikeus = "Sivu:UusiOpiskeluoikeus";
    public const string Tiedonsiirrot = "Sivu:Tiedonsiirrot";
    public const string Raportit = "Sivu:Raportit";
    public const string Kayttooikeudet = "Sivu:Kayttooikeudet";
    public const string OmatTiedot = "Sivu:OmatTiedot";
    public const string OppijoidenTuonti = "Sivu:OppijoidenTuonti";
}

internal sealed class SivuPolitiikkaKasittelija(KayttajanMuisti kayttajat) : AuthorizationHandler<SivuPolitiikka>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, SivuPolitiikka requirement)
    {
        if (context.User.VirkailijanId() is not { } id) return;
        var kayttaja = await kayttajat.HaeAsync(id);
        if (kayttaja is not null && kayttaja.Sallii(requirement.Sivu)) context.Succeed(requirement);
    }
}
