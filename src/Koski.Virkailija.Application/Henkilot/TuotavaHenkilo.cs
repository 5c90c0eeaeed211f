using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Tiedonsiirto;
using Koski.Virkailija.Domain.Oppijat;

namespace Koski.Virkailija.Application.Henkilot;

/// <summary>
/// One learner of a batch as sent (the oppijanumerorekisteri's henkilö of a tuonti): hetu when known, names,
/// syntymäaika, and sukupuoli, äidinkieli and kansalaisuus as codes of their code lists.
/// </summary>
public sealed record TuotavaHenkilo(string? Hetu, string Etunimet, string? Kutsumanimi, string Sukunimi, DateOnly? Syntymaaika,
    string? Sukupuoli, string? Aidinkieli, string? Kansalaisuus)
{
    /// <summary>The learner read from <paramref name="json"/>, or the KOSKI-style error of the first thing wrong with it.</summary>
    public static (TuotavaHenkilo? Henkilo, KoskiVirhe? Virhe) Lue(string json, Func<string, string, bool> koodiOnOlemassa,
        DateOnly tanaan)
    {
        var h = JsonNode.Parse(json) as JsonObject ?? [];
        string? Teksti(string nimi) => h[nimi] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;
        static KoskiVirhe Puute(string viesti) => new("badRequest.validation.henkilötiedot.puutteelliset", viesti);

        var hetu = Teksti("hetu")?.ToUpperInvariant();
        if (hetu is not null && Domain.Oppijat.Hetu.Virhe(hetu) is { } hetuvirhe)
            return (null, new KoskiVirhe("badRequest.validation.henkilötiedot.hetu", $"{hetuvirhe}: {hetu}"));
        var etunimet = Teksti("etunimet");
        var sukunimi = Teksti("sukunimi");
        if (etunimet is null || sukunimi is null) return (null, Puute("Etunimet ja sukunimi ovat pakollisia."));
        var kutsumanimi = Teksti("kutsumanimi");
        if (kutsumanimi is not null && !etunimet.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Contains(kutsumanimi, StringComparer.OrdinalIgnoreCase))
            return (null, Puute($"Kutsumanimi {kutsumanimi} ei ole yksi etunimistä."));
        DateOnly? syntymaaika = null;
        if (Teksti("syntymaaika") is { } pvm)
        {
            if (Domain.Suomenaika.IsoPaiva(pvm) is not { } p || p > tanaan || p.Year < 1900)
                return (null, Puute($"Virheellinen syntymäaika: {pvm}."));
            syntymaaika = p;
        }
        if (hetu is null && syntymaaika is null) return (null, Puute("Henkilötunnuksettomalta henkilöltä puuttuu syntymäaika."));
        syntymaaika ??= Domain.Oppijat.Hetu.Syntymaaika(hetu!);
        var sukupuoli = Teksti("sukupuoli");
        if (sukupuoli is not null && !Henkilokoodit.Sukupuolet.Contains(sukupuoli)) return (null, Tuntematon(Henkilokoodit.SukupuoliKoodisto, sukupuoli));
        var aidinkieli = Teksti("aidinkieli")?.ToUpperInvariant();
        if (aidinkieli is not null && !koodiOnOlemassa(Henkilokoodit.KieliKoodisto, aidinkieli)) return (null, Tuntematon(Henkilokoodit.KieliKoodisto, aidinkieli));
        var kansalaisuus = Teksti("kansalaisuus");
        if (kansalaisuus is not null && !koodiOnOlemassa(Henkilokoodit.KansalaisuusKoodisto, kansalaisuus))
            return (null, Tuntematon(Henkilokoodit.KansalaisuusKoodisto, kansalaisuus));
        return (new TuotavaHenkilo(hetu, etunimet, kutsumanimi, sukunimi, syntymaaika, sukupuoli, aidinkieli, kansalaisuus), null);
    }

    private static KoskiVirhe Tuntematon(string koodisto, string koodi) =>
        new("badRequest.validation.koodisto.tuntematonKoodi", $"Koodia {koodisto}/{koodi} ei löydy koodistosta.");
}
