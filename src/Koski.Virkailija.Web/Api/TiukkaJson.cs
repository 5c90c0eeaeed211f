using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Koski.Virkailija.Application.Tiedonsiirto;

namespace Koski.Virkailija.Web.Api;

/// <summary>
/// Reads a request body as JSON strictly: valid UTF-8 throughout, no property twice in one object, nesting no deeper
/// than a KOSKI document needs. What System.Text.Json would otherwise accept and fail on later (a duplicate property
/// throws when the object is first touched, an invalid byte in a string when it is read) is refused here, up front,
/// with KOSKI's <c>badRequest.format.json</c>.
/// </summary>
public static class TiukkaJson
{
    /// <summary>A KOSKI document nests about a dozen levels (osasuoritukset of osasuoritukset); far more is an attack.</summary>
    public const int MaksimiSyvyys = 64;

    private static readonly JsonDocumentOptions Asetukset = new() { AllowDuplicateProperties = false, MaxDepth = MaksimiSyvyys };

    /// <exception cref="KoskiVirheet">badRequest.format.json</exception>
    public static async Task<JsonNode?> LueAsync(Stream runko, CancellationToken ct)
    {
        using var puskuri = new MemoryStream();
        await runko.CopyToAsync(puskuri, ct);
        var tavut = puskuri.GetBuffer().AsMemory(0, (int)puskuri.Length);
        if (!Utf8.IsValid(tavut.Span))
            throw new KoskiVirheet("badRequest.format.json", "JSON-dokumentin parsinta epäonnistui: pyyntö ei ole kelvollista UTF-8:aa.");
        try
        {
            return JsonNode.Parse(tavut.Span, documentOptions: Asetukset);
        }
        catch (JsonException e)
        {
            throw new KoskiVirheet("badRequest.format.json", $"JSON-dokumentin parsinta epäonnistui: {e.Message}");
        }
    }
}
