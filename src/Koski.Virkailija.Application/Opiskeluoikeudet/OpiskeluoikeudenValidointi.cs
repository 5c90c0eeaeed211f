using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain;
using Koski.Virkailija.Domain.Validointi;

namespace Koski.Virkailija.Application.Opiskeluoikeudet;

/// <summary>
/// The save-time catalogue (<see cref="Validointisaannot"/>) with what it reads from this installation: the cut-off
/// dates in force, the imported code lists, the organisation tree and today's date. Every save path and the form's
/// pre-check go through here, so they judge a document alike. With the database it also answers KOSKI's kuori
/// question (<see cref="Kuoriopiskeluoikeus"/>), read only when a document has an error a kuori escapes.
/// </summary>
public sealed class OpiskeluoikeudenValidointi(Rajapaivat rajapaivat, Koodistot.Koodistot koodistot,
    OrganisaatioHakemisto? organisaatiot = null, TimeProvider? aika = null, IKoskiDbFactory? tietokanta = null)
{
    public Rajapaivat Rajapaivat { get; } = rajapaivat;

    public async Task<IReadOnlyList<ValidointiVirhe>> ValidoiAsync(JsonObject opiskeluoikeus, CancellationToken ct = default)
    {
        var puu = organisaatiot is null ? null : await organisaatiot.PuuAsync(ct);
        var tanaan = DateOnly.FromDateTime(Suomenaika.Paikallinen((aika ?? TimeProvider.System).GetUtcNow()));
        var virheet = Validointisaannot.Validoi(opiskeluoikeus,
            new Validointiymparisto(Rajapaivat, await koodistot.LuettelotAsync(ct), puu, tanaan));
        if (tietokanta is null || Kuoriopiskeluoikeus.Kysyttava(opiskeluoikeus, virheet) is not { } oid) return virheet;
        await using var db = await tietokanta.AvaaAsync(ct);
        return await Kuoret.OnKuoriAsync(db, oid, ct) ? Kuoriopiskeluoikeus.Kuoren(virheet) : virheet;
    }
}
