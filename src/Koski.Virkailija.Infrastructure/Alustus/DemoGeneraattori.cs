using System.Globalization;
using System.Text.Json.Nodes;
using Koski.Virkailija.Domain;
using Koski.Virkailija.Domain.Oppijat;
using Koski.Virkailija.Domain.Organisaatiot;
using static Koski.Virkailija.Infrastructure.Alustus.DemoJson;
using static Koski.Virkailija.Infrastructure.Alustus.DemoOrganisaatiot;

namespace Koski.Virkailija.Infrastructure.Alustus;

/// <summary>A generated study right and who is recorded as having saved it.</summary>
internal sealed record DemoOpiskeluoikeus(string OppijaOid, JsonObject Json, string Tallentaja);

internal sealed record DemoAineisto(IReadOnlyList<Oppija> Oppijat, IReadOnlyList<DemoOpiskeluoikeus> Opiskeluoikeudet);

/// <summary>
/// Generates the demo learners and their study rights. Deterministic: a fixed seed, a fixed school year and fixed
/// OID ranges, so every run writes exactly the same learners and documents.
/// </summary>
internal sealed partial class DemoGeneraattori
{
    public const int Oppijoita = 300;
    /// <summary>The demo is set in the school year that begins in August of this year.</summary>
    public const int Lukuvuosi = 2026;
    public const long EnsimmainenOppija = 90_000_000_001;
    public const long EnsimmainenOpiskeluoikeus = 90_000_000_001;

    private const string Tarkistusmerkit = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    /// <summary>Who saves what: a source system (lähdejärjestelmä) or an official in the UI.</summary>
    private sealed record Lahde(string? Jarjestelma, string Tallentaja)
    {
        public static Lahde Jarjestelmasta(string koodiarvo) => new(koodiarvo, koodiarvo);
        public static Lahde Kayttoliittymasta(string kayttajatunnus) => new(null, kayttajatunnus);
    }

    private readonly Random _satunnainen = new(20260812);
    private readonly HashSet<string> _hetut = [];
    private readonly List<Oppija> _oppijat = [];
    private readonly List<DemoOpiskeluoikeus> _opiskeluoikeudet = [];
    private long _seuraavaOpiskeluoikeus = EnsimmainenOpiskeluoikeus;
    private int _taiteenperusopetuksia;

    public static DemoAineisto Luo()
    {
        var generaattori = new DemoGeneraattori();
        for (var i = 0; i < Oppijoita; i++)
        {
            switch (i % 20)
            {
                case 0 or 1 or 2: generaattori.Esikoululainen(); break;
                case 3: generaattori.PaattynytLisaopetus(); break;
                case 4 or 5 or 6: generaattori.Lukiolainen(); break;
                case 7 or 8: generaattori.AmmatillinenOpiskelija(); break;
                default: generaattori.Peruskoululainen(); break;
            }
        }
        return new DemoAineisto(generaattori._oppijat, generaattori._opiskeluoikeudet);
    }

    /// <summary>School starts on the Wednesday on or after 8 August (in Finland between 8 and 14 August).</summary>
    private static DateOnly LukuvuodenAlku(int vuosi) => Seuraava(new DateOnly(vuosi, 8, 8), DayOfWeek.Wednesday);

    /// <summary>The spring term ends on the Saturday on or after 30 May.</summary>
    private static DateOnly KevaanLoppu(int vuosi) => Seuraava(new DateOnly(vuosi, 5, 30), DayOfWeek.Saturday);

    private static DateOnly Seuraava(DateOnly paiva, DayOfWeek viikonpaiva)
    {
        while (paiva.DayOfWeek != viikonpaiva) paiva = paiva.AddDays(1);
        return paiva;
    }

    private bool Todennakoisyys(double p) => _satunnainen.NextDouble() < p;

    private T Valitse<T>(IReadOnlyList<T> vaihtoehdot) => vaihtoehdot[_satunnainen.Next(vaihtoehdot.Count)];

    private Oppija UusiOppija(int syntymavuosi)
    {
        var paivia = DateTime.IsLeapYear(syntymavuosi) ? 366 : 365;
        var syntymapaiva = new DateOnly(syntymavuosi, 1, 1).AddDays(_satunnainen.Next(paivia));
        string hetu;
        int yksilonumero;
        do
        {
            // 900–999 are temporary identity numbers, never a real person's.
            yksilonumero = _satunnainen.Next(900, 1000);
            hetu = Henkilotunnus(syntymapaiva, yksilonumero);
        } while (!_hetut.Add(hetu));
        if (!Hetu.OnValidi(hetu)) throw new InvalidOperationException($"Generoitu henkilötunnus {hetu} ei kelpaa");

        // An odd individual number is a man's, an even one a woman's.
        var etunimet = yksilonumero % 2 == 1 ? DemoNimet.Pojat : DemoNimet.Tytot;
        var etunimi = Valitse(etunimet);
        var toinenNimi = Valitse(etunimet.Where(n => n != etunimi).ToList());
        var oppija = new Oppija
        {
            Oid = Oidit.Henkilo(EnsimmainenOppija + _oppijat.Count),
            Hetu = hetu,
            Etunimet = $"{etunimi} {toinenNimi}",
            Kutsumanimi = etunimi,
            Sukunimi = Valitse(DemoNimet.Sukunimet),
            Syntymaaika = syntymapaiva,
        };
        oppija.PaivitaHakunimi();
        _oppijat.Add(oppija);
        return oppija;
    }

    private static string Henkilotunnus(DateOnly syntymapaiva, int yksilonumero)
    {
        var paiva = syntymapaiva.ToString("ddMMyy", CultureInfo.InvariantCulture);
        var numero = yksilonumero.ToString("000", CultureInfo.InvariantCulture);
        var vuosisata = syntymapaiva.Year >= 2000 ? 'A' : '-';
        var tarkiste = Tarkistusmerkit[(int)(long.Parse(paiva + numero, CultureInfo.InvariantCulture) % 31)];
        return $"{paiva}{vuosisata}{numero}{tarkiste}";
    }

    /// <summary>The head of a study right: oid, lähdejärjestelmänId, oppilaitos and koulutustoimija, in KOSKI's order.</summary>
    private JsonObject UusiOpiskeluoikeus(Lahde lahde, Organisaatio? oppilaitos, Organisaatio koulutustoimija)
    {
        var json = new JsonObject { ["oid"] = Oidit.Opiskeluoikeus(_seuraavaOpiskeluoikeus++) };
        if (lahde.Jarjestelma is { } jarjestelma)
        {
            json["lähdejärjestelmänId"] = new JsonObject
            {
                ["id"] = _satunnainen.Next(100_000, 1_000_000).ToString(CultureInfo.InvariantCulture),
                ["lähdejärjestelmä"] = Koodi("lahdejarjestelma", jarjestelma),
            };
        }
        if (oppilaitos is not null) json["oppilaitos"] = Oppilaitos(oppilaitos);
        json["koulutustoimija"] = Organisaatio(koulutustoimija);
        return json;
    }

    private void Lisaa(Oppija oppija, JsonObject opiskeluoikeus, Lahde lahde) =>
        _opiskeluoikeudet.Add(new DemoOpiskeluoikeus(oppija.Oid, opiskeluoikeus, lahde.Tallentaja));

    private static Organisaatio Koulutustoimija(Organisaatio oppilaitos) => Hae(oppilaitos.ParentOid!);

    private static (string, string) Kotipaikka(string koulutustoimija) => koulutustoimija switch
    {
        JyvaskylanYliopisto => ("179", "Jyväskylä"),
        HelsinginKaupunki => ("091", "Helsinki"),
        VarsinaisSuomenAikuiskoulutussaatio => ("577", "Paimio"),
        _ => ("624", "Pyhtää"),
    };

    private static string Rehtori(string oppilaitos) => oppilaitos switch
    {
        Normaalikoulu => "Raili Rekola",
        HaaganPeruskoulu => "Hannu Haavisto",
        PasilanPeruskoulu => "Pirjo Pasanen",
        KallionLukio => "Kari Kallasvuo",
        RessunLukio => "Riikka Ressel",
        StadinAmmattiopisto => "Seppo Stenroos",
        VarsinaisSuomenKansanopisto => "Veera Vainio",
        _ => "Paula Päivärinta",
    };

    private static JsonObject Vahvistus(DateOnly paiva, Organisaatio oppilaitos) =>
        DemoJson.Vahvistus(paiva, oppilaitos, Kotipaikka(Koulutustoimija(oppilaitos).Oid), Rehtori(oppilaitos.Oid));
}
