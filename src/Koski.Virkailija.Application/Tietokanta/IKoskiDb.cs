using Koski.Virkailija.Domain.Auditointi;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Koodistot;
using Koski.Virkailija.Domain.Massaluovutukset;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Koski.Virkailija.Domain.Oppijat;
using Koski.Virkailija.Domain.Organisaatiot;
using Koski.Virkailija.Domain.Tiedonsiirto;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Koski.Virkailija.Application.Tietokanta;

/// <summary>The application's view of the database: one short-lived unit of work per operation.</summary>
public interface IKoskiDb : IAsyncDisposable
{
    DbSet<Organisaatio> Organisaatiot { get; }
    DbSet<Oppija> Oppijat { get; }
    DbSet<Opiskeluoikeus> Opiskeluoikeudet { get; }
    DbSet<OpiskeluoikeusVersio> OpiskeluoikeusVersiot { get; }
    DbSet<Koodi> Koodit { get; }
    DbSet<Virkailijahenkilo> Virkailijat { get; }
    DbSet<Kayttooikeus> Kayttooikeudet { get; }
    DbSet<Palvelukayttaja> Palvelukayttajat { get; }
    DbSet<AuditLokiMerkinta> AuditLoki { get; }
    DbSet<Kayttooikeusanomus> Kayttooikeusanomukset { get; }
    DbSet<KayttooikeusHistoria> KayttooikeusHistoria { get; }
    DbSet<Massaluovutus> Massaluovutukset { get; }
    DbSet<MassaluovutuksenTiedosto> MassaluovutuksenTiedostot { get; }
    DbSet<Tiedonsiirtorivi> Tiedonsiirrot { get; }
    DbSet<OppijoidenYhdistaminen> OppijoidenYhdistamiset { get; }
    DbSet<OppijoidenTuonti> OppijoidenTuonnit { get; }
    DbSet<TuotuHenkilo> TuodutHenkilot { get; }
    DbSet<TuontiTunniste> TuontiTunnisteet { get; }
    DatabaseFacade Database { get; }
    /// <summary>
    /// The database's own estimate of the study rights not invalidated, from its statistics without reading the table
    /// (PostgreSQL); null where it keeps none, or before it has analysed the table.
    /// </summary>
    Task<double?> ArvioiOpiskeluoikeudetAsync(CancellationToken cancellationToken = default);
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}

/// <summary>Opens a new <see cref="IKoskiDb"/>; the caller disposes it (<c>await using</c>).</summary>
public interface IKoskiDbFactory
{
    Task<IKoskiDb> AvaaAsync(CancellationToken cancellationToken = default);
}
