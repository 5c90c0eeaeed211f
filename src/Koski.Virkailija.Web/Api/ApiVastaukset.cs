using System.Text.Encodings.Web;
using System.Text.Json;
using Koski.Virkailija.Application.Tiedonsiirto;

namespace Koski.Virkailija.Web.Api;

/// <summary>KOSKI's error form: a JSON list <c>[{key, message}]</c> with the status of the key's category.</summary>
public static class ApiVastaukset
{
    public static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IResult Virheet(KoskiVirheet virheet) =>
        Results.Json(virheet.Virheet.Select(v => new { key = v.Avain, message = v.Viesti }), Json, statusCode: virheet.HttpTila);

    public static IResult Virhe(int tila, string avain, string viesti) => Virheet(tila, [new KoskiVirhe(avain, viesti)]);

    private static IResult Virheet(int tila, IReadOnlyList<KoskiVirhe> virheet) =>
        Results.Json(virheet.Select(v => new { key = v.Avain, message = v.Viesti }), Json, statusCode: tila);

    public static Task VirheAsync(HttpContext http, int tila, string avain, string viesti)
    {
        http.Response.StatusCode = tila;
        return http.Response.WriteAsJsonAsync(new[] { new { key = avain, message = viesti } }, Json);
    }
}
