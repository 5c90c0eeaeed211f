using System.Globalization;
using System.Text.Json.Nodes;

namespace Koski.Virkailija.Domain.Validointi;

/// <summary>A study-right document read once for the rules: its jaksot and its suoritus tree, each with its JSON location.</summary>
public sealed class ValidointiKohde
{
    public ValidointiKohde(JsonObject opiskeluoikeus, Validointiymparisto? ymparisto = null)
    {
        Json = opiskeluoikeus;
        Ymparisto = ymparisto ?? Validointiymparisto.Oletus;
        Tyyppi = Teksti(opiskeluoikeus["tyyppi"], "koodiarvo");
        var tila = Olio(opiskeluoikeus, "tila", "tila");
        Jaksot = (Taulukko(tila, "opiskeluoikeusjaksot", "tila.opiskeluoikeusjaksot") ?? [])
            .Select((j, i) => new Jakso($"tila.opiskeluoikeusjaksot[{i}]", Paiva(j, "alku"), Teksti((j as JsonObject)?["tila"], "koodiarvo")))
            .ToList();
        Alkamispaiva = Paiva(opiskeluoikeus, "alkamispäivä");
        Paattymispaiva = Paiva(opiskeluoikeus, "päättymispäivä");
        ArvioituPaattymispaiva = Paiva(opiskeluoikeus, "arvioituPäättymispäivä");
        Lisatiedot = new Lisatiedot(Olio(opiskeluoikeus, "lisätiedot", "lisätiedot"));
        PaatasonSuoritukset = Suoritukset(Taulukko(opiskeluoikeus, "suoritukset", "suoritukset"), "suoritukset", null);
        KaikkiSuoritukset = PaatasonSuoritukset.SelectMany(s => s.ItseJaOsat()).ToList();
    }

    private readonly List<string> rakennevirheet = [];

    /// <summary>Locations where the document has a value of the wrong kind (e.g. a string for an object).</summary>
    public IReadOnlyList<string> Rakennevirheet => rakennevirheet;

    public JsonObject Json { get; }
    public Validointiymparisto Ymparisto { get; }
    public Rajapaivat Rajapaivat => Ymparisto.Rajapaivat;
    public string? Tyyppi { get; }
    public IReadOnlyList<Jakso> Jaksot { get; }
    public Paivamaara Alkamispaiva { get; }
    public Paivamaara Paattymispaiva { get; }
    public Paivamaara ArvioituPaattymispaiva { get; }
    public Lisatiedot Lisatiedot { get; }
    public IReadOnlyList<Suoritus> PaatasonSuoritukset { get; }

    /// <summary>Every suoritus, päätason and nested, depth first; walked once, as most rules read all of them.</summary>
    public IReadOnlyList<Suoritus> KaikkiSuoritukset { get; }

    /// <summary>First jakso's day: the study right's start as KOSKI derives it.</summary>
    public DateOnly? JaksojenAlku => Jaksot is [var ensimmainen, ..] ? ensimmainen.Alku.Arvo : null;

    /// <summary>The ending jakso's day, when the last jakso ends the study right.</summary>
    public DateOnly? JaksojenLoppu =>
        Jaksot.LastOrDefault(j => j.Tila != Opiskeluoikeudet.Tilat.Mitatoity) is { Tila: { } tila } viimeinen
        && Opiskeluoikeudet.Tilat.OnPaattava(tila) ? viimeinen.Alku.Arvo : null;

    public string? ViimeisinTila => Jaksot.LastOrDefault(j => j.Tila != Opiskeluoikeudet.Tilat.Mitatoity)?.Tila;

    private JsonObject? Olio(JsonObject? vanhempi, string kentta, string polku)
    {
        var arvo = vanhempi?[kentta];
        if (arvo is null or JsonObject) return arvo as JsonObject;
        rakennevirheet.Add(polku);
        return null;
    }

    private JsonArray? Taulukko(JsonObject? vanhempi, string kentta, string polku)
    {
        var arvo = vanhempi?[kentta];
        if (arvo is null or JsonArray) return arvo as JsonArray;
        rakennevirheet.Add(polku);
        return null;
    }

    private List<Suoritus> Suoritukset(JsonArray? taulukko, string polku, Suoritus? vanhempi)
    {
        var tulos = new List<Suoritus>();
        for (var i = 0; i < (taulukko?.Count ?? 0); i++)
        {
            var oma = $"{polku}[{i}]";
            if (taulukko![i] is not JsonObject s)
            {
                rakennevirheet.Add(oma);
                continue;
            }
            var arvioinnit = (Taulukko(s, "arviointi", oma + ".arviointi") ?? [])
                .Select((a, j) => (Polku: $"{oma}.arviointi[{j}].päivä", Paiva: Paiva(a, "päivä")))
                .ToList();
            var suoritus = new Suoritus(oma, Teksti(s["tyyppi"], "koodiarvo"), Paiva(s, "alkamispäivä"),
                arvioinnit.Select(a => new Paivamaara(a.Polku, a.Paiva.Teksti, a.Paiva.Arvo)).ToList(),
                Olio(s, "vahvistus", oma + ".vahvistus") is { } vahvistus ? Paiva(vahvistus, "päivä") with { Polku = $"{oma}.vahvistus.päivä" } : null,
                vanhempi, s);
            suoritus.Osasuoritukset = Suoritukset(Taulukko(s, "osasuoritukset", oma + ".osasuoritukset"), $"{oma}.osasuoritukset", suoritus);
            tulos.Add(suoritus);
        }
        return tulos;
    }

    private static Paivamaara Paiva(JsonNode? solmu, string kentta)
    {
        var teksti = (solmu as JsonObject)?[kentta] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        DateOnly? arvo = DateOnly.TryParseExact(teksti, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var p)
            ? p : null;
        return new Paivamaara(kentta, teksti, arvo);
    }

    private static string? Teksti(JsonNode? solmu, string kentta) =>
        (solmu as JsonObject)?[kentta] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>A date field as written (<see cref="Teksti"/>) and as parsed (<see cref="Arvo"/>, null when missing or malformed).</summary>
    public sealed record Paivamaara(string Polku, string? Teksti, DateOnly? Arvo)
    {
        public bool Virheellinen => Teksti is not null && Arvo is null;
    }

    public sealed record Jakso(string Polku, Paivamaara Alku, string? Tila)
    {
        public Paivamaara Alku { get; } = Alku with { Polku = Polku + ".alku" };
    }

    public sealed class Suoritus(string polku, string? tyyppi, Paivamaara alkamispaiva, IReadOnlyList<Paivamaara> arvioinnit,
        Paivamaara? vahvistus, Suoritus? vanhempi, JsonObject json)
    {
        public string Polku { get; } = polku;
        public string? Tyyppi { get; } = tyyppi;
        public Paivamaara Alkamispaiva { get; } = alkamispaiva with { Polku = polku + ".alkamispäivä" };
        public IReadOnlyList<Paivamaara> Arvioinnit { get; } = arvioinnit;
        /// <summary>The vahvistus's day; null when the suoritus is not vahvistettu.</summary>
        public Paivamaara? Vahvistus { get; } = vahvistus;
        public Suoritus? Vanhempi { get; } = vanhempi;
        public JsonObject Json { get; } = json;
        public IReadOnlyList<Suoritus> Osasuoritukset { get; internal set; } = [];

        public bool OnVahvistettu => Vahvistus is not null;
        public bool OnArvioitu => Arvioinnit.Count > 0;
        public DateOnly? ViimeisinArviointi => Arvioinnit.Select(a => a.Arvo).Max();

        public IEnumerable<Suoritus> ItseJaOsat() => Osasuoritukset.SelectMany(o => o.ItseJaOsat()).Prepend(this);
    }
}
