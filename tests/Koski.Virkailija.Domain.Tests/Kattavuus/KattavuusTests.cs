using System.Reflection;
using System.Text.RegularExpressions;
using Koski.Virkailija.Domain.Validointi;
using Koski.Virkailija.Testaus;
using static Koski.Virkailija.Domain.Tests.Kattavuus.Kattavuusluettelo;

namespace Koski.Virkailija.Domain.Tests.Kattavuus;

/// <summary>
/// The coverage catalogue (data/koski/virheavaimet/kattavuus.tsv) against KOSKI's key list and the code: every KOSKI
/// validation/conflict/notImplemented key has a row, a row that claims a rule names a rule and a test that exist, and
/// every rule of the catalogue answers with a KOSKI key marked implemented.
/// </summary>
public sealed partial class KattavuusTests
{
    private static string Polku => Path.Combine(Jaettu.KoskiKansio, "virheavaimet", "kattavuus.tsv");

    private static readonly HashSet<string> KoskenAvaimet = File.ReadLines(Jaettu.Virheavaimet)
        .Select(r => r.Trim()).Where(r => r.Length > 0 && !r.StartsWith('#')).ToHashSet(StringComparer.Ordinal);

    /// <summary>Where rules live: the Domain catalogue and the Application services that answer from the database.</summary>
    private static readonly Assembly[] SaantojenKokoonpanot =
        [typeof(Validointisaannot).Assembly, Assembly.Load("Koski.Virkailija.Application")];

    [Fact]
    public void Luettelo_kattaa_KOSKIn_avaimet_ja_nimeaa_olemassa_olevat_saannot_ja_testit()
    {
        var rivit = Lue(File.ReadLines(Polku));
        var ongelmat = Tarkista(rivit, KoskenAvaimet, SaantojenAvaimet(), SaantoLoytyy, TestiLoytyy);
        Assert.True(ongelmat.Count == 0, string.Join("\n", ongelmat));
        Assert.Equal(KoskenAvaimet.Count(Kuuluu), rivit.Count);
    }

    [Fact]
    public void Tarkistus_loytaa_keksityn_avaimen_puuttuvan_rivin_ja_olemattomat_nimet()
    {
        var koski = new HashSet<string> { "badRequest.validation.date.alkamispäivä", "conflict.exists", "badRequest.format.date" };
        var rivit = Lue([
            "avain\ttila\tsääntö\ttesti\tperuste",
            "badRequest.validation.date.alkamispäivä\ttoteutettu\tValidointisaannot.EiOle\tValidointisaannotTests.EiOle\t",
            "badRequest.validation.keksitty\tei sovellu\t\t\t",
        ]);
        var saannot = new Dictionary<string, string> { ["Keksityt.Saanto"] = "badRequest.validation.keksittyAvain" };

        var ongelmat = Tarkista(rivit, koski, saannot, SaantoLoytyy, TestiLoytyy);

        Assert.Contains("rivi 2 (badRequest.validation.date.alkamispäivä): sääntöä 'Validointisaannot.EiOle' ei löydy", ongelmat);
        Assert.Contains("rivi 2 (badRequest.validation.date.alkamispäivä): testiä 'ValidointisaannotTests.EiOle' ei löydy", ongelmat);
        Assert.Contains("rivi 3 (badRequest.validation.keksitty): ei KOSKIn avain", ongelmat);
        Assert.Contains("rivi 3 (badRequest.validation.keksitty): perustelu puuttuu", ongelmat);
        Assert.Contains("conflict.exists: puuttuu luettelosta", ongelmat);
        Assert.Contains("Keksityt.Saanto: vastaa avaimella badRequest.validation.keksittyAvain, jota KOSKI ei tunne", ongelmat);
        Assert.DoesNotContain(ongelmat, o => o.Contains("badRequest.format.date", StringComparison.Ordinal));
    }

    [Fact]
    public void Tarkistus_loytaa_saannon_jonka_avain_ei_ole_toteutettu_tai_eri_kuin_rivilla()
    {
        var rivit = Lue(File.ReadLines(Polku)).Select(r => r.Avain == "badRequest.validation.rakenne.tpoEriTaiteenalat"
            ? r with { Tila = Puuttuu, Peruste = "kokeilu" } : r).ToList();
        var ongelmat = Tarkista(rivit, KoskenAvaimet, SaantojenAvaimet(), SaantoLoytyy, TestiLoytyy);
        Assert.Contains("Rakennesaannot.TaiteenperusopetuksenEriTaiteenalat: avain badRequest.validation.rakenne.tpoEriTaiteenalat ei ole luettelossa toteutettu",
            ongelmat);

        var vaihdettu = Lue(File.ReadLines(Polku)).Select(r => r.Avain == "badRequest.validation.date.alkamispäivä"
            ? r with { Saanto = "Validointisaannot.JaksojenJarjestys" } : r).ToList();
        Assert.Contains(Tarkista(vaihdettu, KoskenAvaimet, SaantojenAvaimet(), SaantoLoytyy, TestiLoytyy),
            o => o.EndsWith("sääntö 'Validointisaannot.JaksojenJarjestys' vastaa avaimella badRequest.validation.date.opiskeluoikeusjaksojenPäivämäärät",
                StringComparison.Ordinal));
    }

    /// <summary>Every rule of the Domain catalogue (a static <see cref="Validointisaanto"/>) by Type.Member, with its key.</summary>
    private static Dictionary<string, string> SaantojenAvaimet() => typeof(Validointisaannot).Assembly.GetTypes()
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(Validointisaanto))
            .Select(f => (Nimi: $"{t.Name}.{f.Name}", Saanto: (Validointisaanto)f.GetValue(null)!)))
        .ToDictionary(s => s.Nimi, s => s.Saanto.Avain, StringComparer.Ordinal);

    private static bool SaantoLoytyy(string nimi) =>
        Jaa(nimi) is var (tyyppi, jasen)
        && SaantojenKokoonpanot.SelectMany(a => a.GetTypes()).Any(t => t.Name == tyyppi
            && t.GetMember(jasen, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance).Length > 0);

    /// <summary>"Class.Method" in this assembly by reflection; "Project.Tests:Class.Method" in that test project's sources.</summary>
    private static bool TestiLoytyy(string nimi)
    {
        var projekti = nimi.Split(':') is [var p, _] ? p : null;
        if (Jaa(projekti is null ? nimi : nimi[(projekti.Length + 1)..]) is not var (luokka, metodi)) return false;
        if (projekti is null)
            return typeof(KattavuusTests).Assembly.GetTypes().Any(t => t.Name == luokka
                && t.GetMethods().Any(m => m.Name == metodi && m.GetCustomAttributes<FactAttribute>(true).Any()));
        var kansio = Path.Combine(Jaettu.RepoJuuri, "tests", $"Koski.Virkailija.{projekti}");
        return Directory.Exists(kansio) && Directory.EnumerateFiles(kansio, "*.cs", SearchOption.AllDirectories)
            .Select(File.ReadAllText)
            .Any(teksti => Regex.IsMatch(teksti, $@"\bclass {Regex.Escape(luokka)}\b")
                           && Regex.IsMatch(teksti, @"\[(Fact|Theory)\b")
                           && Regex.IsMatch(teksti, $@"public (async Task|void) {Regex.Escape(metodi)}\("));
    }

    private static (string Tyyppi, string Jasen)? Jaa(string nimi) =>
        nimi.LastIndexOf('.') is var i and > 0 && i < nimi.Length - 1 ? (nimi[..i], nimi[(i + 1)..]) : null;
}
