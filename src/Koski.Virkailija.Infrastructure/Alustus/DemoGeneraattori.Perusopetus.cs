using System.Globalization;
using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Oppijat;
using Koski.Virkailija.Domain.Organisaatiot;
using Koski.Virkailija.Domain.Validointi;
using static Koski.Virkailija.Infrastructure.Alustus.DemoJson;
using static Koski.Virkailija.Infrastructure.Alustus.DemoOrganisaatiot;

namespace Koski.Virkailija.Infrastructure.Alustus;

/// <summary>Esiopetus, perusopetus (with its vuosiluokat) and perusopetuksen lisäopetus.</summary>
internal sealed partial class DemoGeneraattori
{
    private enum Esiopetuspaikka { Normaalikoulu, HelsinginPaivakoti, Ostopalvelu }

    private static readonly string[] HelsinginPaivakodit = [PkFranzenia, PkSuvi, PkLunni];
    private static readonly string[] HelsinginPeruskoulut = [HaaganPeruskoulu, PasilanPeruskoulu];

    private static readonly Rajapaivat Rajat = new();

    /// <summary>The school year (autumn) of the last perusopetuksen lisäopetus; it ended on <see cref="Rajapaivat.LisaopetuksenTilojenViimeinenAlkupaiva"/>.</summary>
    private static readonly int ViimeinenLisaopetusvuosi = Rajat.LisaopetuksenTilojenViimeinenAlkupaiva.Year - 1;

    /// <summary>
    /// The 2025 learning-support reform retires pidennetty oppivelvollisuus, vammaisuus and erityisen tuen päätös
    /// periods: in a study right going on past this day they end on it.
    /// </summary>
    private static readonly DateOnly VanhanTuenViimeinenPaiva = Rajat.PidennetynOppivelvollisuudenViimeinenKayttopaiva;

    private void Esikoululainen()
    {
        var oppija = UusiOppija(Lukuvuosi - 6);
        var paikka = _satunnainen.NextDouble() switch
        {
            < 0.45 => Esiopetuspaikka.Normaalikoulu,
            < 0.9 => Esiopetuspaikka.HelsinginPaivakoti,
            _ => Esiopetuspaikka.Ostopalvelu,
        };
        Esiopetus(oppija, paikka, valmis: false);
    }

    private void Peruskoululainen()
    {
        var luokka = _satunnainen.Next(1, 10);
        var oppija = UusiOppija(Lukuvuosi - 6 - luokka);
        var koulu = Hae(Todennakoisyys(0.45) ? Normaalikoulu : Valitse(HelsinginPeruskoulut));
        if (luokka == 1)
        {
            var paikka = koulu.Oid == Normaalikoulu ? Esiopetuspaikka.Normaalikoulu
                : Todennakoisyys(0.85) ? Esiopetuspaikka.HelsinginPaivakoti : Esiopetuspaikka.Ostopalvelu;
            Esiopetus(oppija, paikka, valmis: true);
        }
        int? kerrattu = luokka >= 3 && Todennakoisyys(0.05) ? _satunnainen.Next(1, luokka) : null;
        Perusopetus(oppija, koulu, luokka, valmis: false, kerrattu);
        if (Todennakoisyys(0.2)) Taiteenperusopetus(oppija);
    }

    /// <summary>
    /// A young adult who took lisäopetus in its last school year: KOSKI takes no lisäopetus tila after 31.5.2023
    /// (the reform moved the pupils to TUVA), so it ended then.
    /// </summary>
    private void PaattynytLisaopetus()
    {
        var oppija = UusiOppija(ViimeinenLisaopetusvuosi - 16);
        var koulu = Hae(Todennakoisyys(0.6) ? Normaalikoulu : PasilanPeruskoulu);
        Perusopetus(oppija, koulu, 9, valmis: true, kerrattu: null, ViimeinenLisaopetusvuosi);
        Lisaopetus(oppija, koulu);
    }

    /// <summary>A pupil's perusopetus that finished last spring, for those now in lisäopetus or upper secondary.</summary>
    private void PaattynytPerusopetus(Oppija oppija) =>
        Perusopetus(oppija, Hae(Todennakoisyys(0.5) ? Normaalikoulu : Valitse(HelsinginPeruskoulut)), 9, valmis: true, kerrattu: null);

    private void Esiopetus(Oppija oppija, Esiopetuspaikka paikka, bool valmis)
    {
        var (oppilaitos, toimipiste, koulutustoimija, lahde) = paikka switch
        {
            Esiopetuspaikka.Normaalikoulu => (Hae(Normaalikoulu), Hae(Normaalikoulu), Hae(JyvaskylanYliopisto),
                Todennakoisyys(0.6) ? Lahde.Kayttoliittymasta("esiopetus-tallentaja") : Lahde.Jarjestelmasta("primus")),
            Esiopetuspaikka.HelsinginPaivakoti => HelsinginPaivakoti(),
            // Bought from a private day-care provider: no oppilaitos, only the toimipiste (KOSKI's ostopalvelu).
            _ => ((Organisaatio?)null, Hae(PaivakotiTouhula), Hae(HelsinginKaupunki), Lahde.Kayttoliittymasta("helsinki-tallentaja")),
        };
        var alku = LukuvuodenAlku(valmis ? Lukuvuosi - 1 : Lukuvuosi);
        var loppu = KevaanLoppu(valmis ? Lukuvuosi : Lukuvuosi + 1);

        var json = UusiOpiskeluoikeus(lahde, oppilaitos, koulutustoimija);
        json["tila"] = valmis ? Tila(Jakso(alku, "lasna"), Jakso(loppu, "valmistunut")) : Tila(Jakso(alku, "lasna"));
        DateOnly? tukiLoppuu = valmis ? null : VanhanTuenViimeinenPaiva;
        if (Todennakoisyys(0.15))
        {
            json["lisätiedot"] = new JsonObject
            {
                ["pidennettyOppivelvollisuus"] = Aikajakso(alku, tukiLoppuu),
                ["erityisenTuenPäätökset"] = new JsonArray(ErityisenTuenPaatos(alku, tukiLoppuu)),
                ["vammainen"] = new JsonArray(Aikajakso(alku, tukiLoppuu)),
            };
        }
        var suoritus = new JsonObject
        {
            ["koulutusmoduuli"] = new JsonObject
            {
                ["tunniste"] = Koodi("koulutus", "001101"),
                ["perusteenDiaarinumero"] = "102/011/2014",
            },
            ["toimipiste"] = Organisaatio(toimipiste),
            ["suorituskieli"] = Suorituskieli(),
        };
        if (valmis) suoritus["vahvistus"] = Vahvistus(loppu, toimipiste);
        suoritus["tyyppi"] = Koodi("suorituksentyyppi", "esiopetuksensuoritus");
        json["suoritukset"] = new JsonArray(suoritus);
        json["tyyppi"] = Koodi("opiskeluoikeudentyyppi", "esiopetus", "Esiopetus");
        if (paikka == Esiopetuspaikka.Ostopalvelu) json["järjestämismuoto"] = Koodi("vardajarjestamismuoto", "JM02");
        Lisaa(oppija, json, lahde);
    }

    private (Organisaatio?, Organisaatio, Organisaatio, Lahde) HelsinginPaivakoti()
    {
        var paivakoti = Hae(Valitse(HelsinginPaivakodit));
        var lahde = Todennakoisyys(0.2) ? Lahde.Kayttoliittymasta("helsinki-tallentaja") : Lahde.Jarjestelmasta("helmi");
        return (paivakoti, paivakoti, Hae(HelsinginKaupunki), lahde);
    }

    /// <param name="luokka">The grade attended now, or the last one (9) when <paramref name="valmis"/>.</param>
    /// <param name="kerrattu">A grade the pupil attended twice (jääLuokalle the first time).</param>
    /// <param name="lukuvuosi">The school year (autumn) that is now for this study right; the demo's own by default.</param>
    private void Perusopetus(Oppija oppija, Organisaatio koulu, int luokka, bool valmis, int? kerrattu, int lukuvuosi = Lukuvuosi)
    {
        var luokat = Enumerable.Range(1, luokka).ToList();
        if (kerrattu is { } k) luokat.Insert(k - 1, k);
        var viimeinenVuosi = valmis ? lukuvuosi - 1 : lukuvuosi;
        var ensimmainenVuosi = viimeinenVuosi - luokat.Count + 1;
        var alku = LukuvuodenAlku(ensimmainenVuosi);
        var loppu = KevaanLoppu(lukuvuosi);
        var normaalikoulu = koulu.Oid == Normaalikoulu;
        var lahde = normaalikoulu
            ? Todennakoisyys(0.3) ? Lahde.Kayttoliittymasta("tallentaja") : Lahde.Jarjestelmasta("primus")
            : Todennakoisyys(0.15) ? Lahde.Kayttoliittymasta("helsinki-tallentaja") : Lahde.Jarjestelmasta("wilma");
        var taso = 6.0 + _satunnainen.NextDouble() * 3.5;
        var rinnakkaisluokka = "ABCD"[_satunnainen.Next(4)];

        var json = UusiOpiskeluoikeus(lahde, koulu, Koulutustoimija(koulu));
        json["tila"] = valmis ? Tila(Jakso(alku, "lasna"), Jakso(loppu, "valmistunut")) : Tila(Jakso(alku, "lasna"));
        var lisatiedot = PerusopetuksenLisatiedot(alku, valmis ? loppu : VanhanTuenViimeinenPaiva, out var yksilollistetty);
        if (lisatiedot is not null) json["lisätiedot"] = lisatiedot;

        var suoritukset = new JsonArray();
        for (var i = 0; i < luokat.Count; i++)
        {
            var vuosi = ensimmainenVuosi + i;
            var kesken = !valmis && vuosi == lukuvuosi;
            var jaaLuokalle = kerrattu is not null && i + 1 < luokat.Count && luokat[i + 1] == luokat[i];
            var toimipiste = normaalikoulu
                ? Hae(luokat[i] <= 6 ? NormaalikoulunAlakoulu : NormaalikoulunYlakouluJaLukio)
                : koulu;
            suoritukset.Add(Vuosiluokka(koulu, toimipiste, luokat[i], $"{luokat[i]}{rinnakkaisluokka}", vuosi, kesken,
                jaaLuokalle, taso, yksilollistetty));
        }
        if (valmis || luokka == 9)
            suoritukset.Add(PerusopetuksenOppimaara(koulu, valmis ? loppu : null, taso, yksilollistetty));
        json["suoritukset"] = suoritukset;
        json["tyyppi"] = Koodi("opiskeluoikeudentyyppi", "perusopetus", "Perusopetus");
        Lisaa(oppija, json, lahde);
    }

    /// <summary>Special-category support data for about one pupil in five; null for the rest.</summary>
    /// <param name="loppu">The day the periods end: the study right's end, or the reform's last day for those going on.</param>
    private JsonObject? PerusopetuksenLisatiedot(DateOnly alku, DateOnly loppu, out bool yksilollistetty)
    {
        yksilollistetty = false;
        var arpa = _satunnainen.NextDouble();
        if (arpa < 0.1)
            return new JsonObject { ["tehostetunTuenPäätökset"] = new JsonArray(Aikajakso(alku, loppu)) };
        if (arpa >= 0.2) return null;

        yksilollistetty = true;
        var lisatiedot = new JsonObject();
        var pidennetty = arpa < 0.14;
        if (pidennetty) lisatiedot["pidennettyOppivelvollisuus"] = Aikajakso(alku, loppu);
        lisatiedot["erityisenTuenPäätökset"] = new JsonArray(ErityisenTuenPaatos(alku, loppu));
        if (pidennetty) lisatiedot["vammainen"] = new JsonArray(Aikajakso(alku, loppu));
        return lisatiedot;
    }

    private JsonObject ErityisenTuenPaatos(DateOnly alku, DateOnly? loppu)
    {
        var paatos = Aikajakso(alku, loppu);
        paatos["opiskeleeToimintaAlueittain"] = false;
        paatos["erityisryhmässä"] = Todennakoisyys(0.3);
        return paatos;
    }

    private JsonObject Vuosiluokka(Organisaatio koulu, Organisaatio toimipiste, int luokka, string ryhma, int vuosi,
        bool kesken, bool jaaLuokalle, double taso, bool yksilollistetty)
    {
        var suoritus = new JsonObject
        {
            ["koulutusmoduuli"] = new JsonObject
            {
                ["tunniste"] = Koodi("perusopetuksenluokkaaste", luokka.ToString(CultureInfo.InvariantCulture)),
                ["perusteenDiaarinumero"] = "104/011/2014",
            },
            ["luokka"] = ryhma,
            ["toimipiste"] = Organisaatio(toimipiste),
            ["alkamispäivä"] = Paiva(LukuvuodenAlku(vuosi)),
        };
        if (!kesken) suoritus["vahvistus"] = Vahvistus(KevaanLoppu(vuosi + 1), koulu);
        suoritus["suorituskieli"] = Suorituskieli();
        if (!kesken)
        {
            suoritus["jääLuokalle"] = jaaLuokalle;
            // Drawn either way, so the rest of the data stays as it was; KOSKI keeps a passed 9th grade's
            // oppiaineet on the oppimäärä only (tila.oppiaineitaEiSallita).
            var oppiaineet = Oppiaineet(luokka, "perusopetuksenoppiaine", taso, yksilollistetty, sanallinen: luokka <= 3);
            if (luokka != 9 || jaaLuokalle) suoritus["osasuoritukset"] = oppiaineet;
        }
        suoritus["tyyppi"] = Koodi("suorituksentyyppi", "perusopetuksenvuosiluokka");
        return suoritus;
    }

    private JsonObject PerusopetuksenOppimaara(Organisaatio koulu, DateOnly? vahvistettu, double taso, bool yksilollistetty)
    {
        var suoritus = new JsonObject
        {
            ["koulutusmoduuli"] = new JsonObject
            {
                ["tunniste"] = Koodi("koulutus", "201101"),
                ["perusteenDiaarinumero"] = "104/011/2014",
            },
            ["toimipiste"] = Organisaatio(koulu.Oid == Normaalikoulu ? Hae(NormaalikoulunYlakouluJaLukio) : koulu),
        };
        if (vahvistettu is { } paiva) suoritus["vahvistus"] = Vahvistus(paiva, koulu);
        suoritus["suoritustapa"] = Koodi("perusopetuksensuoritustapa", "koulutus");
        suoritus["suorituskieli"] = Suorituskieli();
        if (vahvistettu is not null)
            suoritus["osasuoritukset"] = Oppiaineet(9, "perusopetuksenoppiaine", taso, yksilollistetty, sanallinen: false);
        suoritus["tyyppi"] = Koodi("suorituksentyyppi", "perusopetuksenoppimaara");
        suoritus["koulusivistyskieli"] = new JsonArray(Suorituskieli());
        return suoritus;
    }

    /// <summary>The subjects of a grade, each with a grade (S in the first grades, where assessment is verbal).</summary>
    private JsonArray Oppiaineet(int luokka, string suoritustyyppi, double taso, bool yksilollistetty, bool sanallinen)
    {
        var oppiaineet = new JsonArray();
        foreach (var (koodi, kieliKoodisto, kieli) in Oppiaineluettelo(luokka))
        {
            var koulutusmoduuli = new JsonObject { ["tunniste"] = Koodi("koskioppiaineetyleissivistava", koodi) };
            if (kieli is not null) koulutusmoduuli["kieli"] = Koodi(kieliKoodisto!, kieli);
            koulutusmoduuli["pakollinen"] = true;
            var oppiaine = new JsonObject { ["koulutusmoduuli"] = koulutusmoduuli };
            if (yksilollistetty && koodi is "MA" or "AI") oppiaine["yksilöllistettyOppimäärä"] = true;
            var arvosana = sanallinen || koodi == "OP" ? "S" : Arvosana(taso);
            oppiaine["arviointi"] = Arviointi("arviointiasteikkoyleissivistava", arvosana);
            oppiaine["tyyppi"] = Koodi("suorituksentyyppi", suoritustyyppi);
            oppiaineet.Add(oppiaine);
        }
        return oppiaineet;
    }

    private static IEnumerable<(string Koodi, string? KieliKoodisto, string? Kieli)> Oppiaineluettelo(int luokka)
    {
        yield return ("AI", "oppiaineaidinkielijakirjallisuus", "AI1");
        yield return ("A1", "kielivalikoima", "EN");
        if (luokka >= 6) yield return ("B1", "kielivalikoima", "SV");
        yield return ("MA", null, null);
        if (luokka <= 6)
        {
            yield return ("YL", null, null);
        }
        else
        {
            foreach (var aine in new[] { "BI", "GE", "FY", "KE", "TE" }) yield return (aine, null, null);
        }
        if (luokka >= 5) yield return ("HI", null, null);
        if (luokka >= 6) yield return ("YH", null, null);
        foreach (var aine in new[] { "KT", "MU", "KU", "KS", "LI" }) yield return (aine, null, null);
        if (luokka >= 7) yield return ("KO", null, null);
        if (luokka >= 7) yield return ("OP", null, null);
    }

    /// <summary>A grade 5–10 around the pupil's level.</summary>
    private string Arvosana(double taso)
    {
        var arvosana = (int)Math.Round(taso + (_satunnainen.NextDouble() - 0.5) * 2.5);
        return Math.Clamp(arvosana, 5, 10).ToString(CultureInfo.InvariantCulture);
    }

    private void Lisaopetus(Oppija oppija, Organisaatio koulu)
    {
        var lahde = koulu.Oid == Normaalikoulu
            ? Todennakoisyys(0.6) ? Lahde.Kayttoliittymasta("tallentaja") : Lahde.Jarjestelmasta("primus")
            : Todennakoisyys(0.6) ? Lahde.Kayttoliittymasta("helsinki-tallentaja") : Lahde.Jarjestelmasta("wilma");
        var alku = LukuvuodenAlku(ViimeinenLisaopetusvuosi);
        var loppu = Rajat.LisaopetuksenTilojenViimeinenAlkupaiva;
        var json = UusiOpiskeluoikeus(lahde, koulu, Koulutustoimija(koulu));
        json["tila"] = Tila(Jakso(alku, "lasna"), Jakso(loppu, "valmistunut"));
        if (Todennakoisyys(0.35))
        {
            json["lisätiedot"] = new JsonObject
            {
                ["pidennettyOppivelvollisuus"] = Aikajakso(alku),
                ["erityisenTuenPäätökset"] = new JsonArray(ErityisenTuenPaatos(alku, loppu: null)),
                ["vammainen"] = new JsonArray(Aikajakso(alku)),
            };
        }
        json["suoritukset"] = new JsonArray(new JsonObject
        {
            ["koulutusmoduuli"] = new JsonObject
            {
                ["tunniste"] = Koodi("koulutus", "020075"),
                ["perusteenDiaarinumero"] = "105/011/2014",
            },
            ["luokka"] = "10A",
            ["toimipiste"] = Organisaatio(koulu.Oid == Normaalikoulu ? Hae(NormaalikoulunYlakouluJaLukio) : koulu),
            ["vahvistus"] = Vahvistus(loppu, koulu),
            ["suorituskieli"] = Suorituskieli(),
            ["osasuoritukset"] = Korotukset(loppu),
            ["tyyppi"] = Koodi("suorituksentyyppi", "perusopetuksenlisaopetus"),
        });
        json["tyyppi"] = Koodi("opiskeluoikeudentyyppi", "perusopetuksenlisaopetus", "Perusopetuksen lisäopetus");
        Lisaa(oppija, json, lahde);
    }

    /// <summary>
    /// The subjects a lisäopetus pupil raised. Graded with a generator of their own (seeded by the study right's number),
    /// so the shared sequence, and so every learner generated after, stays as it was before lisäopetus had grades.
    /// </summary>
    private JsonArray Korotukset(DateOnly paiva)
    {
        var arpa = new Random(_opiskeluoikeudet.Count);
        var oppiaineet = new JsonArray();
        foreach (var (koodi, kieliKoodisto, kieli) in new[] { ("AI", "oppiaineaidinkielijakirjallisuus", "AI1"), ("MA", null, null), ("A1", "kielivalikoima", "EN") })
        {
            var koulutusmoduuli = new JsonObject { ["tunniste"] = Koodi("koskioppiaineetyleissivistava", koodi) };
            if (kieli is not null) koulutusmoduuli["kieli"] = Koodi(kieliKoodisto!, kieli);
            koulutusmoduuli["pakollinen"] = true;
            oppiaineet.Add(new JsonObject
            {
                ["koulutusmoduuli"] = koulutusmoduuli,
                ["arviointi"] = Arviointi("arviointiasteikkoyleissivistava", arpa.Next(6, 10).ToString(CultureInfo.InvariantCulture), paiva),
                ["korotus"] = true,
                ["tyyppi"] = Koodi("suorituksentyyppi", "perusopetuksenlisaopetuksenoppiaine"),
            });
        }
        return oppiaineet;
    }
}
