using Koski.Virkailija.Application.Tietokanta;

namespace Koski.Virkailija.Application.Opiskeluoikeudet;

/// <summary>
/// The new OIDs of one unit of work: the first one asked for reserves, in one query, also the study-right OIDs the
/// caller expects to need (<see cref="VapaatOidit.VaraaAsync"/>); more are fetched when the guess was too small.
/// </summary>
public sealed class Oidivaraus(IKoskiDb db, int opiskeluoikeuksiaOdotetaan)
{
    private readonly Queue<string> henkilot = new();
    private readonly Queue<string> opiskeluoikeudet = new();
    private int odotetaan = opiskeluoikeuksiaOdotetaan;

    public async Task<string> HenkiloAsync(CancellationToken ct = default)
    {
        if (henkilot.Count == 0) await VaraaAsync(1, ct);
        return henkilot.Dequeue();
    }

    public async Task<string> OpiskeluoikeusAsync(CancellationToken ct = default)
    {
        if (opiskeluoikeudet.Count == 0) await VaraaAsync(0, ct);
        odotetaan--;
        return opiskeluoikeudet.Dequeue();
    }

    /// <summary>
    /// The master oid of the learner with <paramref name="hetu"/> (null when none), read in the same query that
    /// reserves a henkilö OID (for a learner to be created) and the study-right OIDs expected.
    /// </summary>
    public async Task<string?> HetullaAsync(string hetu, CancellationToken ct = default)
    {
        var uudet = await VapaatOidit.VaraaHetullaAsync(db, hetu, 1, Math.Max(odotetaan - opiskeluoikeudet.Count, 0), ct);
        foreach (var oid in uudet.Henkilot) henkilot.Enqueue(oid);
        foreach (var oid in uudet.Opiskeluoikeudet) opiskeluoikeudet.Enqueue(oid);
        return uudet.HetunOid;
    }

    private async Task VaraaAsync(int henkiloita, CancellationToken ct)
    {
        var uudet = await VapaatOidit.VaraaAsync(db, henkiloita, Math.Max(odotetaan - opiskeluoikeudet.Count, henkiloita == 0 ? 1 : 0), ct);
        foreach (var oid in uudet.Henkilot) henkilot.Enqueue(oid);
        foreach (var oid in uudet.Opiskeluoikeudet) opiskeluoikeudet.Enqueue(oid);
    }
}
