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
    public DbSet<Kayttooikeusanomus> Kayttooikeusanomukset => Set<Kayttooikeusanomus>();
    public DbSet<KayttooikeusHistoria> KayttooikeusHistoria => Set<KayttooikeusHistoria>();

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
        model.Entity<Kayttooikeus>().Property(k => k.Versio).IsConcurrencyToken();
        model.Entity<Palvelukayttaja>().Property(p => p.Versio).IsConcurrencyToken();
        model.Entity<Kayttooikeusanomus>(e =>
        {
            e.ToTable("kayttooikeusanomus");
            e.HasKey(a => a.Id);
            e.Property(a => a.Tila).HasConversion<string>();
            e.Property(a => a.Versio).IsConcurrencyToken();
            e.HasOne<Virkailijahenkilo>().WithMany().HasForeignKey(a => a.VirkailijaId).HasConstraintName("fk_kayttooikeusanomus_virkailija");
            e.HasOne<Kayttooikeus>().WithMany().HasForeignKey(a => a.JatkettavaId).HasConstraintName("fk_kayttooikeusanomus_jatkettava");
        });
        model.Entity<KayttooikeusHistoria>(e =>
        {
            e.ToTable("kayttooikeus_historia");
            e.HasKey(h => h.Id);
            e.Property(h => h.Tila).HasConversion<string>();
            e.HasOne<Virkailijahenkilo>().WithMany().HasForeignKey(h => h.VirkailijaId).HasConstraintName("fk_kayttooikeus_historia_virkailija");
            e.HasOne<Kayttooikeus>().WithMany().HasForeignKey(h => h.KayttooikeusId).HasConstraintName("fk_kayttooikeus_historia_kayttooikeus");
            e.HasOne<Kayttooikeusanomus>().WithMany().HasForeignKey(h => h.AnomusId).HasConstraintName("fk_kayttooikeus_historia_anomus");
        });
        SnakeCase.Apply(model);
    }
}
