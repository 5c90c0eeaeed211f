using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Kayttajat;

public sealed record OmaKayttooikeus(string Ryhma, string Organisaatio, DateOnly VoimassaAlkaen, DateOnly VoimassaAsti,
    KayttooikeudenTila Tila);

public sealed record VirkailijanTiedot(string Nimi, string Kayttajatunnus, string? Sahkoposti, IReadOnlyList<OmaKayttooikeus> Kayttooikeudet);

/// <summary>An official's own details ("Omat tiedot"): only ever their own, whatever id a page passes.</summary>
public sealed class OmatTiedotPalvelu(IKoskiDbFactory tietokanta, OrganisaatioHakemisto organisaatiot)
{
    public async Task<VirkailijanTiedot?> HaeAsync(Kayttaja kayttaja, CancellationToken ct = default)
    {
        if (kayttaja.VirkailijaId is not { } id) return null;
        await using var db = await tietokanta.AvaaAsync(ct);
        var virkailija = await db.Virkailijat.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, ct);
        if (virkailija is null) return null;
        var puu = await organisaatiot.PuuAsync(ct);
        var oikeudet = (await db.Kayttooikeudet.AsNoTracking().Where(k => k.VirkailijaId == id).ToListAsync(ct))
            .OrderByDescending(k => k.VoimassaAsti)
            .Select(k => new OmaKayttooikeus(Kayttooikeusryhma.Hae(k.Ryhma).Nimi,
                puu.Hae(k.OrganisaatioOid)?.NimiFi ?? k.OrganisaatioOid, k.VoimassaAlkaen, k.VoimassaAsti, k.Tila))
            .ToList();
        return new VirkailijanTiedot(virkailija.Nimi, virkailija.Kayttajatunnus, virkailija.Sahkoposti, oikeudet);
    }

    /// <summary>Changes the official's own e-mail address; returns a Finnish error message, or null when saved.</summary>
    public async Task<string?> PaivitaSahkopostiAsync(Kayttaja kayttaja, string? sahkoposti, CancellationToken ct = default)
    {
        if (Sahkoposti.Virhe(sahkoposti) is { } virhe) return virhe;
        if (kayttaja.VirkailijaId is not { } id) return "Vain virkailija voi muuttaa omia tietojaan.";
        await using var db = await tietokanta.AvaaAsync(ct);
        var virkailija = await db.Virkailijat.FirstOrDefaultAsync(v => v.Id == id, ct);
        if (virkailija is null) return "Käyttäjää ei löytynyt.";
        virkailija.Sahkoposti = sahkoposti!.Trim();
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>The UI languages an official may choose (KOSKI's virkailija UI: Finnish and Swedish).</summary>
    public static IReadOnlyList<string> Kielet { get; } = ["fi", "sv"];

    /// <summary>Remembers the official's UI language, so that the next sign-in opens in it.</summary>
    public async Task TallennaKieliAsync(long virkailijaId, string kieli, CancellationToken ct = default)
    {
        if (!Kielet.Contains(kieli)) throw new ArgumentException($"Tuntematon kieli '{kieli}'", nameof(kieli));
        await using var db = await tietokanta.AvaaAsync(ct);
        var virkailija = await db.Virkailijat.FirstOrDefaultAsync(v => v.Id == virkailijaId, ct);
        if (virkailija is null || virkailija.Kieli == kieli) return;
        virkailija.Kieli = kieli;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The official's remembered UI language, or null when they have not chosen one.</summary>
    public async Task<string?> KieliAsync(long virkailijaId, CancellationToken ct = default)
    {
        await using var db = await tietokanta.AvaaAsync(ct);
        return await db.Virkailijat.Where(v => v.Id == virkailijaId).Select(v => v.Kieli).FirstOrDefaultAsync(ct);
    }
}
