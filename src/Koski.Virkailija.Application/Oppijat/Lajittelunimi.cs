using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Koski.Virkailija.Domain.Oppijat;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Koski.Virkailija.Application.Oppijat;

/// <summary>
/// The one place that keeps <see cref="Opiskeluoikeus.OppijanHakunimi"/> equal to its learner's
/// <see cref="Oppija.Hakunimi"/>: on every SaveChanges, a study right added or moved to another learner takes the
/// learner's name, and a learner whose name changed passes it to each of its study rights, in the same save. Being an
/// EF Core interceptor, it sees every writer (transfers, the UI's entry, learner linking, demo data) without each
/// having to remember it. Bulk writes that bypass SaveChanges (the benchmark's COPY) set the column themselves.
/// </summary>
public sealed class Lajittelunimi : SaveChangesInterceptor
{
    public static readonly Lajittelunimi Sieppaaja = new();

    private Lajittelunimi() { }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db) PaivitaAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db) await PaivitaAsync(db, cancellationToken);
        return result;
    }

    private static async Task PaivitaAsync(DbContext db, CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        // Detected once here: each Entries() below would detect again over every tracked entity, and nothing changes
        // the entities in between (LoadAsync only adds unchanged ones).
        var havaitse = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await PaivitaNimetAsync(db, ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = havaitse;
        }
        // Picked up even by a context that does not detect changes on its own.
        db.ChangeTracker.DetectChanges();
    }

    private static async Task PaivitaNimetAsync(DbContext db, CancellationToken ct)
    {
        // Learners renamed in this save: their study rights follow (a learner has a handful, loaded into this save).
        var uudetNimet = db.ChangeTracker.Entries<Oppija>()
            .Where(e => e.State == EntityState.Modified && e.Property(o => o.Hakunimi).IsModified)
            .ToDictionary(e => e.Entity.Oid, e => e.Entity.Hakunimi, StringComparer.Ordinal);
        if (uudetNimet.Count > 0)
        {
            var oidit = uudetNimet.Keys.ToList();
            await db.Set<Opiskeluoikeus>().Where(o => oidit.Contains(o.OppijaOid)).LoadAsync(ct);
        }

        var paivitettavat = db.ChangeTracker.Entries<Opiskeluoikeus>()
            .Where(e => e.State == EntityState.Added
                        || (e.State == EntityState.Modified && e.Property(o => o.OppijaOid).IsModified)
                        || (e.State is EntityState.Modified or EntityState.Unchanged && uudetNimet.ContainsKey(e.Entity.OppijaOid)))
            .Select(e => e.Entity).ToList();
        if (paivitettavat.Count == 0) return;

        // The learner's name from this save when it is tracked (a learner created with its first study right), else from the database.
        var nimet = db.ChangeTracker.Entries<Oppija>().Where(e => e.State != EntityState.Deleted)
            .ToDictionary(e => e.Entity.Oid, e => e.Entity.Hakunimi, StringComparer.Ordinal);
        var puuttuvat = paivitettavat.Select(o => o.OppijaOid).Where(oid => !nimet.ContainsKey(oid)).Distinct().ToList();
        if (puuttuvat.Count > 0)
        {
            foreach (var rivi in await db.Set<Oppija>().AsNoTracking().Where(h => puuttuvat.Contains(h.Oid))
                         .Select(h => new { h.Oid, h.Hakunimi }).ToListAsync(ct))
                nimet[rivi.Oid] = rivi.Hakunimi;
        }
        foreach (var oikeus in paivitettavat)
        {
            if (nimet.TryGetValue(oikeus.OppijaOid, out var nimi) && oikeus.OppijanHakunimi != nimi)
                oikeus.OppijanHakunimi = nimi;
        }
    }
}
