using System.Globalization;
namespace Koski.Virkailija.Domain.Organisaatiot;

/// <summary>An organisation of the organisation service (koulutustoimija, oppilaitos, toimipiste …).</summary>
public class Organisaatio
{
    public const string JuuriOid = "1.2.246.562.10.00000000001";

    public required string Oid { get; set; }
    public string? ParentOid { get; set; }
    public required string NimiFi { get; set; }
    public string? NimiSv { get; set; }
    public string? NimiEn { get; set; }
    /// <summary>Types as their two-digit codes joined by commas ("01,05"), in code order.</summary>
    public string Tyypit { get; set; } = "";
    public string? OppilaitosKoodi { get; set; }
    public string? Oppilaitostyyppi { get; set; }
    public string Status { get; set; } = "AKTIIVINEN";
    public DateOnly? LakkautusPvm { get; set; }

    public IReadOnlyList<OrganisaatioTyyppi> TyyppiLista =>
        Tyypit.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(t => (OrganisaatioTyyppi)int.Parse(t, CultureInfo.InvariantCulture)).ToList();

    public bool OnTyyppia(OrganisaatioTyyppi tyyppi) => TyyppiLista.Contains(tyyppi);

    public bool OnLakkautettu(DateOnly paiva) =>
        Status == "PASSIIVINEN" || (LakkautusPvm is { } pvm && pvm <= paiva);

    public static string TyypitKoodeina(IEnumerable<OrganisaatioTyyppi> tyypit) =>
        string.Join(',', tyypit.Distinct().Order().Select(t => ((int)t).ToString("00", CultureInfo.InvariantCulture)));
}
