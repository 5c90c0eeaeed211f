using Koski.Virkailija.Application.Kayttooikeudet;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Microsoft.AspNetCore.Identity;

namespace Koski.Virkailija.Infrastructure.Kayttooikeudet;

/// <summary>ASP.NET Core Identity's salted PBKDF2 hasher for service-account secrets.</summary>
public sealed class PalvelukayttajanSalasana : ISalasanaTiivistaja
{
    private static readonly PasswordHasher<Palvelukayttaja> Tiivistaja = new();

    public string Tiivista(Palvelukayttaja kayttaja, string salasana) => Tiivistaja.HashPassword(kayttaja, salasana);

    public bool Tarkista(Palvelukayttaja kayttaja, string salasana, out string? uusiTiiviste)
    {
        var tulos = Tiivistaja.VerifyHashedPassword(kayttaja, kayttaja.SalasanaHash, salasana);
        uusiTiiviste = tulos == PasswordVerificationResult.SuccessRehashNeeded ? Tiivista(kayttaja, salasana) : null;
        return tulos != PasswordVerificationResult.Failed;
    }
}
