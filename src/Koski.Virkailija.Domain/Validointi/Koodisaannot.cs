using System.Text.Json;
using System.Text.Json.Nodes;

namespace Koski.Virkailija.Domain.Validointi;

/// <summary>Code values: every <c>{koodiarvo, koodistoUri}</c> of the document must be a value of its code list.</summary>
public static class Koodisaannot
{
    /// <summary>
    /// KOSKI resolves each code while reading the document (KoodistoResolvingCustomDeserializer), so an unknown value
    /// is a schema error. A local code (no koodistoUri) and a list not imported here are not checked.
    /// </summary>
    public static readonly Validointisaanto TuntematonKoodi = new("badRequest.validation.jsonSchema",
        "Koodiarvoa ei löydy koodistosta.",
        k => k.Ymparisto.Koodit is { OnTyhja: false } koodit ? Tuntemattomat(k.Json, koodit) : []);

    /// <summary>
    /// KOSKI's schema fixes the koulutus code of these päätason suoritukset (@KoodistoKoodiarvo on their
    /// koulutusmoduuli's tunniste): another value, even one of the koulutus list, does not fit the schema.
    /// </summary>
    public static readonly Validointisaanto VaaraKoulutus = new("badRequest.validation.jsonSchema",
        "Suorituksen koulutuksen tunniste ei ole tälle suoritustyypille sallittu koulutuskoodi.",
        k => k.PaatasonSuoritukset
            .Where(s => SallitutKoulutukset(s.Tyyppi) is { } sallitut
                        && JsonLuku.Teksti(s.Json, "koulutusmoduuli", "tunniste", "koodiarvo") is { } arvo
                        && (!sallitut.Contains(arvo) || JsonLuku.Teksti(s.Json, "koulutusmoduuli", "tunniste", "koodistoUri") != Koulutus))
            .Select(s => s.Polku + ".koulutusmoduuli.tunniste.koodiarvo"));

    public static IReadOnlyList<Validointisaanto> Kaikki { get; } = [TuntematonKoodi, VaaraKoulutus];

    private const string Koulutus = "koulutus";

    /// <summary>The koulutus codes KOSKI's schema allows for a päätason suoritus type; null when it does not fix them.</summary>
    private static string[]? SallitutKoulutukset(string? suoritustyyppi) => suoritustyyppi switch
    {
        Suoritustyypit.PerusopetuksenOppimaara or Suoritustyypit.AikuistenPerusopetuksenOppimaara
            or "ahvenanmaanperusopetuksenoppimaara" => ["201101"],
        Suoritustyypit.PerusopetuksenLisaopetus => ["020075"],
        "esiopetuksensuoritus" => ["001101", "001102"],
        "perusopetukseenvalmistavaopetus" => ["999905"],
        Suoritustyypit.LukionOppimaara => ["309902"],
        "luva" => ["999906"],
        "ibtutkinto" => ["301102"],
        "diatutkintovaihe" => ["301103"],
        "ebtutkinto" => ["301104"],
        "muukuinsaanneltykoulutus" => ["999951"],
        _ when suoritustyyppi?.StartsWith("taiteenperusopetuksen", StringComparison.Ordinal) == true => ["999907"],
        _ => null,
    };

    private static List<string> Tuntemattomat(JsonNode juuri, Koodiluettelot koodit)
    {
        var tuntemattomat = new List<JsonObject>();
        Keraa(juuri, koodit, tuntemattomat);
        return tuntemattomat.ConvertAll(o => JsonPolku.Kentta(o, juuri, "koodiarvo"));
    }

    /// <summary>Every code object below <paramref name="solmu"/> whose value its (imported) list lacks.</summary>
    private static void Keraa(JsonNode? solmu, Koodiluettelot koodit, List<JsonObject> tuntemattomat)
    {
        // A part no rule has opened is read as parsed, and opened only when it holds an unknown code (for its path).
        if (JsonTausta.Avaamaton(solmu, out var elementti))
        {
            if (!OnTuntematon(elementti, koodit)) return;
        }
        switch (solmu)
        {
            case JsonObject olio:
                // Read as characters: every read of a request's string as a string allocates it anew.
                if (OnTuntematon(olio["koodistoUri"], olio["koodiarvo"], koodit)) tuntemattomat.Add(olio);
                // By index: enumerating a JsonObject boxes an enumerator for every object of the document.
                for (var i = 0; i < olio.Count; i++) Keraa(olio.GetAt(i).Value, koodit, tuntemattomat);
                break;
            case JsonArray lista:
                for (var i = 0; i < lista.Count; i++) Keraa(lista[i], koodit, tuntemattomat);
                break;
        }
    }

    /// <summary>Whether any code object in the parsed <paramref name="elementti"/> has a value its imported list lacks.</summary>
    private static bool OnTuntematon(JsonElement elementti, Koodiluettelot koodit)
    {
        switch (elementti.ValueKind)
        {
            case JsonValueKind.Object:
                // One pass over the properties: looking each name up would scan them again and transcode the name.
                JsonElement uri = default, arvo = default;
                foreach (var ominaisuus in elementti.EnumerateObject())
                {
                    if (ominaisuus.NameEquals("koodistoUri"u8)) uri = ominaisuus.Value;
                    else if (ominaisuus.NameEquals("koodiarvo"u8)) arvo = ominaisuus.Value;
                    if (OnTuntematon(ominaisuus.Value, koodit)) return true;
                }
                return OnTuntematon(uri, arvo, koodit);
            case JsonValueKind.Array:
                foreach (var alkio in elementti.EnumerateArray())
                    if (OnTuntematon(alkio, koodit)) return true;
                return false;
            default:
                return false;
        }
    }

    /// <summary>A code whose list is imported and lacks its value; the value is read only for an imported list.</summary>
    private static bool OnTuntematon(JsonElement uri, JsonElement arvo, Koodiluettelot koodit)
    {
        Span<char> uriPuskuri = stackalloc char[128];
        Span<char> arvoPuskuri = stackalloc char[128];
        return JsonTausta.Merkit(uri, uriPuskuri, out var uriMerkit) && koodit.Luettelo(uriMerkit) is { } arvot
            && JsonTausta.Merkit(arvo, arvoPuskuri, out var arvoMerkit) && Koodiluettelot.Puuttuu(arvot, arvoMerkit);
    }

    private static bool OnTuntematon(JsonNode? uri, JsonNode? arvo, Koodiluettelot koodit)
    {
        Span<char> uriPuskuri = stackalloc char[128];
        Span<char> arvoPuskuri = stackalloc char[128];
        return JsonTausta.Merkit(uri, uriPuskuri, out var uriMerkit) && koodit.Luettelo(uriMerkit) is { } arvot
            && JsonTausta.Merkit(arvo, arvoPuskuri, out var arvoMerkit) && Koodiluettelot.Puuttuu(arvot, arvoMerkit);
    }
}
