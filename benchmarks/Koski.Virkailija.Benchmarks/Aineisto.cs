using System.Globalization;
using Koski.Virkailija.Domain;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Koski.Virkailija.Domain.Oppijat;
using Koski.Virkailija.Domain.Organisaatiot;
using Koski.Virkailija.Infrastructure.Tietokanta;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Benchmarks;

/// <summary>
/// A deterministic national-scale dataset: koulutustoimijat of very different sizes, each with oppilaitokset, and
/// learners whose study rights follow KOSKI's volumes (most in perusopetus, then ammatillinen, lukio, esiopetus …).
/// The same seed and size always write the same rows.
/// </summary>
public static class Aineisto
{
    public const int Koulutustoimijoita = 300;
    public const int OppilaitoksiaPerToimija = 5;

    /// <summary>Type and share of study rights (per mille), after the seed's volumes.</summary>
    private static readonly (string Tyyppi, int Promille)[] Tyypit =
    [
        ("perusopetus", 440), ("ammatillinenkoulutus", 200), ("lukiokoulutus", 120), ("esiopetus", 80),
        ("taiteenperusopetus", 50), ("vapaansivistystyonkoulutus", 40), ("perusopetuksenlisaopetus", 20),
        ("aikuistenperusopetus", 20), ("tuva", 15), ("luva", 5), ("ibtutkinto", 5), ("muukuinsaanneltykoulutus", 5),
    ];

    private static readonly string[] Sukunimet =
        ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen",
         "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen",
         "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila", "Savolainen", "Lahtinen", "Ahonen"];
    private static readonly string[] Etunimet =
        ["Aino", "Eino", "Helmi", "Väinö", "Aada", "Leo", "Olivia", "Elias", "Sofia", "Oliver", "Lilja", "Onni", "Eevi", "Veeti",
         "Ella", "Leevi", "Venla", "Niilo", "Isla", "Toivo", "Emma", "Eetu", "Iida", "Aatu", "Pihla", "Lauri", "Kerttu", "Otto"];

    public static string Toimija(int i) => Oidit.OrganisaatioPrefix + (10_000_000_000L + i);
    public static string Oppilaitos(int toimija, int j) => Oidit.OrganisaatioPrefix + (20_000_000_000L + toimija * 10L + j);

    public static async Task LuoAsync(Func<KoskiDbContext> konteksti, int opiskeluoikeuksia, Action<string> loki)
    {
        var satunnainen = new Random(20261122);
        await using (var db = konteksti())
        {
            db.Organisaatiot.Add(new Organisaatio { Oid = Organisaatio.JuuriOid, NimiFi = "Opetushallitus", Tyypit = "05" });
            for (var i = 0; i < Koulutustoimijoita; i++)
            {
                db.Organisaatiot.Add(new Organisaatio { Oid = Toimija(i), ParentOid = Organisaatio.JuuriOid, NimiFi = $"Kunta {i}", Tyypit = "01" });
                for (var j = 0; j < OppilaitoksiaPerToimija; j++)
                    db.Organisaatiot.Add(new Organisaatio { Oid = Oppilaitos(i, j), ParentOid = Toimija(i), NimiFi = $"Koulu {i}-{j}", Tyypit = "02" });
            }
            await db.SaveChangesAsync();
        }

        const int Era = 5_000;
        var oppijoita = 0;
        var tehty = 0;
        var alku = new DateOnly(2015, 8, 1);
        while (tehty < opiskeluoikeuksia)
        {
            var oppijat = new List<Oppija>();
            var oikeudet = new List<Opiskeluoikeus>();
            for (var n = 0; n < Era && tehty < opiskeluoikeuksia; oppijoita++)
            {
                // A hundred learners per birth date, each with its own temporary individual number (900–999).
                var syntyma = new DateOnly(2000, 1, 1).AddDays(oppijoita / 100);
                var oppija = new Oppija
                {
                    Oid = Oidit.Henkilo(30_000_000_000L + oppijoita),
                    Hetu = Hetu(syntyma, 900 + oppijoita % 100),
                    Etunimet = $"{Etunimet[satunnainen.Next(Etunimet.Length)]} {Etunimet[satunnainen.Next(Etunimet.Length)]}",
                    Sukunimi = Sukunimet[satunnainen.Next(Sukunimet.Length)] + (oppijoita % 7 == 0 ? "-" + Sukunimet[satunnainen.Next(Sukunimet.Length)] : ""),
                    Syntymaaika = syntyma,
                };
                oppija.PaivitaHakunimi();
                oppijat.Add(oppija);
                // Most learners have one or two study rights; big koulutustoimijat (low numbers) have far more.
                var maara = satunnainen.NextDouble() < 0.6 ? 1 : 2;
                for (var k = 0; k < maara && tehty < opiskeluoikeuksia; k++, n++, tehty++)
                {
                    var toimija = (int)(Koulutustoimijoita * Math.Pow(satunnainen.NextDouble(), 2.5));
                    var tyyppi = Tyyppi(satunnainen.Next(1000));
                    var aloitus = alku.AddDays(satunnainen.Next(365 * 11));
                    var paattynyt = satunnainen.NextDouble() < 0.35;
                    oikeudet.Add(new Opiskeluoikeus
                    {
                        Oid = Oidit.Opiskeluoikeus(30_000_000_000L + tehty),
                        OppijaOid = oppija.Oid,
                        // COPY bypasses SaveChanges, where Lajittelunimi would copy it.
                        OppijanHakunimi = oppija.Hakunimi,
                        Versionumero = 1,
                        Aikaleima = DateTimeOffset.UnixEpoch.AddDays(20_000),
                        Tyyppi = tyyppi,
                        OppilaitosOid = Oppilaitos(toimija, satunnainen.Next(OppilaitoksiaPerToimija)),
                        KoulutustoimijaOid = Toimija(toimija),
                        Alkamispaiva = aloitus,
                        Paattymispaiva = paattynyt ? aloitus.AddDays(365 * 3) : null,
                        Tila = paattynyt ? Tilat.Valmistunut : Tilat.Lasna,
                        Lahdejarjestelma = "primus",
                        Luokka = tyyppi == "perusopetus" ? $"{satunnainen.Next(1, 10)}{(char)('A' + satunnainen.Next(4))}" : null,
                        Mitatoity = satunnainen.NextDouble() < 0.005,
                        Json = "{}",
                    });
                }
            }
            await using (var db = konteksti())
            {
                if (db.Database.IsNpgsql()) await AineistonKopiointi.KopioiAsync(db, oppijat, oikeudet);
                else await TallennaAsync(db, oppijat, oikeudet);
            }
            if (tehty % 100_000 < Era) loki($"  {tehty} opiskeluoikeutta, {oppijoita} oppijaa");
        }
    }

    private static async Task TallennaAsync(KoskiDbContext db, List<Oppija> oppijat, List<Opiskeluoikeus> oikeudet)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaktio = await db.Database.BeginTransactionAsync();
        db.Oppijat.AddRange(oppijat);
        db.Opiskeluoikeudet.AddRange(oikeudet);
        await db.SaveChangesAsync();
        await transaktio.CommitAsync();
    }

    private static string Tyyppi(int promille)
    {
        foreach (var (tyyppi, osuus) in Tyypit)
        {
            if (promille < osuus) return tyyppi;
            promille -= osuus;
        }
        return "perusopetus";
    }

    public static string Hetu(DateOnly syntyma, int yksilonumero)
    {
        const string merkit = "0123456789ABCDEFHJKLMNPRSTUVWXY";
        var paivays = syntyma.ToString("ddMMyy", CultureInfo.InvariantCulture);
        var tarkiste = merkit[(int)(long.Parse(paivays + yksilonumero.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) % 31)];
        return $"{paivays}A{yksilonumero}{tarkiste}";
    }
}
