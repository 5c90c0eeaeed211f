using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Koski.Virkailija.EndToEnd.Tests;

/// <summary>
/// axe-core (bundled with Deque.AxeCore.Playwright) run on the page as it stands: a serious or critical violation of
/// WCAG 2.1 A/AA or best practice fails the test with the rule, the element and axe's help text.
/// </summary>
public static class Saavutettavuus
{
    private static readonly string[] Vakavat = ["serious", "critical"];

    public static async Task TarkistaSaavutettavuusAsync(this IPage sivu)
    {
        // A snackbar or dialog still fading in is half transparent: axe would measure the contrast of a passing frame
        // (endless animations, such as a spinner, are not waited for).
        await sivu.WaitForFunctionAsync("() => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity)");
        var tulos = await sivu.RunAxe();
        var vakavat = tulos.Violations.Where(v => Vakavat.Contains(v.Impact)).ToList();
        if (vakavat.Count == 0) return;
        var kuvaus = string.Join("\n", vakavat.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help}\n  " + string.Join("\n  ", v.Nodes.Take(5).Select(n => $"{n.Target} {n.Html}"))));
        throw new Xunit.Sdk.XunitException($"axe-core, {sivu.Url}:\n{kuvaus}");
    }
}
