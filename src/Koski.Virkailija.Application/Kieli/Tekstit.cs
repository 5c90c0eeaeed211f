using System.Globalization;
using System.Resources;
using Koski.Virkailija.Domain.Organisaatiot;

namespace Koski.Virkailija.Application.Kieli;

/// <summary>
/// The one way the application layer words what it tells the user: messages (a rule's "why not"), organisation
/// names and report headers (role-group names come from the role catalogue, which carries both languages) in the current UI language (<see cref="CultureInfo.CurrentUICulture"/>:
/// the official's choice, set per request and circuit by the web layer; Finnish wherever none is set, as for API
/// clients, whose answers keep KOSKI's error keys). Messages are Kieli/Tekstit.resx (Finnish, the neutral culture)
/// and Tekstit.sv.resx under stable keys; report headers are keyed by their Finnish text ("Raportti." + header), so
/// a header without a Swedish text stays Finnish rather than breaking a report.
/// </summary>
public static class Tekstit
{
    private static readonly ResourceManager Resurssit = new("Koski.Virkailija.Application.Kieli.Tekstit", typeof(Tekstit).Assembly);

    public static bool Ruotsiksi => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "sv";

    /// <summary>The message <paramref name="avain"/> in the current language; a missing key is a programming error.</summary>
    public static string Hae(string avain) =>
        Resurssit.GetString(avain, CultureInfo.CurrentUICulture) ?? throw new KeyNotFoundException($"Teksti puuttuu: {avain}");

    public static string Hae(string avain, params object?[] arvot) =>
        string.Format(CultureInfo.CurrentCulture, Hae(avain), arvot);

    /// <summary>A report's sheet name or column header in the current language, the Finnish one when none is written.</summary>
    public static string Otsikko(string suomeksi) =>
        Resurssit.GetString("Raportti." + suomeksi, CultureInfo.CurrentUICulture) ?? suomeksi;

    /// <summary>An organisation's name in the current language, its Finnish name where it has no Swedish one.</summary>
    public static string Nimi(Organisaatio organisaatio) =>
        Ruotsiksi && !string.IsNullOrEmpty(organisaatio.NimiSv) ? organisaatio.NimiSv : organisaatio.NimiFi;
}
