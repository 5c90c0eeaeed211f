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
        var tila = Olio(opiskeluoikeus, "tila", "");
        Jaksot = (Taulukko(tila, "opiskeluoikeusjaksot", "tila") ?? [])
            .Select((j, i) => Jakso.Uusi($"tila.opiskeluoikeusjaksot[{i}]", j))
            .ToList();
        Alkamispaiva = Paiva(opiskeluoikeus, "alkamispäivä");
        Paattymispaiva = Paiva(opiskeluoikeus, "päättymispäivä");
        ArvioituPaattymispaiva = Paiva(opiskeluoikeus, "arvioituPäättymispäivä");
        Lisatiedot = new Lisatiedot(Olio(opiskeluoikeus, "lisätiedot", ""));
        PaatasonSuoritukset = Suoritukset(Taulukko(opiskeluoikeus, "suoritukset", ""), null);
        KaikkiSuoritukset = [.. PaatasonSuoritukset.SelectMany(s => s.ItseJaOsat())];
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

    /// <summary>The object in <paramref name="kentta"/>; a value of another kind is a structure error at pohja.kentta.</summary>
    private JsonObject? Olio(JsonObject? vanhempi, string kentta, string pohja)
    {
        var arvo = vanhempi?[kentta];
        if (arvo is null or JsonObject) return arvo as JsonObject;
        rakennevirheet.Add(Kentanpolku(pohja, kentta));
        return null;
    }

    private JsonArray? Taulukko(JsonObject? vanhempi, string kentta, string pohja)
    {
        var arvo = vanhempi?[kentta];
        if (arvo is null or JsonArray) return arvo as JsonArray;
        rakennevirheet.Add(Kentanpolku(pohja, kentta));
        return null;
    }

    // Built only for an error: a document's walk would otherwise allocate a path string for every field it passes.
    private static string Kentanpolku(string pohja, string kentta) => pohja.Length == 0 ? kentta : $"{pohja}.{kentta}";

    private List<Suoritus> Suoritukset(JsonArray? taulukko, Suoritus? vanhempi)
    {
        var tulos = new List<Suoritus>(taulukko?.Count ?? 0);
        for (var i = 0; i < (taulukko?.Count ?? 0); i++)
        {
            if (taulukko![i] is not JsonObject s)
            {
                rakennevirheet.Add(Suoritus.Polunosa(vanhempi, i));
                continue;
            }
            var suoritus = new Suoritus(vanhempi, i, Teksti(s["tyyppi"], "koodiarvo"), s);
            suoritus.Alkamispaiva = Paiva(s, "alkamispäivä", suoritus);
            var arviointi = Taulukko(s, "arviointi", suoritus);
            var arviointeja = arviointi?.Count ?? 0;
            if (arviointeja > 0)
            {
                var arvioinnit = new Paivamaara[arviointeja];
                for (var j = 0; j < arviointeja; j++) arvioinnit[j] = Paiva(arviointi![j], "päivä", suoritus, j);
                suoritus.Arvioinnit = arvioinnit;
            }
            if (Olio(s, "vahvistus", suoritus) is { } vahvistus) suoritus.Vahvistus = Paiva(vahvistus, "päivä", suoritus, Paivamaara.Vahvistuksen);
            var osat = Taulukko(s, "osasuoritukset", suoritus);
            if (osat is not null) suoritus.Osasuoritukset = Suoritukset(osat, suoritus);
            tulos.Add(suoritus);
        }
        return tulos;
    }

    /// <summary>Where a suoritus's object or array field has a value of another kind: built only for such an error.</summary>
    private JsonObject? Olio(JsonObject s, string kentta, Suoritus suoritus)
    {
        var arvo = s[kentta];
        if (arvo is null or JsonObject) return arvo as JsonObject;
        rakennevirheet.Add($"{suoritus.Polku}.{kentta}");
        return null;
    }

    private JsonArray? Taulukko(JsonObject s, string kentta, Suoritus suoritus)
    {
        var arvo = s[kentta];
        if (arvo is null or JsonArray) return arvo as JsonArray;
        rakennevirheet.Add($"{suoritus.Polku}.{kentta}");
        return null;
    }

    private static Paivamaara Paiva(JsonNode? solmu, string kentta, string? polku = null)
    {
        var (teksti, arvo) = LuePaiva(solmu, kentta);
        return new Paivamaara(polku ?? kentta, teksti, arvo);
    }

    private static Paivamaara Paiva(JsonNode? solmu, string kentta, Suoritus suoritus, int arviointi = Paivamaara.Suorituksen)
    {
        var (teksti, arvo) = LuePaiva(solmu, kentta);
        return new Paivamaara(suoritus, kentta, arviointi, teksti, arvo);
    }

    private static (string? Teksti, DateOnly? Arvo) LuePaiva(JsonNode? solmu, string kentta)
    {
        var teksti = (solmu as JsonObject)?[kentta] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        return (teksti, Suomenaika.IsoPaiva(teksti));
    }

    private static string? Teksti(JsonNode? solmu, string kentta) =>
        (solmu as JsonObject)?[kentta] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>
    /// A date field as written (<see cref="Teksti"/>) and as parsed (<see cref="Arvo"/>, null when missing or malformed).
    /// A suoritus's dates build their <see cref="Polku"/> only when asked (for an error): a document has thousands.
    /// </summary>
    public sealed class Paivamaara
    {
        /// <summary>The suoritus's own field (alkamispäivä); a non-negative value is the index of an arviointi.</summary>
        internal const int Suorituksen = -1;
        /// <summary>vahvistus.päivä.</summary>
        internal const int Vahvistuksen = -2;

        private readonly Suoritus? suoritus;
        private readonly string kentta;
        private readonly int kohta;
        private string? polku;

        public Paivamaara(string polku, string? teksti, DateOnly? arvo)
        {
            this.polku = kentta = polku;
            Teksti = teksti;
            Arvo = arvo;
        }

        internal Paivamaara(Suoritus suoritus, string kentta, int kohta, string? teksti, DateOnly? arvo)
        {
            this.suoritus = suoritus;
            this.kentta = kentta;
            this.kohta = kohta;
            Teksti = teksti;
            Arvo = arvo;
        }

        public string Polku => polku ??= kohta switch
        {
            Suorituksen => $"{suoritus!.Polku}.{kentta}",
            Vahvistuksen => $"{suoritus!.Polku}.vahvistus.{kentta}",
            _ => $"{suoritus!.Polku}.arviointi[{kohta}].{kentta}",
        };

        public string? Teksti { get; }
        public DateOnly? Arvo { get; }
        public bool Virheellinen => Teksti is not null && Arvo is null;
    }

    /// <summary>A tila jakso: its day, its tila and its opintojenRahoitus code (null when not given).</summary>
    public sealed record Jakso(string Polku, Paivamaara Alku, string? Tila, string? Rahoitus = null)
    {
        internal static Jakso Uusi(string polku, JsonNode? jakso) =>
            new(polku, Paiva(jakso, "alku", polku + ".alku"), Teksti((jakso as JsonObject)?["tila"], "koodiarvo"),
                Teksti((jakso as JsonObject)?["opintojenRahoitus"], "koodiarvo"));
    }

    /// <summary>A suoritus of the tree; its <see cref="Polku"/> is built when asked, from its parent's and its index.</summary>
    public sealed class Suoritus(Suoritus? vanhempi, int indeksi, string? tyyppi, JsonObject json)
    {
        private string? polku;

        /// <summary>"suoritukset[0]", "suoritukset[0].osasuoritukset[2]"…</summary>
        public string Polku => polku ??= Polunosa(Vanhempi, indeksi);

        public string? Tyyppi { get; } = tyyppi;
        public Paivamaara Alkamispaiva { get; internal set; } = null!;
        public IReadOnlyList<Paivamaara> Arvioinnit { get; internal set; } = [];
        /// <summary>The vahvistus's day; null when the suoritus is not vahvistettu.</summary>
        public Paivamaara? Vahvistus { get; internal set; }
        public Suoritus? Vanhempi { get; } = vanhempi;
        public JsonObject Json { get; } = json;
        public IReadOnlyList<Suoritus> Osasuoritukset { get; internal set; } = [];

        internal static string Polunosa(Suoritus? vanhempi, int indeksi) =>
            vanhempi is null ? $"suoritukset[{indeksi}]" : $"{vanhempi.Polku}.osasuoritukset[{indeksi}]";

        public bool OnVahvistettu => Vahvistus is not null;
        public bool OnArvioitu => Arvioinnit.Count > 0;
        /// <summary>The latest arviointi day given (null when none); read for every vahvistettu suoritus.</summary>
        public DateOnly? ViimeisinArviointi
        {
            get
            {
                DateOnly? viimeisin = null;
                for (var i = 0; i < Arvioinnit.Count; i++)
                    if (Arvioinnit[i].Arvo is { } paiva && (viimeisin is null || paiva > viimeisin)) viimeisin = paiva;
                return viimeisin;
            }
        }

        /// <summary>The arvosana's koodiarvo of KOSKI's viimeisinArviointi: the last by day (a missing day first, ties by order).</summary>
        public string? ViimeisinArvosana
        {
            get
            {
                if (Arvioinnit.Count == 0) return null;
                var viimeisin = 0;
                for (var i = 1; i < Arvioinnit.Count; i++)
                    if ((Arvioinnit[i].Arvo ?? DateOnly.MinValue) >= (Arvioinnit[viimeisin].Arvo ?? DateOnly.MinValue)) viimeisin = i;
                return JsonLuku.Teksti((Json["arviointi"] as JsonArray)?[viimeisin], "arvosana", "koodiarvo");
            }
        }

        public IEnumerable<Suoritus> ItseJaOsat()
        {
            var kaikki = new List<Suoritus>();
            Keraa(kaikki);
            return kaikki;
        }

        private void Keraa(List<Suoritus> kaikki)
        {
            kaikki.Add(this);
            foreach (var osa in Osasuoritukset) osa.Keraa(kaikki);
        }
    }
}
