using System.Collections.Concurrent;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Koodistot;
using Microsoft.EntityFrameworkCore;
using Validointi = Koski.Virkailija.Domain.Validointi;

namespace Koski.Virkailija.Application.Koodistot;

/// <summary>
/// Names of code values for pages, and the values themselves for validation. Each koodisto is read from the database
/// once and kept in memory until the next import; safe to share between threads.
/// </summary>
public sealed class Koodistot(IKoskiDbFactory tietokanta)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<IReadOnlyDictionary<string, Koodi>>>> _koodistot =
        new(StringComparer.Ordinal);

    private Lazy<Task<Validointi.Koodiluettelot>>? _luettelot;

    /// <summary>The code's Finnish name (or another language's when Finnish is missing); the code value itself when unknown.</summary>
    public async Task<string> NimiAsync(string koodistoUri, string koodiarvo, CancellationToken ct = default) =>
        (await KoodistoAsync(koodistoUri, ct)).TryGetValue(koodiarvo, out var koodi) ? koodi.Nimi : koodiarvo;

    /// <summary>
    /// The code's name for a page in <paramref name="kieli"/> ("fi" or "sv"; another language's name when that one is
    /// missing); the code value itself when unknown. Pages show codes only through this, never the bare value.
    /// </summary>
    public async Task<string> NimiAsync(string koodistoUri, string koodiarvo, string kieli, CancellationToken ct = default) =>
        (await KoodistoAsync(koodistoUri, ct)).TryGetValue(koodiarvo, out var koodi)
            ? (kieli == "sv" ? koodi.NimiSv ?? koodi.Nimi : koodi.Nimi)
            : koodiarvo;

    /// <summary>The codes of one koodisto by value; empty for an unknown koodisto.</summary>
    public async Task<IReadOnlyDictionary<string, Koodi>> KoodistoAsync(string koodistoUri, CancellationToken ct = default)
    {
        var lataus = _koodistot.GetOrAdd(koodistoUri, uri => new(() => LataaAsync(uri)));
        try
        {
            // The shared load is not tied to one caller's cancellation; a caller only stops waiting for it.
            return await lataus.Value.WaitAsync(ct);
        }
        catch when (lataus.Value.IsFaulted)
        {
            _koodistot.TryRemove(new(koodistoUri, lataus));
            throw;
        }
    }

    /// <summary>
    /// Every imported list's values, for validation: read in one query on first use (a save then costs no round trip
    /// for its codes) and kept until the next import.
    /// </summary>
    public async Task<Validointi.Koodiluettelot> LuettelotAsync(CancellationToken ct = default)
    {
        var lataus = LazyInitializer.EnsureInitialized(ref _luettelot, () => new(LataaLuettelotAsync));
        try
        {
            return await lataus.Value.WaitAsync(ct);
        }
        catch when (lataus.Value.IsFaulted)
        {
            Interlocked.CompareExchange(ref _luettelot, null, lataus);
            throw;
        }
    }

    public void Tyhjenna()
    {
        _koodistot.Clear();
        _luettelot = null;
    }

    private async Task<IReadOnlyDictionary<string, Koodi>> LataaAsync(string koodistoUri)
    {
        await using var db = await tietokanta.AvaaAsync();
        var koodit = await db.Koodit.AsNoTracking().Where(k => k.KoodistoUri == koodistoUri).ToListAsync();
        return koodit.ToDictionary(k => k.Koodiarvo, StringComparer.Ordinal);
    }

    private async Task<Validointi.Koodiluettelot> LataaLuettelotAsync()
    {
        await using var db = await tietokanta.AvaaAsync();
        var koodit = await db.Koodit.AsNoTracking().Select(k => new { k.KoodistoUri, k.Koodiarvo }).ToListAsync();
        return new(koodit.GroupBy(k => k.KoodistoUri, StringComparer.Ordinal).ToDictionary(g => g.Key,
            g => (IReadOnlySet<string>)g.Select(k => k.Koodiarvo).ToHashSet(StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal));
    }
}
