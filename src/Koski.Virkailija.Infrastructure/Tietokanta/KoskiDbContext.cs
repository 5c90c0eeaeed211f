using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Auditointi;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Koodistot;
using Koski.Virkailija.Domain.Massaluovutukset;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Koski.Virkailija.Domain.Oppijat;
using Koski.Virkailija.Domain.Organisaatiot;
using Koski.Virkailija.Domain.Tiedonsiirto;
using Koski.Virkailija.Infrastructure.Istunnot;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using NpgsqlIndeksi = Microsoft.EntityFrameworkCore.NpgsqlIndexBuilderExtensions;
using SqlServerIndeksi = Microsoft.EntityFrameworkCore.SqlServerIndexBuilderExtensions;

namespace Koski.Virkailija.Infrastructure.Tietokanta;

/// <summary>
/// The one DbContext, used with SQLite, PostgreSQL or SQL Server. The model is the whole schema: tables, keys,
/// indexes (with their filters, included columns and collations); each provider's migrations are generated from it
/// with <c>dotnet ef</c> into <c>Migraatiot/{Sqlite,Postgres,SqlServer}</c> (<see cref="TarjoajanMigraatiot"/>).
/// Names are snake_case and the same as the hand-written migrations that created the existing databases gave them.
/// </summary>
public sealed class KoskiDbContext(DbContextOptions<KoskiDbContext> options)
    : DbContext(options), IKoskiDb, IDataProtectionKeyContext
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
    /// <summary>The data-protection key ring (table <c>suojausavain</c>), read and written by ASP.NET Core's own store.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<KaytettyNonce> KaytetytNoncet => Set<KaytettyNonce>();
    public DbSet<Istunto> Istunnot => Set<Istunto>();
    public DbSet<Kayttooikeusanomus> Kayttooikeusanomukset => Set<Kayttooikeusanomus>();
    public DbSet<KayttooikeusHistoria> KayttooikeusHistoria => Set<KayttooikeusHistoria>();
    public DbSet<Massaluovutus> Massaluovutukset => Set<Massaluovutus>();
    public DbSet<MassaluovutuksenTiedosto> MassaluovutuksenTiedostot => Set<MassaluovutuksenTiedosto>();
    public DbSet<Tiedonsiirtorivi> Tiedonsiirrot => Set<Tiedonsiirtorivi>();
    public DbSet<OppijoidenYhdistaminen> OppijoidenYhdistamiset => Set<OppijoidenYhdistaminen>();
    public DbSet<Kirjautumisyritys> Kirjautumisyritykset => Set<Kirjautumisyritys>();
    public DbSet<OppijoidenTuonti> OppijoidenTuonnit => Set<OppijoidenTuonti>();
    public DbSet<TuotuHenkilo> TuodutHenkilot => Set<TuotuHenkilo>();
    public DbSet<TuontiTunniste> TuontiTunnisteet => Set<TuontiTunniste>();

    /// <summary>
    /// At most this many inserts go to PostgreSQL without an explicit transaction: well inside one batch of EF Core's
    /// Npgsql provider (1 000 commands) and its parameter limit, so they are always sent as one batch.
    /// </summary>
    private const int LisayksiaIlmanTransaktiota = 100;

    /// <summary>A unique key lost to a concurrent writer surfaces as <see cref="YksiloivaAvainVarattu"/>, whatever the provider.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var automaattinen = Database.AutoTransactionBehavior;
        if (AtominenErana()) Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException && Tietokantavirheet.OnYksilollisyysrikkomus(e))
        {
            throw new YksiloivaAvainVarattu(e);
        }
        finally
        {
            Database.AutoTransactionBehavior = automaattinen;
        }
    }

    private bool? onNpgsql;

    // Asked on every save; IsNpgsql compares assembly names (AssemblyName objects) each time. A pooled context keeps its options.
    private bool OnNpgsql => onNpgsql ??= Database.IsNpgsql();

    /// <summary>
    /// Whether this save is only inserts that PostgreSQL runs all or nothing without EF Core's transaction: Npgsql sends
    /// one batch with one Sync, which the server runs as one implicit transaction (an error rolls back the earlier
    /// statements and skips the later ones). That saves the COMMIT round trip of every new transfer document. An update
    /// or delete keeps the transaction: EF Core learns of a lost concurrency token only after the batch, and rolls back.
    /// </summary>
    private bool AtominenErana()
    {
        if (!OnNpgsql || Database.AutoTransactionBehavior != AutoTransactionBehavior.WhenNeeded
            || Database.CurrentTransaction is not null || System.Transactions.Transaction.Current is not null)
            return false;
        var lisayksia = 0;
        foreach (var rivi in ChangeTracker.Entries())
        {
            if (rivi.State == EntityState.Unchanged) continue;
            if (rivi.State != EntityState.Added || ++lisayksia > LisayksiaIlmanTransaktiota) return false;
        }
        return lisayksia > 0;
    }

    /// <summary>The table's live rows at its last ANALYZE times the share of them not invalidated in its statistics.</summary>
    public async Task<double?> ArvioiOpiskeluoikeudetAsync(CancellationToken cancellationToken = default)
    {
        if (!Database.IsNpgsql()) return null;
        var arvio = await Database.SqlQueryRaw<double>("""
            SELECT (c.reltuples * COALESCE((SELECT s.most_common_freqs[array_position(s.most_common_vals::text::text[], 'f')]
                FROM pg_stats s WHERE s.schemaname = n.nspname AND s.tablename = c.relname AND s.attname = 'mitatoity'), 1))::float8 AS "Value"
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = 'opiskeluoikeus'::regclass
            """).ToListAsync(cancellationToken);
        return arvio is [> 0 and var rivit] ? rivit : null;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions) =>
        // Every index is declared below with the name the database has; none is added for a foreign key on its own.
        conventions.Conventions.Remove<ForeignKeyIndexConvention>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        var postgres = Database.IsNpgsql();
        var sqlServer = Database.IsSqlServer();
        model.Entity<Organisaatio>(e =>
        {
            e.ToTable("organisaatio");
            e.HasKey(o => o.Oid);
            e.Ignore(o => o.TyyppiLista);
            e.HasIndex(o => o.ParentOid, "ix_organisaatio_parent_oid");
        });
        model.Entity<Oppija>(e =>
        {
            e.ToTable("oppija");
            e.HasKey(o => o.Oid);
            e.HasIndex(o => o.Hetu, "ix_oppija_hetu").IsUnique();
            // A name search keeps its results in (hakunimi, oid) order and tests every word against the name: with
            // the oid in the index both come from the index alone.
            e.HasIndex(o => new { o.Hakunimi, o.Oid }, "ix_oppija_hakunimi");
            // The search reads its name ranges in code-point order: the name key compares by code point whatever
            // the database's locale (SQLite's default BINARY already does).
            if (postgres) e.Property(o => o.Hakunimi).UseCollation("C");
            if (sqlServer) e.Property(o => o.Hakunimi).UseCollation("Latin1_General_100_BIN2");
        });
        model.Entity<Opiskeluoikeus>(e =>
        {
            e.ToTable("opiskeluoikeus");
            e.HasKey(o => o.Oid);
            e.Property(o => o.Versionumero).IsConcurrencyToken();
            e.HasOne<Oppija>().WithMany().HasForeignKey(o => o.OppijaOid).HasConstraintName("fk_opiskeluoikeus_oppija");
            e.Ignore(o => o.TuliLahdejarjestelmasta);
            // The visibility rule's test for a learner's study rights is answered from this index alone where the
            // database can include columns (PostgreSQL, SQL Server); SQLite indexes the learner only.
            var nakyvyys = e.HasIndex(o => o.OppijaOid, "ix_opiskeluoikeus_oppija_nakyvyys");
            string[] nakyvyydenSarakkeet = ["Mitatoity", "OppilaitosOid", "SisaltavaOppilaitosOid", "OstajaOid", "Tyyppi"];
            if (postgres) NpgsqlIndeksi.IncludeProperties(nakyvyys, nakyvyydenSarakkeet);
            if (sqlServer) SqlServerIndeksi.IncludeProperties(nakyvyys, nakyvyydenSarakkeet);
            e.HasIndex(o => new { o.OppilaitosOid, o.Tyyppi }, "ix_opiskeluoikeus_oppilaitos_tyyppi");
            e.HasIndex(o => o.KoulutustoimijaOid, "ix_opiskeluoikeus_koulutustoimija_oid");
            e.HasIndex(o => new { o.Tyyppi, o.Tila }, "ix_opiskeluoikeus_tyyppi_tila");
            // SQLite counts a national list (up to Opiskelijamaara.Katto) from this index alone, by type or all of it
            // (the narrowest index with mitatoity): it has no included columns, and from the one above it read the
            // table for mitatoity of every row (44 000 perusopetus rows at 100 000). PostgreSQL estimates the whole
            // list and has mitatoity in the visibility index, as SQL Server does.
            if (!postgres && !sqlServer) e.HasIndex(o => new { o.Tyyppi, o.Mitatoity }, "ix_opiskeluoikeus_tyyppi_mitatoity");
            e.HasIndex(o => o.Alkamispaiva, "ix_opiskeluoikeus_alkamispaiva");
            e.HasIndex(o => o.Paattymispaiva, "ix_opiskeluoikeus_paattymispaiva");
            e.HasIndex(o => o.Lahdejarjestelma, "ix_opiskeluoikeus_lahdejarjestelma");
            e.HasIndex(o => new { o.OppilaitosOid, o.Luokka }, "ix_opiskeluoikeus_oppilaitos_luokka");
            // Empty on almost every row: indexed in full, SQLite's statistics judge the index useless. Only the rows
            // with a value are indexed, so the visibility rule's OR is three index searches.
            e.HasIndex(o => o.SisaltavaOppilaitosOid, "ix_opiskeluoikeus_sisaltava_oppilaitos_oid")
                .HasFilter("sisaltava_oppilaitos_oid IS NOT NULL");
            e.HasIndex(o => o.OstajaOid, "ix_opiskeluoikeus_ostaja_oid").HasFilter("ostaja_oid IS NOT NULL");
            // The student list: its count (by oppilaitos) comes from this index alone, and each oppilaitos's rows are
            // in name order in it (keyset on the learner's name and the oid), so a page of a few oppilaitokset reads
            // 25 entries of each (SQLite stops each IN value at the LIMIT); mitatoity last, as "NOT mitatoity" is no
            // equality an index prefix could use.
            e.HasIndex(o => new { o.OppilaitosOid, o.OppijanHakunimi, o.Oid, o.Mitatoity }, "ix_opiskeluoikeus_lista");
            // A page of many oppilaitokset (a koulutustoimija, OPH) walks the names in order and tests visibility
            // from the index's own columns where the database can include them.
            var nimijarjestys = e.HasIndex(o => new { o.OppijanHakunimi, o.Oid }, "ix_opiskeluoikeus_lista_nimi");
            if (postgres) NpgsqlIndeksi.IncludeProperties(nimijarjestys, nakyvyydenSarakkeet);
            if (sqlServer) SqlServerIndeksi.IncludeProperties(nimijarjestys, nakyvyydenSarakkeet);
            // A page sorted by type walks this index (then name and oid, the list's order) from the keyset position
            // and tests visibility from its own columns; the other sortable columns (dates, tila, luokka) are sorted
            // empty-first by COALESCE, which only an expression index serves: those are written by hand in the
            // migration OpiskelijalistanJarjestysindeksit for PostgreSQL and SQLite (SQL Server has none).
            var tyyppijarjestys = e.HasIndex(o => new { o.Tyyppi, o.OppijanHakunimi, o.Oid }, "ix_opiskeluoikeus_lista_tyyppi");
            string[] jarjestyksenSarakkeet = ["Mitatoity", "OppilaitosOid"];
            if (postgres) NpgsqlIndeksi.IncludeProperties(tyyppijarjestys, jarjestyksenSarakkeet);
            if (sqlServer) SqlServerIndeksi.IncludeProperties(tyyppijarjestys, jarjestyksenSarakkeet);
            // Sorted like oppija.hakunimi (by code point) whatever the database's locale.
            if (postgres) e.Property(o => o.OppijanHakunimi).UseCollation("C");
            if (sqlServer) e.Property(o => o.OppijanHakunimi).UseCollation("Latin1_General_100_BIN2");
        });
        model.Entity<OpiskeluoikeusVersio>(e =>
        {
            e.ToTable("opiskeluoikeus_versio");
            e.HasKey(v => v.Id);
            e.HasOne<Opiskeluoikeus>().WithMany().HasForeignKey(v => v.OpiskeluoikeusOid)
                .HasConstraintName("fk_opiskeluoikeus_versio_opiskeluoikeus");
            e.HasIndex(v => new { v.OpiskeluoikeusOid, v.Versionumero }, "ix_opiskeluoikeus_versio_oid_versio").IsUnique();
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
            e.Property(v => v.Kieli).HasMaxLength(2);
            e.HasIndex(v => v.Kayttajatunnus, "ix_virkailija_kayttajatunnus").IsUnique();
            e.HasIndex(v => v.Oid, "ix_virkailija_oid").IsUnique();
            e.HasIndex(v => v.OidcSubject, "ix_virkailija_oidc_subject").IsUnique();
        });
        model.Entity<Kayttooikeus>(e =>
        {
            e.ToTable("kayttooikeus");
            e.HasKey(k => k.Id);
            e.Property(k => k.Tila).HasConversion<string>();
            e.HasOne<Virkailijahenkilo>().WithMany().HasForeignKey(k => k.VirkailijaId).HasConstraintName("fk_kayttooikeus_virkailija");
            e.HasIndex(k => k.VirkailijaId, "ix_kayttooikeus_virkailija_id");
            e.HasIndex(k => k.OrganisaatioOid, "ix_kayttooikeus_organisaatio_oid");
            e.HasIndex(k => new { k.Tila, k.VoimassaAsti }, "ix_kayttooikeus_voimassa_asti");
            // Two concurrent saves cannot create the same valid grant twice.
            e.HasIndex(k => new { k.VirkailijaId, k.Ryhma, k.OrganisaatioOid }, "ux_kayttooikeus_voimassa").IsUnique()
                .HasFilter("tila IN ('MYONNETTY', 'UUSITTU')");
        });
        model.Entity<Palvelukayttaja>(e =>
        {
            e.ToTable("palvelukayttaja");
            e.HasKey(p => p.Id);
            e.HasIndex(p => p.Tunnus, "ix_palvelukayttaja_tunnus").IsUnique();
        });
        model.Entity<AuditLokiMerkinta>(e =>
        {
            e.ToTable("auditloki");
            e.HasKey(a => a.Id);
            e.HasIndex(a => a.OppijaOid, "ix_auditloki_oppija_oid");
            e.HasIndex(a => a.Aika, "ix_auditloki_aika");
        });
        model.Entity<DataProtectionKey>(e =>
        {
            // The table the app's own key store wrote before: the keys in it keep protecting existing cookies.
            e.ToTable("suojausavain");
            e.HasKey(a => a.Id);
            e.Property(a => a.Id).HasConversion<long>();
            e.Property(a => a.Xml).IsRequired();
        });
        model.Entity<KaytettyNonce>(e =>
        {
            e.ToTable("kaytetty_nonce");
            e.HasKey(n => n.Tiiviste);
            e.HasIndex(n => n.Vanhenee, "ix_kaytetty_nonce_vanhenee");
        });
        model.Entity<Massaluovutus>(e =>
        {
            e.ToTable("massaluovutus");
            e.HasKey(m => m.Id);
            e.Property(m => m.Tyyppi).HasMaxLength(64);
            e.Property(m => m.Muoto).HasMaxLength(128);
            e.Property(m => m.Tila).HasMaxLength(16);
            e.Property(m => m.Pyytaja).HasMaxLength(128);
            e.Property(m => m.Palvelukayttaja).HasMaxLength(128);
            e.Property(m => m.Tyontekija).HasMaxLength(128);
            // The workers' queue: the oldest pending query first; running ones are watched for a silent worker.
            e.HasIndex(m => new { m.Tila, m.Luotu }, "ix_massaluovutus_tila_luotu");
            e.HasIndex(m => m.Vanhenee, "ix_massaluovutus_vanhenee");
        });
        model.Entity<MassaluovutuksenTiedosto>(e =>
        {
            e.ToTable("massaluovutuksen_tiedosto");
            e.HasKey(t => t.Id);
            e.Property(t => t.Nimi).HasMaxLength(200);
            e.Property(t => t.Sisaltotyyppi).HasMaxLength(128);
            e.HasIndex(t => new { t.MassaluovutusId, t.Nimi }, "ix_massaluovutuksen_tiedosto_nimi").IsUnique();
            e.HasOne<Massaluovutus>().WithMany().HasForeignKey(t => t.MassaluovutusId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<Tiedonsiirtorivi>(e =>
        {
            e.ToTable("tiedonsiirto");
            e.HasKey(t => t.Id);
            e.Property(t => t.Id).HasMaxLength(200);
            e.Property(t => t.TallentajaOrganisaatioOid).HasMaxLength(64);
            e.Property(t => t.KayttajaOid).HasMaxLength(128);
            e.Property(t => t.Kayttajatunnus).HasMaxLength(128);
            e.Property(t => t.OppilaitosOid).HasMaxLength(64);
            e.Property(t => t.Koulutusmuoto).HasMaxLength(64);
            e.Property(t => t.Lahdejarjestelma).HasMaxLength(64);
            e.Property(t => t.OppijaOid).HasMaxLength(64);
            e.Property(t => t.Hetu).HasMaxLength(11);
            // The pages list an organisation's newest transfers first; retention deletes by age.
            e.HasIndex(t => new { t.TallentajaOrganisaatioOid, t.Aikaleima }, "ix_tiedonsiirto_tallentaja_aikaleima");
            e.HasIndex(t => new { t.OppilaitosOid, t.Aikaleima }, "ix_tiedonsiirto_oppilaitos_aikaleima");
            e.HasIndex(t => t.Aikaleima, "ix_tiedonsiirto_aikaleima");
        });
        model.Entity<Istunto>(e =>
        {
            e.ToTable("istunto");
            e.HasKey(i => i.Tiiviste);
            e.Property(i => i.Tiiviste).HasMaxLength(64);
            e.Property(i => i.Tunniste).HasMaxLength(64);
            e.HasIndex(i => i.Tunniste, "ix_istunto_tunniste");
            e.HasIndex(i => i.VirkailijaId, "ix_istunto_virkailija_id");
            e.HasIndex(i => i.Vanhenee, "ix_istunto_vanhenee");
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
            e.HasIndex(a => new { a.OrganisaatioOid, a.Tila }, "ix_kayttooikeusanomus_organisaatio_tila");
            e.HasIndex(a => a.VirkailijaId, "ix_kayttooikeusanomus_virkailija_id");
            // One open application per official, group and organisation, even from two concurrent saves.
            e.HasIndex(a => new { a.VirkailijaId, a.Ryhma, a.OrganisaatioOid }, "ux_kayttooikeusanomus_avoin").IsUnique()
                .HasFilter("tila = 'ANOTTU'");
        });
        model.Entity<KayttooikeusHistoria>(e =>
        {
            e.ToTable("kayttooikeus_historia");
            e.HasKey(h => h.Id);
            e.Property(h => h.Tila).HasConversion<string>();
            e.HasOne<Virkailijahenkilo>().WithMany().HasForeignKey(h => h.VirkailijaId).HasConstraintName("fk_kayttooikeus_historia_virkailija");
            e.HasOne<Kayttooikeus>().WithMany().HasForeignKey(h => h.KayttooikeusId).HasConstraintName("fk_kayttooikeus_historia_kayttooikeus");
            e.HasOne<Kayttooikeusanomus>().WithMany().HasForeignKey(h => h.AnomusId).HasConstraintName("fk_kayttooikeus_historia_anomus");
            e.HasIndex(h => h.VirkailijaId, "ix_kayttooikeus_historia_virkailija_id");
        });
        model.Entity<OppijoidenYhdistaminen>(e =>
        {
            e.ToTable("oppijoiden_yhdistaminen");
            e.HasKey(y => y.Id);
            e.Property(y => y.Tapa).HasConversion<string>().HasMaxLength(16);
            e.Property(y => y.AnnettuHetu).HasMaxLength(11);
            e.Property(y => y.Tekija).HasMaxLength(128);
            e.Property(y => y.Purkaja).HasMaxLength(128);
            e.HasIndex(y => y.OppijaOid, "ix_oppijoiden_yhdistaminen_oppija_oid");
            e.HasIndex(y => y.MasterOid, "ix_oppijoiden_yhdistaminen_master_oid");
        });
        // Learners without hetu: the slave records of a master, the learners an organisation created.
        model.Entity<Oppija>(e =>
        {
            e.HasIndex(o => o.LinkitettyOid, "ix_oppija_linkitetty_oid");
            e.HasIndex(o => o.LuojaOrganisaatioOid, "ix_oppija_luoja_organisaatio_oid");
            e.Property(o => o.Sukupuoli).HasMaxLength(8);
            e.Property(o => o.Kansalaisuus).HasMaxLength(8);
            e.Property(o => o.Aidinkieli).HasMaxLength(8);
        });
        model.Entity<Kirjautumisyritys>(e =>
        {
            e.ToTable("kirjautumisyritys");
            e.HasKey(k => k.Avain);
            e.Property(k => k.Avain).HasMaxLength(64);
            e.HasIndex(k => k.Loppuu, "ix_kirjautumisyritys_loppuu");
        });
        // Learner batches (oppijoiden tuonti): the workers' queue, a batch's learners in order, a tunniste's person.
        model.Entity<OppijoidenTuonti>(e =>
        {
            e.ToTable("oppijoiden_tuonti");
            e.HasKey(t => t.Id);
            e.Property(t => t.Palvelukayttaja).HasMaxLength(128);
            e.Property(t => t.Tila).HasMaxLength(16);
            e.Property(t => t.Tyontekija).HasMaxLength(128);
            e.HasIndex(t => new { t.Tila, t.Luotu }, "ix_oppijoiden_tuonti_tila_luotu");
            e.HasIndex(t => new { t.OrganisaatioOid, t.Luotu }, "ix_oppijoiden_tuonti_organisaatio_luotu");
        });
        model.Entity<TuotuHenkilo>(e =>
        {
            e.ToTable("tuotu_henkilo");
            e.HasKey(h => h.Id);
            e.Property(h => h.Tunniste).HasMaxLength(128);
            e.Property(h => h.Tulos).HasMaxLength(16);
            e.Property(h => h.VirheAvain).HasMaxLength(128);
            e.HasOne<OppijoidenTuonti>().WithMany().HasForeignKey(h => h.TuontiId).HasConstraintName("fk_tuotu_henkilo_tuonti");
            e.HasIndex(h => new { h.TuontiId, h.Jarjestys }, "ix_tuotu_henkilo_tuonti_jarjestys").IsUnique();
        });
        model.Entity<TuontiTunniste>(e =>
        {
            e.ToTable("tuonti_tunniste");
            e.HasKey(t => new { t.OrganisaatioOid, t.Tunniste });
            e.Property(t => t.Tunniste).HasMaxLength(128);
        });
        SnakeCase.Apply(model);
        model.Entity<DataProtectionKey>().Property(a => a.FriendlyName).HasColumnName("nimi");
        foreach (var entity in model.Model.GetEntityTypes())
        {
            entity.FindPrimaryKey()!.SetName("pk_" + entity.GetTableName());
            // Nothing is deleted through a reference: the database refuses instead of cascading.
            foreach (var viite in entity.GetForeignKeys()) viite.DeleteBehavior = DeleteBehavior.NoAction;
            if (!sqlServer) continue;
            // SQL Server indexes at most 1 700 bytes of key: an OID column is nvarchar(100), not nvarchar(450).
            foreach (var sarake in entity.GetProperties().Where(p => p.ClrType == typeof(string)
                         && (p.GetColumnName() == "oid" || p.GetColumnName().EndsWith("_oid", StringComparison.Ordinal))))
                sarake.SetMaxLength(100);
        }
    }
}
