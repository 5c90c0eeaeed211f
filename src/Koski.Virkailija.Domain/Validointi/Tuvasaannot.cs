using Koski.Virkailija.Domain.Opiskeluoikeudet;

namespace Koski.Virkailija.Domain.Validointi;

/// <summary>KOSKI's TutkintokoulutukseenValmentavaKoulutusValidation: tilat, and laajuudet (weeks) of a valmistunut TUVA.</summary>
public static class Tuvasaannot
{
    private const string Tuva = "tuva";
    private const string TuvanSuoritus = "tuvakoulutuksensuoritus";
    private const string OpiskeluJaUrasuunnittelu = "101";

    /// <summary>Koodisto koulutuksenosattuva: each osa's least and greatest laajuus in weeks.</summary>
    private static readonly Dictionary<string, (double Min, double Max)> OsienLaajuudet = new()
    {
        [OpiskeluJaUrasuunnittelu] = (2, 10), ["107"] = (0, 30), ["106"] = (0, 30), ["105"] = (0, 30),
        ["102"] = (0, 20), ["103"] = (0, 20), ["104"] = (0, 10),
    };

    /// <summary>Eronnut is never a TUVA tila (katsotaan eronneeksi is), and loma only under the ammatillinen järjestämislupa.</summary>
    public static readonly Validointisaanto VaaraTila = new("badRequest.validation.tila.tuvaSuorituksenOpiskeluoikeidenTilaVääräKoodiarvo",
        "Tutkintokoulutukseen valmentavan koulutuksen tila ei voi olla eronnut (käytä tilaa katsotaan eronneeksi), eikä loma, jos järjestämislupa ei ole ammatillisen koulutuksen.",
        k => !OnTuva(k) ? [] : k.Jaksot
            .Where(j => j.Tila == Tilat.Eronnut || (j.Tila == "loma" && JsonLuku.Teksti(k.Json, "järjestämislupa", "koodiarvo") != "ammatillinen"))
            .Select(j => j.Polku + ".tila"));

    public static readonly Validointisaanto PaatasonLaajuusVaara = new("badRequest.validation.laajuudet.tuvaPäätasonSuoritusVääräLaajuus",
        "Valmistuneen tutkintokoulutukseen valmentavan koulutuksen laajuuden on oltava vähintään 2 viikkoa.",
        k => Valmistuneet(k).Where(s => Laajuus(s) < 2).Select(s => s.Polku + ".koulutusmoduuli.laajuus"));

    public static readonly Validointisaanto OsanLaajuusVaara = new("badRequest.validation.laajuudet.tuvaOsaSuoritusVääräLaajuus",
        "Tutkintokoulutukseen valmentavan koulutuksen osan laajuus on väärä: opiskelu- ja urasuunnittelutaidot 2–10 viikkoa, perustaitojen vahvistaminen, lukio-opinnot ja ammatilliset opinnot enintään 30, työelämätaidot ja arjen taidot enintään 20, valinnaiset enintään 10 viikkoa.",
        k => Valmistuneet(k).Where(s => Laajuus(s) >= 2)
            .SelectMany(s => s.Osasuoritukset)
            .Where(o => Tunniste(o) is { } t && OsienLaajuudet.TryGetValue(t, out var raja) && (Laajuus(o) < raja.Min || Laajuus(o) > raja.Max))
            .Select(o => o.Polku + ".koulutusmoduuli.laajuus"));

    public static readonly Validointisaanto OpiskeluJaUrasuunnittelutaidotPuuttuu = new("badRequest.validation.rakenne.tuvaOpiskeluJaUrasuunnittelutaitojenOsasuoritusPuuttuu",
        "Tutkintokoulutukseen valmentavan koulutuksen pakollinen, hyväksytysti arvioitu osa Opiskelu- ja urasuunnittelutaidot puuttuu.",
        k => Valmistuneet(k).Where(s => Laajuus(s) >= 2)
            .Where(s => s.Osasuoritukset.FirstOrDefault(o => Tunniste(o) == OpiskeluJaUrasuunnittelu)?.ViimeisinArvosana != "Hyväksytty")
            .Select(s => s.Polku + ".osasuoritukset"));

    public static IReadOnlyList<Validointisaanto> Kaikki { get; } = [VaaraTila, PaatasonLaajuusVaara, OsanLaajuusVaara, OpiskeluJaUrasuunnittelutaidotPuuttuu];

    private static bool OnTuva(ValidointiKohde k) => k.Tyyppi == Tuva;

    /// <summary>KOSKI looks at the last jakso as written (a mitätöinti after valmistunut is not valmistunut).</summary>
    private static IEnumerable<ValidointiKohde.Suoritus> Valmistuneet(ValidointiKohde k) =>
        OnTuva(k) && k.Jaksot is [.., { Tila: Tilat.Valmistunut }] ? k.PaatasonSuoritukset.Where(s => s.Tyyppi == TuvanSuoritus) : [];

    private static string? Tunniste(ValidointiKohde.Suoritus s) => JsonLuku.Teksti(s.Json, "koulutusmoduuli", "tunniste", "koodiarvo");

    /// <summary>KOSKI's laajuusArvo(default = 0.0).</summary>
    private static double Laajuus(ValidointiKohde.Suoritus s) =>
        JsonLuku.Solmu(s.Json, "koulutusmoduuli", "laajuus", "arvo") is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<double>(out var arvo) ? arvo : 0;
}
