using System.Text.Json;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Auditointi;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Oppijat;

public sealed record Katselu(DateTimeOffset Aika, string Katsoja, IReadOnlyList<string> Organisaatiot, string OpiskeluoikeusOid);

/// <summary>
/// "Katseluhistoria": who viewed a learner's study rights, when, from which organisation. Only for a pääkäyttäjä, and
/// only views of study rights the pääkäyttäjä's own roles reach (another organisation's views are its own business).
/// </summary>
public sealed class Katseluhistoria(IKoskiDbFactory tietokanta, OrganisaatioHakemisto organisaatiot)
{
    public const int Enintaan = 200;

    public static bool Paakayttajan(Kayttooikeusryhma r) => Sivut.Lukee(r) && r.Sisaltaa(Oikeus.KAYTTOOIKEUKSIEN_MYONTO);

    public static bool Sallittu(Kayttaja kayttaja) => kayttaja.JokinRooli(Paakayttajan);

    /// <summary>Null when the user is not a pääkäyttäjä reaching the learner.</summary>
    public async Task<IReadOnlyList<Katselu>?> HaeAsync(Kayttaja kayttaja, string oppijaOid, CancellationToken ct = default)
    {
        if (!Sallittu(kayttaja)) return null;
        var puu = await organisaatiot.PuuAsync(ct);
        var nakyvyys = Nakyvyys.Kayttajalle(kayttaja, puu, Paakayttajan);
        await using var db = await tietokanta.AvaaAsync(ct);
        // The views of study rights moved here from a linked record were logged under that record's oid.
        oppijaOid = await Henkilot.Oppijanumerot.RatkaiseAsync(db, oppijaOid, ct);
        IReadOnlyList<string> oppijaOidit = [oppijaOid, .. await Henkilot.Oppijanumerot.LinkitetytAsync(db, oppijaOid, ct)];
        var oidit = await nakyvyys.Suodata(db.Opiskeluoikeudet).Where(o => o.OppijaOid == oppijaOid)
            .Select(o => o.Oid).ToListAsync(ct);
        if (oidit.Count == 0) return null;

        var operaatio = nameof(AuditOperaatio.OPISKELUOIKEUS_KATSOMINEN);
        var merkinnat = await db.AuditLoki.AsNoTracking()
            .Where(a => oppijaOidit.Contains(a.OppijaOid!) && a.Operaatio == operaatio && oidit.Contains(a.OpiskeluoikeusOid!))
            .OrderByDescending(a => a.Id).Take(Enintaan)
            .ToListAsync(ct);
        var tunnukset = merkinnat.Select(m => m.Kayttaja).Distinct().ToList();
        var nimet = (await db.Virkailijat.AsNoTracking().Where(v => tunnukset.Contains(v.Oid) || tunnukset.Contains(v.Kayttajatunnus))
                .ToListAsync(ct))
            .SelectMany(v => new[] { (v.Oid, v.Nimi), (v.Kayttajatunnus, v.Nimi) })
            .DistinctBy(p => p.Item1).ToDictionary(p => p.Item1, p => p.Item2);
        return merkinnat.Select(m => new Katselu(m.Aika, nimet.GetValueOrDefault(m.Kayttaja) ?? m.Kayttaja,
            Organisaatiot(m.Tiedot).Select(o => puu.Hae(o)?.NimiFi ?? o).ToList(), m.OpiskeluoikeusOid!)).ToList();
    }

    private static List<string> Organisaatiot(string? tiedot)
    {
        if (tiedot is null) return [];
        using var json = JsonDocument.Parse(tiedot);
        return json.RootElement.TryGetProperty("organisaatiot", out var lista) && lista.ValueKind == JsonValueKind.Array
            ? lista.EnumerateArray().Select(e => e.GetString()).OfType<string>().ToList()
            : [];
    }
}
