namespace Koski.Virkailija.Infrastructure.Alustus;

/// <summary>Configuration section "Seed": what <see cref="TietokannanAlustus"/> writes into the database on start.</summary>
public sealed class SeedAsetukset
{
    public const string Osio = "Seed";

    public bool DemoData { get; set; }
    /// <summary>An organisation-service hierarchy JSON file to import.</summary>
    public string? OrganisaatioHierarkia { get; set; }
    /// <summary>A folder of KOSKI transfer documents (<c>*.json</c>) to import.</summary>
    public string? DocumentFolder { get; set; }
    /// <summary>A folder of koodisto-service code files (<c>*.koodit.json</c>) to import.</summary>
    public string? KoodistoFolder { get; set; }
    public List<PalvelukayttajaAsetus> Palvelukayttajat { get; set; } = [];

    /// <summary>A copy whose relative paths are resolved against <paramref name="sisaltojuuri"/>; empty paths become null.</summary>
    public SeedAsetukset Ratkaise(string sisaltojuuri) => new()
    {
        DemoData = DemoData,
        OrganisaatioHierarkia = Polku(OrganisaatioHierarkia, sisaltojuuri),
        DocumentFolder = Polku(DocumentFolder, sisaltojuuri),
        KoodistoFolder = Polku(KoodistoFolder, sisaltojuuri),
        Palvelukayttajat = Palvelukayttajat,
    };

    private static string? Polku(string? polku, string sisaltojuuri) =>
        string.IsNullOrWhiteSpace(polku) ? null : Path.GetFullPath(polku, sisaltojuuri);
}
