using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Kieli;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Auditointi;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Kayttooikeudet;

public sealed record Voimassaolo(DateOnly Alkaen, DateOnly Asti);

/// <summary>The outcome of a change: null <see cref="Virhe"/> when saved, otherwise a message in the user's language.</summary>
public sealed record MuutoksenTulos(string? Virhe)
{
    public static readonly MuutoksenTulos Ok = new((string?)null);
    public static MuutoksenTulos Ristiriita => new(Tekstit.Hae("Kayttooikeus.Ristiriita"));
    public bool Onnistui => Virhe is null;
    public static implicit operator MuutoksenTulos(string virhe) => new(virhe);
}

/// <summary>One change to an official's rights, as the history row and the audit entry both record it.</summary>
internal sealed record Muutos(string Toimenpide, Virkailijahenkilo Kohde, string Ryhma, string OrganisaatioOid,
    KayttooikeudenTila Tila, Voimassaolo? Vanha, Voimassaolo? Uusi, long? KayttooikeusId = null, long? AnomusId = null,
    string? Syy = null);

/// <summary>Writes a change's history row and audit entry into the caller's unit of work, so neither is saved without the other.</summary>
internal static class Muutokset
{
    /// <summary>The actor of changes the system makes itself (expiry, closed organisations).</summary>
    public static readonly Kayttaja Jarjestelma = new(null, "jarjestelma", "Järjestelmä", []);

    public static void Kirjaa(IKoskiDb db, AuditLoki audit, Kayttaja tekija, DateTimeOffset hetki, Muutos m)
    {
        var voimassaolo = m.Uusi ?? m.Vanha;
        db.KayttooikeusHistoria.Add(new KayttooikeusHistoria
        {
            VirkailijaId = m.Kohde.Id, KayttooikeusId = m.KayttooikeusId, AnomusId = m.AnomusId, Ryhma = m.Ryhma,
            OrganisaatioOid = m.OrganisaatioOid, Tila = m.Tila, VoimassaAlkaen = voimassaolo?.Alkaen,
            VoimassaAsti = voimassaolo?.Asti, TekijaId = tekija.VirkailijaId, Syy = m.Syy, Aika = hetki,
        });
        audit.Lisaa(db, tekija, AuditOperaatio.KAYTTOOIKEUS_MUUTOS, new AuditKohde(OrganisaatioOid: m.OrganisaatioOid, Tiedot: new
        {
            toimenpide = m.Toimenpide, henkilo = m.Kohde.Oid, ryhma = m.Ryhma, tila = m.Tila.ToString(),
            vanhaVoimassaolo = m.Vanha, uusiVoimassaolo = m.Uusi, syy = m.Syy,
        }));
    }

    public static Voimassaolo Voimassaolo(this Kayttooikeus k) => new(k.VoimassaAlkaen, k.VoimassaAsti);

    public static bool OnMyonnetty(this Kayttooikeus k) => k.Tila is KayttooikeudenTila.MYONNETTY or KayttooikeudenTila.UUSITTU;

    /// <summary>Saves; a concurrent change (version or unique index) becomes <see cref="MuutoksenTulos.Ristiriita"/>.</summary>
    public static Task<MuutoksenTulos> TallennaAsync(Func<Task> tallennus) =>
        TallennaAsync(async () =>
        {
            await tallennus();
            return (string?)null;
        });

    /// <summary>As above; a message the save returns (having written nothing) becomes the result.</summary>
    public static async Task<MuutoksenTulos> TallennaAsync(Func<Task<string?>> tallennus)
    {
        try
        {
            return await tallennus() is { } virhe ? new MuutoksenTulos(virhe) : MuutoksenTulos.Ok;
        }
        catch (DbUpdateException)
        {
            return MuutoksenTulos.Ristiriita;
        }
    }
}
