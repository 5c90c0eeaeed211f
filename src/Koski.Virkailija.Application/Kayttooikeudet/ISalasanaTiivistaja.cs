using Koski.Virkailija.Domain.Kayttooikeudet;

namespace Koski.Virkailija.Application.Kayttooikeudet;

/// <summary>Salted password hashes of service accounts (the infrastructure uses ASP.NET Core Identity's hasher).</summary>
public interface ISalasanaTiivistaja
{
    string Tiivista(Palvelukayttaja kayttaja, string salasana);

    /// <summary>Whether <paramref name="salasana"/> matches; <paramref name="uusiTiiviste"/> is set when the hash should be upgraded.</summary>
    bool Tarkista(Palvelukayttaja kayttaja, string salasana, out string? uusiTiiviste);
}
