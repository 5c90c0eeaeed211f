namespace Koski.Virkailija.Web;

/// <summary>
/// Serves the Blazor client script that the build embedded (see build/BlazorClientScript.targets).
/// With the official .NET 10 asset package (-p:UseOfficialBlazorAssets=true) the framework serves it instead.
/// </summary>
public static class BlazorClientScript
{
    public const string Path = "/_framework/blazor.web.js";

    public static IEndpointRouteBuilder MapBlazorClientScript(this IEndpointRouteBuilder endpoints)
    {
#if EMBEDDED_BLAZOR_SCRIPT
        var script = Lue();
        endpoints.MapGet(Path, (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "no-cache";
            return Results.Bytes(script, "text/javascript");
        }).AllowAnonymous();
#endif
        return endpoints;
    }

    private static byte[] Lue()
    {
        using var stream = typeof(BlazorClientScript).Assembly.GetManifestResourceStream("blazor.web.js")
            ?? throw new InvalidOperationException("blazor.web.js is not embedded: build the web project.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
