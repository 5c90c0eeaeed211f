using System.Text.Json.Nodes;
using static Koski.Virkailija.Domain.Validointi.ValidointiKohde;

namespace Koski.Virkailija.Domain.Validointi;

/// <summary>
/// KoskiValidator.validateLaajuus: a finished suoritus with a laajuus has the sum of its osasuoritusten laajuudet
/// (within 0.001), when any osasuoritus has one. Not judged here where KOSKI does not judge or first fills the
/// laajuudet itself from the osasuoritukset (so that a written value never counts): the ammatillinen tutkinnon osat,
/// osa-alueet and VALMA/TELMA (LaajuuttaEiValidoida), the VST kotoutumis- and lukutaitokoulutus, TUVA, the oppiaineet of
/// lukio 2019 and of pre-IB (OpintopistelaajuuksienYhteislaskennallinen), and where the units differ
/// (<see cref="Suoritussaannot.OsasuorituksellaEriLaajuusyksikko"/>). An erityisenä tutkintona suoritettu 2019 oppiaine
/// needs only the laajuus to be at least the sum.
/// </summary>
public static class Laajuussaannot
{
    public static readonly Validointisaanto OsasuoritustenLaajuuksienSumma = new("badRequest.validation.laajuudet.osasuoritustenLaajuuksienSumma",
        "Valmiin suorituksen laajuuden on oltava sama kuin sen osasuoritusten laajuuksien summa.",
        k => k.KaikkiSuoritukset.Where(s => Ristiriidassa(k, s)).Select(s => s.Polku + ".koulutusmoduuli.laajuus.arvo"));

    public static IReadOnlyList<Validointisaanto> Kaikki { get; } = [OsasuoritustenLaajuuksienSumma];

    private static bool Ristiriidassa(ValidointiKohde k, Suoritus s)
    {
        if (s.Osasuoritukset.Count == 0 || Laajuus(s) is not { } laajuus || !Valmis(s) || Vapautettu(k, s)) return false;
        var yksikko = Yksikko(s);
        double summa = 0;
        var laajuuksia = 0;
        foreach (var osa in s.Osasuoritukset)
        {
            if (Laajuus(osa) is not { } osanLaajuus) continue;
            if (yksikko is not null && Yksikko(osa) is { } osanYksikko && osanYksikko != yksikko) return false;
            summa += osanLaajuus;
            laajuuksia++;
        }
        if (laajuuksia == 0) return false;
        return ErityisenaTutkintona2019(k, s) ? laajuus < summa - 0.001 : Math.Abs(summa - laajuus) >= 0.001;
    }

    /// <summary>KOSKI's valmis: a päätason suoritus by its vahvistus, an osasuoritus by its arviointi.</summary>
    private static bool Valmis(Suoritus s) => s.Vanhempi is null ? s.OnVahvistettu : s.OnArvioitu;

    private static bool Vapautettu(ValidointiKohde k, Suoritus s)
    {
        var paataso = s;
        while (paataso.Vanhempi is not null) paataso = paataso.Vanhempi;
        return k.Tyyppi switch
        {
            // Muu ammatillinen and the tutkinnon osaa pienemmistä kokonaisuuksista koostuva koulutus keep their laajuus.
            Opiskeluoikeustyypit.Ammatillinen => paataso.Tyyppi is not ("muuammatillinenkoulutus" or "tutkinnonosaapienemmistakokonaisuuksistakoostuvasuoritus")
                                                 || s.Tyyppi == "tutkinnonosaapienempikokonaisuus",
            "tuva" => true,
            "vapaansivistystyonkoulutus" => paataso.Tyyppi is { } t
                                            && (t.Contains("kotoutumiskoulutus", StringComparison.Ordinal) || t.Contains("lukutaito", StringComparison.Ordinal)),
            Opiskeluoikeustyypit.Lukio => s.Vanhempi == paataso && Lukio2019(paataso) && !ErityisenaTutkintona2019(k, s),
            // Pre-IB 2019 fills its oppiaineet like lukio 2019; the 2015 one is not told apart here and is left alone too.
            Opiskeluoikeustyypit.IbTutkinto => s.Vanhempi == paataso && paataso.Tyyppi == "preiboppimaara",
            _ => false,
        };
    }

    private static bool Lukio2019(Suoritus paataso) => paataso.Tyyppi == Suoritustyypit.LukionAineopinnot
        || Suoritustyypit.Lops2019Diaarit.Contains(JsonLuku.Teksti(paataso.Json, "koulutusmoduuli", "perusteenDiaarinumero"));

    /// <summary>An oppiaine of a 2019 oppimäärä taken as erityinen tutkinto (the oppiaine's or the oppimäärä's flag).</summary>
    private static bool ErityisenaTutkintona2019(ValidointiKohde k, Suoritus s) =>
        k.Tyyppi == Opiskeluoikeustyypit.Lukio && s.Vanhempi is { Vanhempi: null } paataso && Lukio2019(paataso)
        && (JsonLuku.Tosi(s.Json, "suoritettuErityisenäTutkintona")
            || (paataso.Tyyppi != Suoritustyypit.LukionAineopinnot && JsonLuku.Tosi(paataso.Json, "suoritettuErityisenäTutkintona")));

    private static double? Laajuus(Suoritus s) =>
        JsonLuku.Solmu(s.Json, "koulutusmoduuli", "laajuus", "arvo") is JsonValue v && v.TryGetValue<double>(out var d) ? d : null;

    private static string? Yksikko(Suoritus s) => JsonLuku.Teksti(s.Json, "koulutusmoduuli", "laajuus", "yksikkö", "koodiarvo");
}
