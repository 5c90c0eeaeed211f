using Koski.Virkailija.Domain.Validointi;

namespace Koski.Virkailija.Application.Syotto;

/// <summary>
/// Gaps in the form's oppiaineet that KOSKI's schema refuses (a language without its kieli, a paikallinen oppiaine
/// without its code or name), answered with KOSKI's key and the field's location before the form is saved.
/// </summary>
public sealed partial class SyottoLomake
{
    private const string Skeemavirhe = "badRequest.validation.jsonSchema";

    public IReadOnlyList<ValidointiVirhe> OppiaineidenPuutteet()
    {
        var virheet = new List<ValidointiVirhe>();
        if (OppiaineidenIndeksi is { } paa) virheet.AddRange(Puutteet(OppiaineRivit, $"suoritukset[{paa}]"));
        virheet.AddRange(AikuistenPuutteet());
        virheet.AddRange(ValmistavanPuutteet());
        if (Tyyppi != Perusopetus) return virheet;
        for (var i = 0; i < Vuosiluokat.Count; i++)
            virheet.AddRange(Puutteet(Vuosiluokat[i].OppiaineRivit, $"suoritukset[{VuosiluokanIndeksi(i)}]"));
        for (var i = 0; i < Aineopinnot.Count; i++)
            virheet.AddRange(Puutteet(Aineopinnot[i].Oppiaine, $"suoritukset[{AineopinnonIndeksi(i)}].koulutusmoduuli"));
        return virheet;
    }

    private static IEnumerable<ValidointiVirhe> Puutteet(List<OppiaineRivi> rivit, string polku) =>
        rivit.SelectMany((rivi, i) => Puutteet(rivi, $"{polku}.osasuoritukset[{i}].koulutusmoduuli"));

    private static IEnumerable<ValidointiVirhe> Puutteet(OppiaineRivi rivi, string moduuli)
    {
        if (rivi.Paikallinen)
        {
            if (string.IsNullOrWhiteSpace(rivi.Oppiaine))
                yield return new(Skeemavirhe, "Anna paikalliselle oppiaineelle koodi.", $"{moduuli}.tunniste.koodiarvo");
            if (string.IsNullOrWhiteSpace(rivi.PaikallinenNimi))
                yield return new(Skeemavirhe, "Anna paikalliselle oppiaineelle nimi.", $"{moduuli}.tunniste.nimi");
        }
        else if (KielenKoodisto(rivi.Oppiaine) is not null && string.IsNullOrEmpty(rivi.Kieli))
            yield return new(Skeemavirhe, "Valitse oppiaineen kieli.", $"{moduuli}.kieli");
    }
}
