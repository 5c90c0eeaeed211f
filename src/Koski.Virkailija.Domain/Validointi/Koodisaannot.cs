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
        k => k.Ymparisto.Koodit is { } koodit ? Tuntemattomat(k.Json, "", koodit) : []);

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

    private static IEnumerable<string> Tuntemattomat(JsonNode solmu, string polku, Koodiluettelot koodit) =>
        Koodit(solmu, polku).Where(p => koodit.Tuntematon(p.Koodi.Uri, p.Koodi.Arvo)).Select(p => p.Polku + "koodiarvo");

    /// <summary>Each code object with its location (ending in a dot, ready for the field name).</summary>
    private static IEnumerable<(string Polku, (string Uri, string Arvo) Koodi)> Koodit(JsonNode? solmu, string polku)
    {
        switch (solmu)
        {
            case JsonObject olio:
                if (JsonLuku.Teksti(olio, "koodistoUri") is { } uri && JsonLuku.Teksti(olio, "koodiarvo") is { } arvo)
                    yield return (polku, (uri, arvo));
                foreach (var (kentta, arvoSolmu) in olio)
                    foreach (var koodi in Koodit(arvoSolmu, $"{polku}{kentta}."))
                        yield return koodi;
                break;
            case JsonArray lista:
                var pohja = polku.TrimEnd('.');
                for (var i = 0; i < lista.Count; i++)
                    foreach (var koodi in Koodit(lista[i], $"{pohja}[{i}]."))
                        yield return koodi;
                break;
        }
    }
}
