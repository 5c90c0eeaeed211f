using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Validointi;
using Koski.Virkailija.Testaus;

namespace Koski.Virkailija.Domain.Tests.Validointi;

/// <summary>Shared steps of the rule tests: a KOSKI example as a mutable document, its errors on a fixed day, and the asserts.</summary>
internal static class Saantotestit
{
    public static readonly DateOnly Tanaan = new(2026, 11, 20);

    public static JsonObject Esimerkki(string tiedosto) => JsonNode.Parse(Esimerkit.Opiskeluoikeudet(tiedosto)[0])!.AsObject();

    public static List<ValidointiVirhe> Virheet(JsonObject d, DateOnly? tanaan = null) =>
        Validointisaannot.Validoi(d, KoskiKoodistot.Ymparisto with { Tanaan = tanaan ?? Tanaan }).ToList();

    public static void Rikkoo(string avain, string polku, JsonObject d, DateOnly? tanaan = null)
    {
        var virheet = Virheet(d, tanaan);
        Assert.True(virheet.Any(v => v.Avain == avain && v.Polku == polku),
            $"odotettiin {avain} @ {polku}, saatiin: {string.Join("; ", virheet)}");
    }

    public static void EiRiko(string avain, JsonObject d, DateOnly? tanaan = null) =>
        Assert.DoesNotContain(Virheet(d, tanaan), v => v.Avain == avain);

    public static JsonObject Suoritus(JsonObject d, int i = 0) => d["suoritukset"]![i]!.AsObject();

    public static JsonArray Jaksot(JsonObject d) => d["tila"]!["opiskeluoikeusjaksot"]!.AsArray();

    public static JsonObject Lisatiedot(JsonObject d) => (d["lisätiedot"] ??= new JsonObject()).AsObject();

    public static JsonObject Jakso(string alku, string? loppu = null)
    {
        var jakso = new JsonObject { ["alku"] = alku };
        if (loppu is not null) jakso["loppu"] = loppu;
        return jakso;
    }

    public static JsonObject Koodi(string koodiarvo, string koodistoUri) =>
        new() { ["koodiarvo"] = koodiarvo, ["koodistoUri"] = koodistoUri };
}
