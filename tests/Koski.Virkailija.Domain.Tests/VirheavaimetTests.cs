using System.Text.RegularExpressions;
using Koski.Virkailija.Testaus;

namespace Koski.Virkailija.Domain.Tests;

/// <summary>
/// Every error key the app answers with is one of KOSKI's (data/koski/virheavaimet/koski-avaimet.txt, extracted from
/// KOSKI's KoskiErrorCategory.scala): a client that handles KOSKI's keys handles ours.
/// </summary>
public sealed partial class VirheavaimetTests
{
    private static readonly HashSet<string> KoskenAvaimet = File.ReadLines(Jaettu.Virheavaimet)
        .Select(r => r.Trim()).Where(r => r.Length > 0 && !r.StartsWith('#')).ToHashSet(StringComparer.Ordinal);

    /// <summary>A string literal that is a key of one of KOSKI's top-level categories, e.g. "badRequest.validation.date".</summary>
    [GeneratedRegex(@"""((?:ok|badRequest|unauthorized|forbidden|notFound|conflict|unsupportedMediaType|internalError|notImplemented|badGateway|unavailable)(?:\.[\p{L}\p{N}_]+)*)""")]
    private static partial Regex Avainliteraali();

    [Fact]
    public void Luettelossa_on_KOSKIn_avaimet()
    {
        Assert.True(KoskenAvaimet.Count > 250, $"{KoskenAvaimet.Count} avainta");
        Assert.Contains("badRequest.validation.tila.montaPäättävääTilaa", KoskenAvaimet);
        Assert.Contains("badRequest.validation.henkilötiedot.puutteelliset", KoskenAvaimet);
        Assert.Contains("conflict.exists", KoskenAvaimet);
        // Categories with subcategories only when KOSKI answers with them by themselves.
        Assert.Contains("badRequest.validation.date", KoskenAvaimet);
        Assert.DoesNotContain("badRequest.validation.henkilötiedot", KoskenAvaimet);
        Assert.DoesNotContain("badRequest.validation.tila", KoskenAvaimet);
    }

    [Fact]
    public void Jokainen_lahdekoodin_virheavain_on_KOSKIn_avain()
    {
        var lahteet = Directory.EnumerateFiles(Path.Combine(Jaettu.RepoJuuri, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var loydetyt = lahteet
            .SelectMany(f => Avainliteraali().Matches(File.ReadAllText(f))
                .Select(m => (Tiedosto: Path.GetRelativePath(Jaettu.RepoJuuri, f), Avain: m.Groups[1].Value)))
            .ToList();

        Assert.Contains(loydetyt, l => l.Avain == "conflict.exists");
        var vieraat = loydetyt.Where(l => !KoskenAvaimet.Contains(l.Avain)).Select(l => $"{l.Tiedosto}: {l.Avain}").Distinct().ToList();
        Assert.True(vieraat.Count == 0, "Ei KOSKIn avaimia:\n" + string.Join("\n", vieraat));
    }
}
