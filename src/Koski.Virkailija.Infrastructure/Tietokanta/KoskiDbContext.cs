using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Auditointi;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Koodistot;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Koski.Virkailija.Domain.Oppijat;
using Koski.Virkailija.Domain.Organisaatiot;
using Koski.Virkailija.Infrastructure.Istunnot;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Infrastructure.Tietokanta;

/// <summary>
/// The one DbContext, used with SQLite or PostgreSQL. Table and column names are snake_case and written out in
/// <see cref="Migraatiot"/> by hand; this mapping must match them (a test checks every mapped column exists).
/// </summary>
public sealed class KoskiDbContext(DbContextOptions<KoskiDbContext> options) : DbContext(options), IKoskiDb
{
    public DbSet<Organisaatio> Organisaatiot => Set<Organisaatio>();
    public DbSet<Oppija> Oppijat => Set<Oppija>();
    public DbSet<Opiskeluoikeus> Opiskeluoikeudet => Set<Opiskeluoikeus>();
    public DbSet<OpiskeluoikeusVersio> OpiskeluoikeusVersiot => Set<OpiskeluoikeusVersio>();
    public DbSet<Koodi> Koodit => Set<Koodi>();
    public DbSet<Virkailijahenkilo> Virkailijat => Set<Virkailijahenkilo>();
    public DbSet<Kayttooikeus> Kayttooikeudet => Set<Kayttooikeus>();
    public DbSet<Palvelukayttaja> Palvelukayttajat => Set<Palvelukayttaja>();
    public DbSet<AuditLokiMerkinta> AuditLoki => Set<AuditLokiMerkinta>();
    // Infrastructure's own session state; the application layer never sees it, so it is not on IKoskiDb.
    public DbSet<SuojausAvain> SuojausAvaimet => Set<SuojausAvain>();
    public DbSet<KaytettyNonce> KaytetytNoncet => Set<KaytettyNonce>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Organisaatio>(e =>
        {
            e.ToTable("organisaatio");
            e.HasKey(o => o.Oid);
            e.Ignore(o => o.TyyppiLista);
        });
        model.Entity<Oppija>(e =>
        {
            e.ToTable("oppija");
            e.HasKey(o => o.Oid);
        });
        model.Entity<Opiskeluoikeus>(e =>
        {
            e.ToTable("opiskeluoikeus");
            e.HasKey(o => o.Oid);
            e.Property(o => o.Versionumero).IsConcurrencyToken();
            e.HasOne<Oppija>().WithMany().HasForeignKey(o => o.OppijaOid).HasConstraintName("fk_opiskeluoikeus_oppija");
            e.Ignore(o => o.TuliLahdejarjestelmasta);
        });
        model.Entity<OpiskeluoikeusVersio>(e =>
        {
            e.ToTable("opiskeluoikeus_versio");
            e.HasKey(v => v.Id);
            e.HasOne<Opiskeluoikeus>().WithMany().HasForeignKey(v => v.OpiskeluoikeusOid)
                .HasConstraintName("fk_opiskeluoikeus_versio_opiskeluoikeus");
        });
        model.Entity<Koodi>(e =>
        {
            e.ToTable("koodi");
            e.HasKey(k => new { k.KoodistoUri, k.Koodiarvo });
            e.Ignore(k => k.Nimi);
        });
        model.Entity<Virkailijahenkilo>(e =>
        {
            e.ToTable("virkailija");
            e.HasKey(v => v.Id);
            e.Ignore(v => v.Nimi);
        });
        model.Entity<Kayttooikeus>(e =>
        {
            e.ToTable("kayttooikeus");
            e.HasKey(k => k.Id);
            e.Property(k => k.Tila).HasConversion<string>();
            e.HasOne<Virkailijahenkilo>().WithMany().HasForeignKey(k => k.VirkailijaId).HasConstraintName("fk_kayttooikeus_virkailija");
        });
        model.Entity<Palvelukayttaja>(e =>
        {
            e.ToTable("palvelukayttaja");
            e.HasKey(p => p.Id);
        });
        model.Entity<AuditLokiMerkinta>(e =>
        {
            e.ToTable("auditloki");
            e.HasKey(a => a.Id);
        });
        model.Entity<SuojausAvain>(e =>
        {
            e.ToTable("suojausavain");
            e.HasKey(a => a.Id);
        });
        model.Entity<KaytettyNonce>(e =>
        {
            e.ToTable("kaytetty_nonce");
            e.HasKey(n => n.Tiiviste);
        });
        SnakeCase.Apply(model);
    }
}
