using System.Text.Json.Nodes;

namespace Koski.Virkailija.Application.Syotto;

/// <summary>The reverse of <see cref="SyottoLomake.Dokumentti"/>: a stored document read into the edit form.</summary>
public sealed partial class SyottoLomake
{
    /// <summary>
    /// Reads <paramref name="opiskeluoikeus"/> (a stored document) into a form. What the form does not show stays in
    /// <see cref="Pohja"/> and in each row's own copy, so saving the form unchanged gives the document back.
    /// </summary>
    public static SyottoLomake Lue(JsonObject opiskeluoikeus)
    {
        var pohja = opiskeluoikeus.DeepClone().AsObject();
        var lomake = new SyottoLomake
        {
            Pohja = pohja,
            Tyyppi = Teksti(pohja["tyyppi"], "koodiarvo") ?? "",
            OppilaitosOid = Teksti(pohja["oppilaitos"], "oid"),
            Jarjestamismuoto = Teksti(pohja["järjestämismuoto"], "koodiarvo"),
            OstajaOid = Teksti(pohja["koulutustoimija"], "oid"),
            Jaksot = Objektit(pohja["tila"]?["opiskeluoikeusjaksot"]).Select(j => new JaksoRivi
            {
                Alku = Paivaksi(Teksti(j, "alku")), Tila = Teksti(j["tila"], "koodiarvo") ?? "", Pohja = j,
                Rahoitus = Teksti(j["opintojenRahoitus"], "koodiarvo"),
            }).ToList(),
        };
        lomake.LueLisatiedot(pohja["lisätiedot"] as JsonObject);
        lomake.Tpo.Oppimaara = Teksti(pohja["oppimäärä"], "koodiarvo") ?? lomake.Tpo.Oppimaara;
        lomake.Tpo.Toteutustapa = Teksti(pohja["koulutuksenToteutustapa"], "koodiarvo") ?? lomake.Tpo.Toteutustapa;
        lomake.Tpo.Suoritukset = [];
        lomake.Aikuiset.Oppimaara = false;
        foreach (var suoritus in Objektit(pohja["suoritukset"])) lomake.LueSuoritus(suoritus);
        lomake.IlmanPaasuoritusta = lomake.Tyyppi == Perusopetus && lomake.PaasuoritusPohja is null;
        return lomake;
    }

    private void LueSuoritus(JsonObject suoritus)
    {
        var tyyppi = Teksti(suoritus["tyyppi"], "koodiarvo");
        var tunniste = Teksti(suoritus["koulutusmoduuli"]?["tunniste"], "koodiarvo");
        if (LueAikuistenSuoritus(tyyppi, suoritus)) return;
        if (tyyppi == Valmistava && Tyyppi == Valmistava && PaasuoritusPohja is null)
        {
            LueValmistava(suoritus);
            return;
        }
        switch (tyyppi)
        {
            case "perusopetuksenvuosiluokka" when Tyyppi == Perusopetus:
                Vuosiluokat.Add(new VuosiluokkaRivi
                {
                    Luokkaaste = tunniste ?? "", Luokka = Teksti(suoritus, "luokka"),
                    Alkamispaiva = Paivaksi(Teksti(suoritus, "alkamispäivä")),
                    JaaLuokalle = Totuus(suoritus, "jääLuokalle"), Pohja = suoritus,
                    OppiaineRivit = Objektit(suoritus["osasuoritukset"]).Select(LueOppiaine).ToList(),
                    Kayttaytyminen = Teksti(suoritus["käyttäytymisenArvio"]?["arvosana"], "koodiarvo"),
                    Suorituskieli = Teksti(suoritus["suorituskieli"], "koodiarvo") ?? OletusSuorituskieli,
                    Vahvistus = LueVahvistus(suoritus),
                });
                _luettuDiaarinumero ??= Teksti(suoritus["koulutusmoduuli"], "perusteenDiaarinumero");
                return;
            case OppiaineenOppimaara when Tyyppi == Perusopetus:
                Aineopinnot.Add(LueAineopinto(suoritus));
                return;
            case "perusopetuksenoppimaara" when Tyyppi == Perusopetus && PaasuoritusPohja is null:
            case "perusopetuksenlisaopetus" when Tyyppi == Lisaopetus && PaasuoritusPohja is null:
            case "esiopetuksensuoritus" when Tyyppi == Esiopetus && PaasuoritusPohja is null:
                PaasuoritusPohja = suoritus;
                OppimaaranPaikka = Vuosiluokat.Count;
                OppiaineRivit = Objektit(suoritus["osasuoritukset"]).Select(LueOppiaine).ToList();
                Suorituskieli = Teksti(suoritus["suorituskieli"], "koodiarvo") ?? OletusSuorituskieli;
                if (Tyyppi == Perusopetus && Teksti(suoritus["koulutusmoduuli"], "perusteenDiaarinumero") is { } diaari)
                    Diaarinumero = _luettuDiaarinumero = diaari;
                Vahvistus = LueVahvistus(suoritus);
                return;
            default:
                if (Tyyppi == Taiteenperusopetus && Taiteenperusopetusta.Taso(tyyppi) is { } taso)
                {
                    Tpo.Taiteenala = Teksti(suoritus["koulutusmoduuli"]?["taiteenala"], "koodiarvo") ?? Tpo.Taiteenala;
                    Tpo.Suoritukset.Add(new TpoSuoritusRivi { Taso = taso, Pohja = suoritus });
                    Vahvistus = LueVahvistus(suoritus);
                }
                else MuutSuoritukset.Add(suoritus);
                return;
        }
    }

    private static Vahvistustiedot LueVahvistus(JsonObject suoritus)
    {
        var vahvistus = suoritus["vahvistus"] as JsonObject;
        var henkilo = (vahvistus?["myöntäjäHenkilöt"] as JsonArray)?.FirstOrDefault() as JsonObject;
        return new Vahvistustiedot
        {
            Paiva = Paivaksi(Teksti(vahvistus, "päivä")), Paikkakunta = Teksti(vahvistus?["paikkakunta"], "koodiarvo"),
            MyontajaNimi = Teksti(henkilo, "nimi"), MyontajaTitteli = Teksti(henkilo?["titteli"], "fi"),
        };
    }

    private void LueLisatiedot(JsonObject? lisatiedot)
    {
        if (lisatiedot is null) return;
        foreach (var kentta in Lisatietokentat.Kaikki)
        {
            var jaksot = lisatiedot[kentta.Nimi] switch
            {
                JsonObject yksi => [yksi],
                JsonArray lista => lista.OfType<JsonObject>().ToList(),
                _ => [],
            };
            Lisatiedot.AddRange(jaksot.Select(j => new LisatietoRivi
            {
                Kentta = kentta.Nimi, Alku = Paivaksi(Teksti(j, "alku")), Loppu = Paivaksi(Teksti(j, "loppu")), Pohja = j,
            }));
        }
        LueTukijaksot(lisatiedot);
    }

    private static string? OsasuorituksenNimi(JsonObject osasuoritus)
    {
        var moduuli = osasuoritus["koulutusmoduuli"];
        var nimi = Teksti(moduuli?["tunniste"]?["nimi"], "fi") ?? Teksti(moduuli?["tunniste"], "koodiarvo");
        return Teksti(moduuli?["kieli"], "koodiarvo") is { } kieli ? $"{nimi} ({kieli})" : nimi;
    }

    private static List<JsonObject> Objektit(JsonNode? lista) => (lista as JsonArray)?.OfType<JsonObject>().ToList() ?? [];

    private static bool Totuus(JsonObject kohde, string kentta) =>
        kohde[kentta] is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    private static DateTime? Paivaksi(string? paiva) =>
        Domain.Suomenaika.IsoPaiva(paiva)?.ToDateTime(TimeOnly.MinValue);
}
