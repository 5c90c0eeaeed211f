namespace Koski.Virkailija.Testaus;

/// <summary>Paths of the repository and of the KOSKI reference data it carries (data/koski).</summary>
public static class Jaettu
{
    public static string RepoJuuri { get; } = EtsiRepoJuuri();

    public static string KoskiKansio => Path.Combine(RepoJuuri, "data", "koski");
    public static string Esimerkit => Path.Combine(KoskiKansio, "examples");
    public static string Koodistot => Path.Combine(KoskiKansio, "koodisto");
    public static string Hierarkia => Path.Combine(KoskiKansio, "organisaatio", "hierarkia.json");
    public static string ArkaluonteisetKentat => Path.Combine(KoskiKansio, "sensitive-fields.tsv");
    public static string Virheavaimet => Path.Combine(KoskiKansio, "virheavaimet", "koski-avaimet.txt");
    public static string WebProjekti => Path.Combine(RepoJuuri, "src", "Koski.Virkailija.Web");

    private static string EtsiRepoJuuri()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Koski.Virkailija.sln"))) return dir.FullName;
        throw new InvalidOperationException("Koski.Virkailija.sln not found above " + AppContext.BaseDirectory);
    }
}
