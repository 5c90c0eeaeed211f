using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain;
using Microsoft.EntityFrameworkCore;

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
            var henkilot = Arvo(henkiloita, Oidit.Henkilo);
            var opiskeluoikeudet = Arvo(opiskeluoikeuksia, Oidit.Opiskeluoikeus);
            if (henkilot.Any(h => db.Oppijat.Local.Any(o => o.Oid == h))
                || opiskeluoikeudet.Any(oid => db.Opiskeluoikeudet.Local.Any(o => o.Oid == oid)))
                continue;
            // Officials and learners share the henkilö OID space of the oppijanumerorekisteri.
            var kaytossa = await db.Oppijat.Where(o => henkilot.Contains(o.Oid)).Select(o => o.Oid)
                .Concat(db.Virkailijat.Where(v => henkilot.Contains(v.Oid)).Select(v => v.Oid))
                .Concat(db.Opiskeluoikeudet.Where(o => opiskeluoikeudet.Contains(o.Oid)).Select(o => o.Oid))
                .AnyAsync(ct);
            if (!kaytossa) return (henkilot, opiskeluoikeudet);
        }
    }

    public static async Task<bool> OpiskeluoikeusOnKaytossaAsync(IKoskiDb db, string oid, CancellationToken ct = default) =>
        db.Opiskeluoikeudet.Local.Any(o => o.Oid == oid) || await db.Opiskeluoikeudet.AnyAsync(o => o.Oid == oid, ct);

    private static List<string> Arvo(int maara, Func<long, string> oid)
    {
        var arvotut = new HashSet<string>();
        while (arvotut.Count < maara) arvotut.Add(oid(Random.Shared.NextInt64(Pienin, SuurinPlusYksi)));
        return [.. arvotut];
    }
}
