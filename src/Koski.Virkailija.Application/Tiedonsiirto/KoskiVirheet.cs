namespace Koski.Virkailija.Application.Tiedonsiirto;

/// <summary>
/// One error in KOSKI's API form: <c>{key, message}</c>. <paramref name="Polku"/> names the part of the request it
/// concerns (e.g. "henkilö") for a form; the API does not send it.
/// </summary>
public sealed record KoskiVirhe(string Avain, string Viesti, string? Polku = null);

/// <summary>
/// A request refused as a whole: nothing was stored. The HTTP status follows KOSKI's key categories
/// (badRequest 400, forbidden 403, notFound 404, conflict 409); with several, the most serious one decides.
/// </summary>
public sealed class KoskiVirheet(IReadOnlyList<KoskiVirhe> virheet)
    : Exception(string.Join("; ", virheet.Select(v => $"{v.Avain}: {v.Viesti}")))
{
    public KoskiVirheet(string avain, string viesti) : this([new KoskiVirhe(avain, viesti)])
    {
    }

    public IReadOnlyList<KoskiVirhe> Virheet { get; } = virheet;

    public int HttpTila => Virheet.Select(v => Tila(v.Avain)).DefaultIfEmpty(400).Max(t => (Vakavuus(t), t)).t;

    public static int Tila(string avain) => avain.Split('.')[0] switch
    {
        "forbidden" => 403,
        "notFound" => 404,
        "conflict" => 409,
        "unauthorized" => 401,
        _ => 400,
    };

    // An access refusal says more than a content error, so it wins when both occur.
    private static int Vakavuus(int tila) => tila switch { 403 => 3, 404 => 2, 409 => 1, _ => 0 };
}
