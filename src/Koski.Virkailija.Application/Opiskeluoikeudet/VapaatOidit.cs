using System.Collections.Concurrent;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Koski.Virkailija.Domain.Oppijat;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Koski.Virkailija.Application.Opiskeluoikeudet;

/// <summary>
/// New OIDs for study rights and learners: random 11-digit numbers not yet used in the database or in the open
/// unit of work. Random rather than max + 1, so that two concurrent saves do not pick the same number.
/// </summary>
public static class VapaatOidit
{
    private const long Pienin = 10_000_000_000;
    private const long SuurinPlusYksi = 100_000_000_000;

    public static async Task<string> OpiskeluoikeusAsync(IKoskiDb db, CancellationToken ct = default) =>
        (await VaraaAsync(db, 0, 1, ct)).Opiskeluoikeudet[0];

    public static async Task<string> HenkiloAsync(IKoskiDb db, CancellationToken ct = default) =>
        (await VaraaAsync(db, 1, 0, ct)).Henkilot[0];

    /// <summary>
    /// As many free henkilö and study-right OIDs as asked, checked against the database in one query (one round trip
    /// for a whole transfer document instead of one per OID).
    /// </summary>
    public static async Task<(IReadOnlyList<string> Henkilot, IReadOnlyList<string> Opiskeluoikeudet)> VaraaAsync(IKoskiDb db,
        int henkiloita, int opiskeluoikeuksia, CancellationToken ct = default)
    {
        while (true)
        {
            var (henkilot, opiskeluoikeudet) = ArvoEhdokkaat(db, henkiloita, opiskeluoikeuksia);
            var konteksti = (DbContext)db;
            var kaytossa = Kaytossa.GetOrAdd(konteksti.Model, _ => KaannaKaytossa());
            if (!await kaytossa(konteksti, henkilot, opiskeluoikeudet, ct)) return (henkilot, opiskeluoikeudet);
        }
    }

    /// <summary>
    /// As <see cref="VaraaAsync"/>, and in the same query the learner with <paramref name="hetu"/> (its master's oid, as
    /// <see cref="Henkilot.Oppijanumerot.HetullaAsync"/> reads it): a transfer document asks both before anything
    /// else, so one round trip instead of two.
    /// </summary>
    public static async Task<(string? HetunOid, IReadOnlyList<string> Henkilot, IReadOnlyList<string> Opiskeluoikeudet)> VaraaHetullaAsync(
        IKoskiDb db, string hetu, int henkiloita, int opiskeluoikeuksia, CancellationToken ct = default)
    {
        while (true)
        {
            var (henkilot, opiskeluoikeudet) = ArvoEhdokkaat(db, henkiloita, opiskeluoikeuksia);
            var konteksti = (DbContext)db;
            var kysely = HetullaJaKaytossa.GetOrAdd(konteksti.Model, _ => KaannaHetullaJaKaytossa());
            var rivit = new List<string>();
            await foreach (var oid in kysely(konteksti, hetu, henkilot, opiskeluoikeudet).WithCancellation(ct)) rivit.Add(oid);
            // A row that is one of the candidates means it is taken (even when it is the hetu's learner): draw again.
            // Otherwise the only row, if any, is the hetu's learner (hetu is unique).
            if (rivit.Any(r => henkilot.Contains(r) || opiskeluoikeudet.Contains(r))) continue;
            return (rivit.FirstOrDefault(), henkilot, opiskeluoikeudet);
        }
    }

    public static async Task<bool> OpiskeluoikeusOnKaytossaAsync(IKoskiDb db, string oid, CancellationToken ct = default) =>
        db.Opiskeluoikeudet.Local.Any(o => o.Oid == oid) || await db.Opiskeluoikeudet.AnyAsync(o => o.Oid == oid, ct);

    /// <summary>
    /// Whether any of the OIDs is taken, compiled once per model (provider): every saved document asks this, and
    /// building and matching the LINQ tree cost more than the query's own work. IKoskiDb is the DbContext itself.
    /// </summary>
    private static readonly ConcurrentDictionary<IModel, Func<DbContext, List<string>, List<string>, CancellationToken, Task<bool>>> Kaytossa = new();

    // Officials and learners share the henkilö OID space of the oppijanumerorekisteri.
    private static Func<DbContext, List<string>, List<string>, CancellationToken, Task<bool>> KaannaKaytossa() =>
        EF.CompileAsyncQuery((DbContext db, List<string> henkilot, List<string> opiskeluoikeudet, CancellationToken ct) =>
            db.Set<Oppija>().Where(o => henkilot.Contains(o.Oid)).Select(o => o.Oid)
                .Concat(db.Set<Virkailijahenkilo>().Where(v => henkilot.Contains(v.Oid)).Select(v => v.Oid))
                .Concat(db.Set<Opiskeluoikeus>().Where(o => opiskeluoikeudet.Contains(o.Oid)).Select(o => o.Oid))
                .Any());

    private static readonly ConcurrentDictionary<IModel, Func<DbContext, string, List<string>, List<string>, IAsyncEnumerable<string>>> HetullaJaKaytossa = new();

    private static Func<DbContext, string, List<string>, List<string>, IAsyncEnumerable<string>> KaannaHetullaJaKaytossa() =>
        EF.CompileAsyncQuery((DbContext db, string hetu, List<string> henkilot, List<string> opiskeluoikeudet) =>
            db.Set<Oppija>().Where(o => o.Hetu == hetu).Select(o => o.LinkitettyOid ?? o.Oid)
                .Concat(db.Set<Oppija>().Where(o => henkilot.Contains(o.Oid)).Select(o => o.Oid))
                .Concat(db.Set<Virkailijahenkilo>().Where(v => henkilot.Contains(v.Oid)).Select(v => v.Oid))
                .Concat(db.Set<Opiskeluoikeus>().Where(o => opiskeluoikeudet.Contains(o.Oid)).Select(o => o.Oid)));

    /// <summary>Random OIDs none of which this unit of work has already taken; the database is asked after.</summary>
    private static (List<string> Henkilot, List<string> Opiskeluoikeudet) ArvoEhdokkaat(IKoskiDb db, int henkiloita, int opiskeluoikeuksia)
    {
        while (true)
        {
            var henkilot = Arvo(henkiloita, Oidit.Henkilo);
            var opiskeluoikeudet = Arvo(opiskeluoikeuksia, Oidit.Opiskeluoikeus);
            if (!henkilot.Any(h => db.Oppijat.Local.Any(o => o.Oid == h))
                && !opiskeluoikeudet.Any(oid => db.Opiskeluoikeudet.Local.Any(o => o.Oid == oid)))
                return (henkilot, opiskeluoikeudet);
        }
    }

    private static List<string> Arvo(int maara, Func<long, string> oid)
    {
        var arvotut = new HashSet<string>();
        while (arvotut.Count < maara) arvotut.Add(oid(Random.Shared.NextInt64(Pienin, SuurinPlusYksi)));
        return [.. arvotut];
    }
}
