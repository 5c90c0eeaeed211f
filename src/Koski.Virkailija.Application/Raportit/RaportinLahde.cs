using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Koski.Virkailija.Domain.Organisaatiot;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Raportit;

/// <summary>What every report reads from: the database, the requesting user's visibility, names, and the parameters.</summary>
public sealed record RaportinLahde(
    IKoskiDbFactory Tietokanta,
    Nakyvyys Nakyvyys,
    OrganisaatioPuu Puu,
    IReadOnlyDictionary<string, string> Tyyppinimet,
    IReadOnlyDictionary<string, string> Tilanimet,
    RaportinParametrit Parametrit)
{
    /// <summary>The user's visible, not invalidated study rights of the chosen oppilaitos.</summary>
    public IQueryable<Opiskeluoikeus> Oppilaitoksen(IKoskiDb db) =>
        Nakyvyys.Suodata(db.Opiskeluoikeudet.AsNoTracking())
            .Where(o => !o.Mitatoity && o.OppilaitosOid == Parametrit.OppilaitosOid);

    public string Nimi(string? oid) => oid is null ? "" : Puu.Hae(oid)?.NimiFi ?? oid;
    public string Tyyppi(string koodi) => Tyyppinimet.GetValueOrDefault(koodi) ?? koodi;
    public string Tila(string? koodi) => koodi is null ? "" : Tilanimet.GetValueOrDefault(koodi) ?? koodi;
}
