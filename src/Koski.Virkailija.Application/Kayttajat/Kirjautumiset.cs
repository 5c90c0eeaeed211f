using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Auditointi;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Kayttajat;

/// <summary>What the identity provider vouched for in a validated id_token; claims it did not send are null.</summary>
public sealed record TunnistettuHenkilo(string Subject, string? Etunimet, string? Sukunimi, string? Sahkoposti,
    string? Kayttajatunnus);

/// <summary>
/// Sign-ins. The caller has proven who the person is (a validated id_token, or the development sign-in); nothing
/// here grants a role: an official created at first sign-in has none until a grant is made in this app.
/// </summary>
public sealed class Kirjautumiset(IKoskiDbFactory tietokanta, KayttajaPalvelu kayttajat, AuditLoki audit)
{
    /// <summary>The official with the provider's subject; created on first sign-in with the name and e-mail the provider gave.</summary>
    public async Task<Kayttaja> TunnistaAsync(TunnistettuHenkilo henkilo, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(henkilo.Subject);
        var id = await HaeTaiLuoAsync(henkilo, ct);
        return await kayttajat.HaeVirkailijaAsync(id, ct)
               ?? throw new InvalidOperationException("Virkailija katosi kesken kirjautumisen.");
    }

    /// <summary>Records a completed sign-in in the audit log (the caller's audit context names the new session).</summary>
    public Task KirjaaAsync(Kayttaja kayttaja, string menetelma, CancellationToken ct = default) =>
        audit.KirjaaAsync(kayttaja, AuditOperaatio.KIRJAUTUMINEN, new AuditKohde(Tiedot: new { menetelma }), ct);

    private async Task<long> HaeTaiLuoAsync(TunnistettuHenkilo henkilo, CancellationToken ct)
    {
        await using var db = await tietokanta.AvaaAsync(ct);
        var olemassa = await db.Virkailijat.FirstOrDefaultAsync(v => v.OidcSubject == henkilo.Subject, ct);
        if (olemassa is not null)
        {
            // The provider is the source of a person's name; the e-mail address is the official's own (Omat tiedot).
            var (etunimet, sukunimi) = Nimi(henkilo, olemassa.Etunimet, olemassa.Sukunimi);
            if (olemassa.Etunimet != etunimet || olemassa.Sukunimi != sukunimi)
            {
                (olemassa.Etunimet, olemassa.Sukunimi) = (etunimet, sukunimi);
                await db.SaveChangesAsync(ct);
            }
            return olemassa.Id;
        }

        var (uusiEtunimet, uusiSukunimi) = Nimi(henkilo, "", henkilo.Subject);
        var virkailija = new Virkailijahenkilo
        {
            Oid = await VapaatOidit.HenkiloAsync(db, ct),
            Kayttajatunnus = await VapaaTunnusAsync(db, henkilo, ct),
            Etunimet = uusiEtunimet,
            Sukunimi = uusiSukunimi,
            Sahkoposti = Sahkoposti.Virhe(henkilo.Sahkoposti) is null ? henkilo.Sahkoposti!.Trim() : null,
            OidcSubject = henkilo.Subject,
        };
        db.Virkailijat.Add(virkailija);
        audit.Lisaa(db, new Kayttaja(null, virkailija.Kayttajatunnus, virkailija.Nimi, [], virkailija.Oid),
            AuditOperaatio.VIRKAILIJA_LUONTI, new AuditKohde(Tiedot: new { menetelma = "oidc" }));
        try
        {
            await db.SaveChangesAsync(ct);
            return virkailija.Id;
        }
        catch (DbUpdateException)
        {
            // A concurrent first sign-in of the same person created the official a moment earlier.
            await using var toinen = await tietokanta.AvaaAsync(ct);
            return await toinen.Virkailijat.Where(v => v.OidcSubject == henkilo.Subject).Select(v => (long?)v.Id)
                       .FirstOrDefaultAsync(ct)
                   ?? throw new InvalidOperationException("Virkailijan luonti epäonnistui.");
        }
    }

    private static (string Etunimet, string Sukunimi) Nimi(TunnistettuHenkilo h, string etunimet, string sukunimi) =>
        string.IsNullOrWhiteSpace(h.Etunimet) && string.IsNullOrWhiteSpace(h.Sukunimi)
            ? (etunimet, sukunimi)
            : (h.Etunimet?.Trim() ?? "", h.Sukunimi?.Trim() ?? "");

    /// <summary>The provider's user name when it is free, otherwise one made unique with the subject.</summary>
    private static async Task<string> VapaaTunnusAsync(IKoskiDb db, TunnistettuHenkilo henkilo, CancellationToken ct)
    {
        var toive = string.IsNullOrWhiteSpace(henkilo.Kayttajatunnus) ? henkilo.Subject : henkilo.Kayttajatunnus.Trim();
        return await db.Virkailijat.AnyAsync(v => v.Kayttajatunnus == toive, ct) ? $"{toive}#{henkilo.Subject}" : toive;
    }
}
