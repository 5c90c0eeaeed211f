namespace Koski.Virkailija.Domain.Tests;

/// <summary>
/// The shared KOSKI reference data (../shared/koski next to the repository root), read in place, never copied.
/// </summary>
public static class SharedData
{
    public static string KoskiFolder { get; } = EtsiKoskiKansio();

    public static string Esimerkit => Path.Combine(KoskiFolder, "examples");
    public static string Koodistot => Path.Combine(KoskiFolder, "koodisto");
    public static string Hierarkia => Path.Combine(KoskiFolder, "organisaatio", "hierarkia.json");

    private static string EtsiKoskiKansio()
    {
        for (var kansio = new DirectoryInfo(AppContext.BaseDirectory); kansio is not null; kansio = kansio.Parent)
        {
            var koski = Path.Combine(kansio.FullName, "shared", "koski");
            if (Directory.Exists(koski)) return koski;
        }
        throw new DirectoryNotFoundException($"shared/koski ei löydy kansion {AppContext.BaseDirectory} yläpuolelta");
    }
}
