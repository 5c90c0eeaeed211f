using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Opiskeluoikeudet;

/// <summary>
/// New OIDs for study rights and learners: a random 11-digit number not yet used in the database or in the open
/// unit of work. Random rather than max + 1, so that two concurrent saves do not pick the same number.
/// </summary>
public static class VapaatOidit
{
    private const long Pienin = 10_000_000_000;
    private const long SuurinPlusYksi = 100_000_000_000;

    public static async Task<string> OpiskeluoikeusAsync(IKoskiDb db, CancellationToken ct = default)
    {
        while (true)
        {
            var oid = Oidit.Opiskeluoikeus(Random.Shared.NextInt64(Pienin, SuurinPlusYksi));
            if (!await OpiskeluoikeusOnKaytossaAsync(db, oid, ct)) return oid;
        }
    }

    public static async Task<string> HenkiloAsync(IKoskiDb db, CancellationToken ct = default)
    {
        while (true)
        {
            var oid = Oidit.Henkilo(Random.Shared.NextInt64(Pienin, SuurinPlusYksi));
            // Officials and learners share the henkilö OID space of the oppijanumerorekisteri.
            var kaytossa = db.Oppijat.Local.Any(o => o.Oid == oid)
                           || await db.Oppijat.AnyAsync(o => o.Oid == oid, ct)
                           || await db.Virkailijat.AnyAsync(v => v.Oid == oid, ct);
            if (!kaytossa) return oid;
        }
    }

    public static async Task<bool> OpiskeluoikeusOnKaytossaAsync(IKoskiDb db, string oid, CancellationToken ct = default) =>
        db.Opiskeluoikeudet.Local.Any(o => o.Oid == oid) || await db.Opiskeluoikeudet.AnyAsync(o => o.Oid == oid, ct);
}
