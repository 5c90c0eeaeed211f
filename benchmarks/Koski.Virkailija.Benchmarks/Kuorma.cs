namespace Koski.Virkailija.Benchmarks;

/// <summary>
/// The machine's load average, printed with every figure: the benchmark shares two cores with other work, so a
/// figure means little without it.
/// </summary>
public static class Kuorma
{
    public static string Nyt() =>
        File.Exists("/proc/loadavg") ? "kuorma " + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "";
}
