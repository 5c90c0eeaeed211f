using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Infrastructure.Alustus;

public sealed record PalvelukayttajienTulos(int Lisatty, int Paivitetty, int Ennallaan);

/// <summary>Creates or updates the configured service accounts by tunnus; passwords are stored only as hashes.</summary>
public sealed class PalvelukayttajaSeed(IKoskiDbFactory tietokanta)
{
    private static readonly PasswordHasher<Palvelukayttaja> Tiivistaja = new();

    public async Task<PalvelukayttajienTulos> AjaAsync(IReadOnlyList<PalvelukayttajaAsetus> asetukset, CancellationToken ct = default)
    {
        foreach (var asetus in asetukset) Tarkista(asetus);
        int lisatty = 0, paivitetty = 0, ennallaan = 0;
        await using var db = await tietokanta.AvaaAsync(ct);
        foreach (var asetus in asetukset)
        {
            var kayttaja = db.Palvelukayttajat.Local.FirstOrDefault(p => p.Tunnus == asetus.Tunnus)
                           ?? await db.Palvelukayttajat.FirstOrDefaultAsync(p => p.Tunnus == asetus.Tunnus, ct);
            if (kayttaja is null)
            {
                kayttaja = new Palvelukayttaja
                {
                    Tunnus = asetus.Tunnus, SalasanaHash = "", OrganisaatioOid = asetus.Organisaatio, VainLuku = asetus.VainLuku,
                    OppijoidenTuonti = asetus.OppijoidenTuonti
                };
                kayttaja.SalasanaHash = Tiivistaja.HashPassword(kayttaja, asetus.Salasana);
                db.Palvelukayttajat.Add(kayttaja);
                lisatty++;
                continue;
            }
            // A hash is salted: re-hashing an unchanged password on every start would rewrite the row needlessly.
            var salasanaEnnallaan = Tiivistaja.VerifyHashedPassword(kayttaja, kayttaja.SalasanaHash, asetus.Salasana)
                == PasswordVerificationResult.Success;
            if (salasanaEnnallaan && kayttaja.OrganisaatioOid == asetus.Organisaatio && kayttaja.Aktiivinen
                && kayttaja.VainLuku == asetus.VainLuku && kayttaja.OppijoidenTuonti == asetus.OppijoidenTuonti)
            {
                ennallaan++;
                continue;
            }
            if (!salasanaEnnallaan) kayttaja.SalasanaHash = Tiivistaja.HashPassword(kayttaja, asetus.Salasana);
            kayttaja.OrganisaatioOid = asetus.Organisaatio;
            kayttaja.Aktiivinen = true;
            kayttaja.VainLuku = asetus.VainLuku;
            kayttaja.OppijoidenTuonti = asetus.OppijoidenTuonti;
            paivitetty++;
        }
        await db.SaveChangesAsync(ct);
        return new PalvelukayttajienTulos(lisatty, paivitetty, ennallaan);
    }

    private static void Tarkista(PalvelukayttajaAsetus asetus)
    {
        if (string.IsNullOrWhiteSpace(asetus.Tunnus))
            throw new InvalidOperationException("Seed:Palvelukayttajat: palvelukäyttäjältä puuttuu tunnus");
        if (string.IsNullOrEmpty(asetus.Salasana))
            throw new InvalidOperationException($"Seed:Palvelukayttajat: palvelukäyttäjältä {asetus.Tunnus} puuttuu salasana");
        if (!Oidit.OnOrganisaatioOid(asetus.Organisaatio))
            throw new InvalidOperationException(
                $"Seed:Palvelukayttajat: palvelukäyttäjän {asetus.Tunnus} organisaatio '{asetus.Organisaatio}' ei ole organisaatio-oid");
    }
}
