using System.Net;

namespace Koski.Virkailija.Web.Tests.Kirjautuminen;

/// <summary>
/// The language switch changes a stored setting, so it is a POST with the antiforgery token (a GET link or a form from
/// another site changes nothing) and it returns only to a local path.
/// </summary>
public sealed class KielivalintaTests
{
    [Fact]
    public async Task Kieli_vaihtuu_vain_lomakkeella_jossa_on_antiforgery_token_ja_palaa_vain_omalle_sivulle()
    {
        await using var palvelin = await TestiPalvelin.KaynnistaAsync();

        // The old GET link no longer switches anything.
        Assert.NotEqual(HttpStatusCode.Redirect, (await palvelin.GetAsync("/kieli/sv?paluu=/oppijat")).StatusCode);
        Assert.DoesNotContain(".AspNetCore.Culture", palvelin.Evasteet.Keys);

        // Without the token: refused, no cookie.
        var ilman = await palvelin.PostAsync("/kieli", new() { ["koodi"] = "sv", ["paluu"] = "/oppijat" });
        Assert.Equal(HttpStatusCode.BadRequest, ilman.StatusCode);
        Assert.DoesNotContain(".AspNetCore.Culture", palvelin.Evasteet.Keys);

        // With it: the cookie and back to the page.
        var token = await palvelin.AntiforgeryTokenAsync("/kirjaudu");
        var vaihto = await palvelin.PostAsync("/kieli", new() { ["koodi"] = "sv", ["paluu"] = "/kirjaudu?x=1", ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.Redirect, vaihto.StatusCode);
        Assert.Equal("/kirjaudu?x=1", vaihto.Headers.Location!.OriginalString);
        Assert.Contains("sv", WebUtility.UrlDecode(palvelin.Evasteet[".AspNetCore.Culture"]), StringComparison.Ordinal);
        var sivu = await (await palvelin.GetAsync("/kirjaudu")).Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"sv\"", sivu, StringComparison.Ordinal);

        // Another site's address is not followed.
        token = await palvelin.AntiforgeryTokenAsync("/kirjaudu");
        var ulos = await palvelin.PostAsync("/kieli", new() { ["koodi"] = "fi", ["paluu"] = "//pahis.example/", ["__RequestVerificationToken"] = token });
        Assert.Equal("/", ulos.Headers.Location!.OriginalString);

        // An unknown language: 404.
        token = await palvelin.AntiforgeryTokenAsync("/kirjaudu");
        Assert.Equal(HttpStatusCode.NotFound,
            (await palvelin.PostAsync("/kieli", new() { ["koodi"] = "xx", ["__RequestVerificationToken"] = token })).StatusCode);
    }
}
