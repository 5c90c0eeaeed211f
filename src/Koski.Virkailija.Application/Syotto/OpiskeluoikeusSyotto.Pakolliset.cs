using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Validointi;

namespace Koski.Virkailija.Application.Syotto;

/// <summary>
/// The new-study-right form's required fields, answered with KOSKI's keys and the JSON path of the field, so the page
/// only shows what the application layer decides (the data-transfer API answers the same gaps from the catalogue).
/// </summary>
public sealed partial class OpiskeluoikeusSyotto
{
    /// <summary>The form's own gaps: the oppilaitos, the buyer of a TPO hankintakoulutus and the learner's identifier.</summary>
    public static IReadOnlyList<ValidointiVirhe> PakollisetKentat(SyottoLomake lomake, string? tunniste)
    {
        var virheet = new List<ValidointiVirhe>();
        if (lomake.OppilaitosOid is null)
            virheet.Add(new("badRequest.validation.organisaatio.oppilaitosPuuttuu", "Valitse oppilaitos.", "oppilaitos"));
        if (lomake.Tyyppi == SyottoLomake.Taiteenperusopetus && lomake.Tpo.Toteutustapa == SyottoLomake.Hankintakoulutus
            && lomake.OstajaOid is null)
            virheet.Add(new("badRequest.validation.organisaatio.koulutustoimijaPakollinen", "Valitse hankintakoulutuksen ostaja.", "koulutustoimija"));
        if (string.IsNullOrWhiteSpace(tunniste))
            virheet.Add(new("badRequest.validation.jsonSchema", "Anna henkilötunnus tai oppijanumero.", TiedonsiirtoHenkilonHetu));
        virheet.AddRange(lomake.OppiaineidenPuutteet());
        return virheet;
    }

    /// <summary>
    /// Everything the save would refuse in a new study right's form, before saving: its required fields and the
    /// catalogue's rules; where both speak of one field, the required field's message is shown.
    /// </summary>
    public async Task<IReadOnlyList<ValidointiVirhe>> EsitarkistaUusiAsync(SyottoLomake lomake, string? tunniste, CancellationToken ct = default)
    {
        var pakolliset = PakollisetKentat(lomake, tunniste);
        var polut = pakolliset.Select(v => v.Polku).ToHashSet(StringComparer.Ordinal);
        var saannot = await EsitarkistaAsync(lomake.Dokumentti(), ct);
        return [.. saannot.Where(v => !polut.Contains(v.Polku)), .. pakolliset];
    }

    /// <summary>What the save of an edited form would refuse, before saving: the form's gaps first, then the catalogue's rules.</summary>
    public async Task<IReadOnlyList<ValidointiVirhe>> EsitarkistaAsync(SyottoLomake lomake, CancellationToken ct = default)
    {
        var puutteet = lomake.OppiaineidenPuutteet();
        var polut = puutteet.Select(v => v.Polku).ToHashSet(StringComparer.Ordinal);
        var saannot = await EsitarkistaAsync(lomake.Dokumentti(), ct);
        return [.. saannot.Where(v => !polut.Contains(v.Polku)), .. puutteet];
    }

    private const string TiedonsiirtoHenkilonHetu = "henkilö.hetu";
}
