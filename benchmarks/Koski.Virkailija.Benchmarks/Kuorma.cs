namespace Koski.Virkailija.Benchmarks;

/// <summary>
/// The machine's load average, printed with every figure: the benchmark shares two cores with other work, so a
/// figure means little without it.
/// </summary>
public static class Kuorma
{
    public static string Nyt() =>
        File.Exists("/proc/loadavg") ? "kuorma " + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "";

    /// <summary>The whole machine's CPU time so far (/proc/stat), busy and idle apart (iowait counts as idle).</summary>
    public static (TimeSpan Kiireinen, TimeSpan Joutilas) Suoritin()
    {
        if (!File.Exists("/proc/stat")) return default;
        var luvut = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(long.Parse).ToArray();
        var joutilas = luvut[3] + luvut[4];
        // /proc/stat counts in USER_HZ, 100 per second on Linux.
        return (TimeSpan.FromMilliseconds((luvut.Take(8).Sum() - joutilas) * 10.0), TimeSpan.FromMilliseconds(joutilas * 10.0));
    }

    /// <summary>How many cores the whole machine kept busy between two <see cref="Suoritin"/> readings.</summary>
    public static string Kaytossa((TimeSpan Kiireinen, TimeSpan Joutilas) alku, TimeSpan kesto) =>
        $"kone {(Suoritin().Kiireinen - alku.Kiireinen).TotalSeconds / kesto.TotalSeconds:0.00}/{Environment.ProcessorCount} ydintä käytössä";
}
