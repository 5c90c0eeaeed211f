namespace Koski.Virkailija.Domain.Tests.Kattavuus;

/// <summary>
/// data/koski/virheavaimet/kattavuus.tsv: one row per KOSKI validation, conflict and notImplemented key, saying whether
/// a rule here answers with it (and which rule and test) or why not. Pure: what it checks against is passed in.
/// </summary>
public static class Kattavuusluettelo
{
    public const string Toteutettu = "toteutettu";
    public const string EiSovellu = "ei sovellu";
    public const string Puuttuu = "puuttuu";

    public sealed record Rivi(int Numero, string Avain, string Tila, string Saanto, string Testi, string Peruste);

    /// <summary>The keys the catalogue must cover: KOSKI's validation, conflict and notImplemented keys.</summary>
    public static bool Kuuluu(string avain) =>
        avain == "badRequest.validation" || avain.StartsWith("badRequest.validation.", StringComparison.Ordinal)
        || avain == "conflict" || avain.StartsWith("conflict.", StringComparison.Ordinal)
        || avain == "notImplemented" || avain.StartsWith("notImplemented.", StringComparison.Ordinal);

    public static IReadOnlyList<Rivi> Lue(IEnumerable<string> rivit) => rivit
        .Select((r, i) => (Teksti: r, Numero: i + 1))
        .Where(r => r.Teksti.Length > 0 && !r.Teksti.StartsWith('#') && !r.Teksti.StartsWith("avain\t", StringComparison.Ordinal))
        .Select(r => (r.Numero, Sarakkeet: r.Teksti.Split('\t')))
        .Select(r => new Rivi(r.Numero, Sarake(r.Sarakkeet, 0), Sarake(r.Sarakkeet, 1), Sarake(r.Sarakkeet, 2), Sarake(r.Sarakkeet, 3),
            Sarake(r.Sarakkeet, 4)))
        .ToList();

    /// <param name="koskenAvaimet">KOSKI's key list (koski-avaimet.txt).</param>
    /// <param name="saantojenAvaimet">The keys the rule catalogue answers with, by rule name (Type.Member).</param>
    /// <param name="saantoLoytyy">Whether a Type.Member names a rule in the code.</param>
    /// <param name="testiLoytyy">Whether a test reference names a test method.</param>
    /// <returns>One line per problem; none when the catalogue holds.</returns>
    public static IReadOnlyList<string> Tarkista(IReadOnlyList<Rivi> rivit, IReadOnlySet<string> koskenAvaimet,
        IReadOnlyDictionary<string, string> saantojenAvaimet, Func<string, bool> saantoLoytyy, Func<string, bool> testiLoytyy)
    {
        var ongelmat = new List<string>();
        foreach (var rivi in rivit)
        {
            var kohta = $"rivi {rivi.Numero} ({rivi.Avain})";
            if (!koskenAvaimet.Contains(rivi.Avain)) ongelmat.Add($"{kohta}: ei KOSKIn avain");
            switch (rivi.Tila)
            {
                case Toteutettu:
                    foreach (var saanto in Luettelo(rivi.Saanto).DefaultIfEmpty(""))
                    {
                        if (!saantoLoytyy(saanto)) ongelmat.Add($"{kohta}: sääntöä '{saanto}' ei löydy");
                        else if (saantojenAvaimet.TryGetValue(saanto, out var avain) && avain != rivi.Avain)
                            ongelmat.Add($"{kohta}: sääntö '{saanto}' vastaa avaimella {avain}");
                    }
                    foreach (var testi in Luettelo(rivi.Testi).DefaultIfEmpty(""))
                        if (!testiLoytyy(testi)) ongelmat.Add($"{kohta}: testiä '{testi}' ei löydy");
                    break;
                case EiSovellu or Puuttuu:
                    if (string.IsNullOrWhiteSpace(rivi.Peruste)) ongelmat.Add($"{kohta}: perustelu puuttuu");
                    break;
                default:
                    ongelmat.Add($"{kohta}: tuntematon tila '{rivi.Tila}'");
                    break;
            }
        }
        foreach (var kaksoset in rivit.GroupBy(r => r.Avain).Where(g => g.Count() > 1))
            ongelmat.Add($"{kaksoset.Key}: {kaksoset.Count()} riviä");
        var luettelossa = rivit.Select(r => r.Avain).ToHashSet(StringComparer.Ordinal);
        ongelmat.AddRange(koskenAvaimet.Where(Kuuluu).Where(a => !luettelossa.Contains(a)).Order(StringComparer.Ordinal)
            .Select(a => $"{a}: puuttuu luettelosta"));
        var toteutetut = rivit.Where(r => r.Tila == Toteutettu).Select(r => r.Avain).ToHashSet(StringComparer.Ordinal);
        foreach (var (saanto, avain) in saantojenAvaimet.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!koskenAvaimet.Contains(avain)) ongelmat.Add($"{saanto}: vastaa avaimella {avain}, jota KOSKI ei tunne");
            else if (Kuuluu(avain) && !toteutetut.Contains(avain)) ongelmat.Add($"{saanto}: avain {avain} ei ole luettelossa toteutettu");
        }
        return ongelmat;
    }

    /// <summary>A column naming several rules or tests separates them with commas.</summary>
    private static string[] Luettelo(string sarake) =>
        sarake.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string Sarake(string[] sarakkeet, int i) => i < sarakkeet.Length ? sarakkeet[i].Trim() : "";
}
