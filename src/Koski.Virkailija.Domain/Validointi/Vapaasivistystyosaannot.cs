using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Opiskeluoikeudet;

namespace Koski.Virkailija.Domain.Validointi;

/// <summary>
/// KOSKI's VapaaSivistystyöValidation and VSTKotoutumiskoulutus2022Validation: laajuudet of a confirmed KOPS, vahvistus
/// against the ending tila, the opintokokonaisuus of a vapaatavoitteinen koulutus, the curriculum of a kotoutumiskoulutus
/// by its start, and the days of an osaamismerkki.
/// </summary>
public static class Vapaasivistystyosaannot
{
    private const string Vst = "vapaansivistystyonkoulutus";
    private const string Kops = "vstoppivelvollisillesuunnattukoulutus";
    private const string Osaamiskokonaisuus = "vstosaamiskokonaisuus";
    private const string Vapaatavoitteinen = "vstvapaatavoitteinenkoulutus";
    private const string Jotpa = "vstjotpakoulutus";
    private const string Osaamismerkki = "vstosaamismerkki";
    private const string Kotoutuminen = "vstmaahanmuuttajienkotoutumiskoulutus";

    /// <summary>The 2022 kotoutumiskoulutus curriculum, and the older ones (none given is the 2012 one).</summary>
    private const string Koto2022Diaari = "OPH-649-2022";
    private static readonly string?[] VanhatKotoDiaarit = ["OPH-123-2021", "1/011/2012", null];

    /// <summary>The 2022 kotoutumiskoulutus curriculum came into force on this day.</summary>
    private static readonly DateOnly Koto2022Alkaen = new(2022, 8, 1);

    public static readonly Validointisaanto KopsLaajuusVaara = new("badRequest.validation.tila.vapaaSivistysTyöLaajuusVäärä",
        "Vahvistetulla oppivelvollisille suunnatulla vapaan sivistystyön koulutuksella on oltava 53 opintopisteen edestä suorituksia, eikä sen osaamiskokonaisuuksista mikään saa olla alle 4 opintopistettä.",
        k => Paatason(k, Kops).Where(s => s.OnVahvistettu).SelectMany(KopsinLaajuusvirheet));

    /// <summary>KOSKI checks the vapaatavoitteinen koulutus only once it has been stored or comes from a source system; JOTPA always.</summary>
    public static readonly Validointisaanto VahvistusEiVastaaTilaa = new("badRequest.validation.tila.vapaanSivistystyönVapaatavoitteeisenKoulutuksenVahvistus",
        "Vahvistetulla koulutuksella ei voi olla tilaa 'Keskeytynyt', eikä vahvistamattomalla tilaa 'Hyväksytysti suoritettu'.",
        k => Paatason(k, Jotpa).Concat(Validoitavat(k))
            .SelectMany(s => k.Jaksot.Where(j => j.Tila == (s.OnVahvistettu ? Tilat.Keskeytynyt : Tilat.HyvaksytystiSuoritettu)))
            .Select(j => j.Polku + ".tila").Distinct());

    public static readonly Validointisaanto VapaatavoitteiseltaPuuttuuArvioituOsa = new("badRequest.validation.tila.vapaanSivistystyönVapaatavoitteisenKoulutuksenPäätasonOsasuoritukset",
        "Vapaatavoitteisella vapaan sivistystyön koulutuksella on oltava ainakin yksi arvioitu osasuoritus.",
        k => Validoitavat(k).Where(s => !s.Osasuoritukset.Any(o => o.OnArvioitu)).Select(s => s.Polku + ".osasuoritukset"));

    /// <summary>KOSKI's UI does not let a vapaatavoitteinen koulutus be saved without its opintokokonaisuus.</summary>
    public static readonly Validointisaanto OpintokokonaisuusPuuttuu = new("badRequest.validation.vapaasivistystyo.puuttuvaOpintokokonaisuus",
        "Vapaatavoitteiselta vapaan sivistystyön koulutukselta puuttuu opintokokonaisuus.",
        k => Lahdejarjestelmasta(k) ? [] : IlmanOpintokokonaisuutta(k));

    /// <summary>A source system was allowed to leave it out until 1.9.2022.</summary>
    public static readonly Validointisaanto OpintokokonaisuusPuuttuuSiirrosta = new("badRequest.validation.vapaasivistystyo.puuttuvaOpintokokonaisuusDeadline",
        "Vapaatavoitteiselta vapaan sivistystyön koulutukselta puuttuu opintokokonaisuus. Opintokokonaisuus on pakollinen 1.9.2022 alkaen.",
        k => Lahdejarjestelmasta(k) ? IlmanOpintokokonaisuutta(k) : []);

    public static readonly Validointisaanto Koto2012AloitettuLiianMyohaan = new("badRequest.validation.vapaasivistystyo.kotoAlkamispäivä2012",
        "Vapaan sivistystyön kotoutumiskoulutuksen suorituksella ei voi olla 1.8.2022 jälkeen aloitettuja aikuisten maahanmuuttajien kotoutumiskoulutuksen opetussuunnitelman 2012 mukaisia suorituksia.",
        k => k.JaksojenAlku >= Koto2022Alkaen
            ? Paatason(k, Kotoutuminen).Where(s => VanhatKotoDiaarit.Contains(Diaari(s))).Select(s => s.Polku + ".koulutusmoduuli.perusteenDiaarinumero")
            : []);

    public static readonly Validointisaanto Koto2022AloitettuLiianAikaisin = new("badRequest.validation.vapaasivistystyo.kotoAlkamispäivä2022",
        "Vapaan sivistystyön kotoutumiskoulutuksen suorituksella ei voi olla ennen 1.8.2022 aloitettuja kotoutumiskoulutuksen opetussuunnitelman 2022 mukaisia suorituksia.",
        k => k.JaksojenAlku < Koto2022Alkaen
            ? Paatason(k, Kotoutuminen).Where(s => Diaari(s) == Koto2022Diaari).Select(s => s.Polku + ".koulutusmoduuli.perusteenDiaarinumero")
            : []);

    public static readonly Validointisaanto OsaamismerkinTallennusLiianAikaisin = new("badRequest.validation.vapaasivistystyo.tallennuspäivä",
        "Osaamismerkkejä ei voi vielä tallentaa.",
        k => k.Ymparisto.Paiva < k.Rajapaivat.VstOsaamismerkkiTallennusAlkaen ? Paatason(k, Osaamismerkki).Select(s => s.Polku) : []);

    /// <summary>
    /// An osaamismerkki is stored when it is earned: arvioitu, vahvistettu and ended on one day. Only KOSKI's own UI may
    /// first store it unfinished.
    /// </summary>
    public static readonly Validointisaanto OsaamismerkinPaivat = new("badRequest.validation.vapaasivistystyo.osaamismerkkiPäivät",
        "Osaamismerkin pitää olla arvioitu, vahvistettu ja päättynyt samana päivänä.",
        k => Paatason(k, Osaamismerkki).Where(s => OsaamismerkinPaivatVaarin(k, s)).Select(s => s.Polku));

    public static readonly Validointisaanto OsaamismerkkiPaattynytEnnenLakia = new("badRequest.validation.vapaasivistystyo.päättymispäivä",
        "Osaamismerkin sisältävä opiskeluoikeus ei voi olla päättynyt ennen lain voimaantuloa 1.1.2024.",
        k => k.JaksojenLoppu < k.Rajapaivat.VstOsaamismerkkiAikaisinPaattymispaiva ? Paatason(k, Osaamismerkki).Select(_ => "päättymispäivä") : []);

    public static IReadOnlyList<Validointisaanto> Kaikki { get; } =
    [
        KopsLaajuusVaara, VahvistusEiVastaaTilaa, VapaatavoitteiseltaPuuttuuArvioituOsa, OpintokokonaisuusPuuttuu,
        OpintokokonaisuusPuuttuuSiirrosta, Koto2012AloitettuLiianMyohaan, Koto2022AloitettuLiianAikaisin,
        OsaamismerkinTallennusLiianAikaisin, OsaamismerkinPaivat, OsaamismerkkiPaattynytEnnenLakia,
    ];

    /// <summary>
    /// KOSKI's duplikaattiOsaamismerkki: the same osaamismerkki, ended on the same day at the same oppilaitos, is already
    /// among the learner's other stored study rights (<paramref name="muut"/>, not invalidated).
    /// </summary>
    public static bool OnPaallekkainenOsaamismerkki(JsonObject uusi, IEnumerable<JsonObject> muut)
    {
        // Read the document only for a VST study right with others to compare with.
        if (JsonLuku.Teksti(uusi, "tyyppi", "koodiarvo") != Vst || !muut.Any()) return false;
        var u = new ValidointiKohde(uusi);
        if (u.Tyyppi != Vst || u.PaatasonSuoritukset is not [{ Tyyppi: Osaamismerkki } merkki, ..]) return false;
        var oid = JsonLuku.Teksti(uusi, "oid");
        return muut.Select(m => new ValidointiKohde(m)).Any(m =>
            m.Tyyppi == Vst && (oid is null || JsonLuku.Teksti(m.Json, "oid") != oid)
            && JsonLuku.Teksti(m.Json, "oppilaitos", "oid") == JsonLuku.Teksti(uusi, "oppilaitos", "oid")
            && m.PaatasonSuoritukset is [var toinen, ..] && Tunniste(toinen) == Tunniste(merkki)
            && m.JaksojenLoppu == u.JaksojenLoppu);
    }

    public const string PaallekkainenOsaamismerkkiAvain = "badRequest.validation.vapaasivistystyo.duplikaattiOsaamismerkki";
    public const string PaallekkainenOsaamismerkkiViesti = "Oppijalla on jo sama osaamismerkki samana päivänä samassa oppilaitoksessa.";

    private static IEnumerable<ValidointiKohde.Suoritus> Paatason(ValidointiKohde k, string tyyppi) =>
        k.Tyyppi == Vst ? k.PaatasonSuoritukset.Where(s => s.Tyyppi == tyyppi) : [];

    /// <summary>A vapaatavoitteinen koulutus KOSKI checks: one stored before (versionumero) or sent by a source system.</summary>
    private static IEnumerable<ValidointiKohde.Suoritus> Validoitavat(ValidointiKohde k) =>
        (JsonLuku.Solmu(k.Json, "versionumero") is JsonValue v && v.TryGetValue<int>(out var versio) && versio > 0) || Lahdejarjestelmasta(k)
            ? Paatason(k, Vapaatavoitteinen) : [];

    private static bool Lahdejarjestelmasta(ValidointiKohde k) => k.Json["lähdejärjestelmänId"] is JsonObject;

    /// <summary>KOSKI looks at the first päätason suoritus only.</summary>
    private static IEnumerable<string> IlmanOpintokokonaisuutta(ValidointiKohde k) =>
        k.Tyyppi == Vst && k.PaatasonSuoritukset is [{ Tyyppi: Vapaatavoitteinen } s, ..]
        && JsonLuku.Solmu(s.Json, "koulutusmoduuli", "opintokokonaisuus") is null
            ? [s.Polku + ".koulutusmoduuli.opintokokonaisuus"] : [];

    private static IEnumerable<string> KopsinLaajuusvirheet(ValidointiKohde.Suoritus kops)
    {
        if (kops.Osasuoritukset.SelectMany(o => o.Osasuoritukset).Sum(Laajuus) < 53) yield return kops.Polku + ".osasuoritukset";
        foreach (var kokonaisuus in kops.Osasuoritukset.Where(o => o.Tyyppi == Osaamiskokonaisuus && o.Osasuoritukset.Sum(Laajuus) < 4))
            yield return kokonaisuus.Polku + ".osasuoritukset";
    }

    private static bool OsaamismerkinPaivatVaarin(ValidointiKohde k, ValidointiKohde.Suoritus merkki)
    {
        var ensitallennusKayttoliittymasta = JsonLuku.Teksti(k.Json, "oid") is null && !Lahdejarjestelmasta(k);
        var loppu = k.JaksojenLoppu;
        if (!ensitallennusKayttoliittymasta && (!merkki.OnArvioitu || !merkki.OnVahvistettu || loppu is null)) return true;
        var paivat = merkki.Arvioinnit.Select(a => a.Arvo).ToList();
        if (merkki.Vahvistus is { } vahvistus) paivat.Add(vahvistus.Arvo);
        if (loppu is not null) paivat.Add(loppu);
        return paivat.Distinct().Count() > 1;
    }

    private static string? Diaari(ValidointiKohde.Suoritus s) => JsonLuku.Teksti(s.Json, "koulutusmoduuli", "perusteenDiaarinumero");

    private static string? Tunniste(ValidointiKohde.Suoritus s) => JsonLuku.Teksti(s.Json, "koulutusmoduuli", "tunniste", "koodiarvo");

    /// <summary>KOSKI's laajuusArvo(default = 0.0).</summary>
    private static double Laajuus(ValidointiKohde.Suoritus s) =>
        JsonLuku.Solmu(s.Json, "koulutusmoduuli", "laajuus", "arvo") is JsonValue v && v.TryGetValue<double>(out var arvo) ? arvo : 0;
}
