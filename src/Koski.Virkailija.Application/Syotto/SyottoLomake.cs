using System.Text.Json.Nodes;

namespace Koski.Virkailija.Application.Syotto;

/// <summary>
/// What the "Uusi opiskeluoikeus" and "Muokkaa" forms hold. <see cref="Dokumentti"/> turns it into KOSKI's JSON form
/// of the type (a valid transfer document), <see cref="Lue"/> reads a stored document back into it. When editing,
/// the form is applied on top of a copy of the stored document (<see cref="Pohja"/>), so that fields the form does
/// not show are kept as they were.
/// </summary>
public sealed partial class SyottoLomake
{
    public const string Perusopetus = "perusopetus";
    public const string Esiopetus = "esiopetus";
    public const string Lisaopetus = "perusopetuksenlisaopetus";
    public const string Taiteenperusopetus = "taiteenperusopetus";
    public const string Hankintakoulutus = "hankintakoulutus";

    /// <summary>Types this form enters, with their Finnish names.</summary>
    public static IReadOnlyList<Valinta> Tyypit { get; } =
    [
        new(Perusopetus, "Perusopetus"), new(Esiopetus, "Esiopetus"), new(Lisaopetus, "Perusopetuksen lisäopetus"),
        new(Taiteenperusopetus, "Taiteen perusopetus"), new(AikuistenPerusopetus, "Aikuisten perusopetus"),
        new(Valmistava, "Perusopetukseen valmistava opetus"),
    ];

    /// <summary>arviointiasteikkoyleissivistava: numbers 4–10, S (hyväksytty), H (hylätty), O (osallistunut).</summary>
    public static IReadOnlyList<string> Arvosanat { get; } = ["4", "5", "6", "7", "8", "9", "10", "S", "H", "O"];

    /// <summary>vardajarjestamismuoto: how an esiopetus bought from a varhaiskasvatus toimipaikka is arranged.</summary>
    public static IReadOnlyList<Valinta> Jarjestamismuodot { get; } =
    [
        new("JM01", "Kunnan tai kuntayhtymän järjestämä"), new("JM02", "Ostopalvelu, kunnan tai kuntayhtymän järjestämä"),
        new("JM03", "Palveluseteli, kunnan tai kuntayhtymän järjestämä"), new("JM04", "Yksityisen hoidon tuella järjestetty"),
        new("JM05", "Yksityinen varhaiskasvatus ilman yksityisen hoidon tukea"),
    ];

    /// <summary>The tilat of koskiopiskeluoikeudentila an official may choose for the type.</summary>
    public static IReadOnlyList<Valinta> Tilat(string tyyppi) => tyyppi == Taiteenperusopetus
        ? [new("lasna", "Läsnä"), new("valiaikaisestikeskeytynyt", "Väliaikaisesti keskeytynyt"),
           new("hyvaksytystisuoritettu", "Hyväksytysti suoritettu"), new("paattynyt", "Päättynyt")]
        : [new("lasna", "Läsnä"), new("valiaikaisestikeskeytynyt", "Väliaikaisesti keskeytynyt"), new("loma", "Loma"),
           new("eronnut", "Eronnut"), new("katsotaaneronneeksi", "Katsotaan eronneeksi"), new("valmistunut", "Valmistunut")];

    public string Tyyppi { get; set; } = Perusopetus;
    public string? OppilaitosOid { get; set; }
    public List<JaksoRivi> Jaksot { get; set; } = [new()];
    public List<VuosiluokkaRivi> Vuosiluokat { get; set; } = [];
    /// <summary>The osasuoritukset (oppiaineet) of the perusopetus oppimäärä or the lisäopetus suoritus.</summary>
    public List<OppiaineRivi> OppiaineRivit { get; set; } = [];
    public List<LisatietoRivi> Lisatiedot { get; set; } = [];
    /// <summary>
    /// False when the user may not see special-category data: the form then neither shows nor writes any of it
    /// (lisätiedot, jää luokalle, yksilöllistetty or rajattu oppimäärä …); what is stored stays.
    /// </summary>
    public bool LisatiedotMuokattavissa { get; set; } = true;
    /// <summary>The vahvistus of the suoritus that completes the study right (<see cref="VahvistettavaIndeksi"/>).</summary>
    public Vahvistustiedot Vahvistus { get; set; } = new();
    public DateTime? VahvistusPaiva { get => Vahvistus.Paiva; set => Vahvistus.Paiva = value; }
    /// <summary>A kunta code (koodisto kunta), e.g. 179 Jyväskylä.</summary>
    public string? VahvistusPaikkakunta { get => Vahvistus.Paikkakunta; set => Vahvistus.Paikkakunta = value; }
    public string? MyontajaNimi { get => Vahvistus.MyontajaNimi; set => Vahvistus.MyontajaNimi = value; }
    public string? MyontajaTitteli { get => Vahvistus.MyontajaTitteli; set => Vahvistus.MyontajaTitteli = value; }
    public Taiteenperusopetuksen Tpo { get; set; } = new();
    /// <summary>vardajarjestamismuoto of an esiopetus bought from a varhaiskasvatus toimipaikka; null when not bought.</summary>
    public string? Jarjestamismuoto { get; set; }
    /// <summary>The buyer (koulutustoimija) of a TPO hankintakoulutus or a bought esiopetus.</summary>
    public string? OstajaOid { get; set; }

    /// <summary>The stored document being edited; null on a new study right.</summary>
    public JsonObject? Pohja { get; private set; }
    /// <summary>The perusopetus oppimäärä, lisäopetus or esiopetus suoritus as stored.</summary>
    public JsonObject? PaasuoritusPohja { get; private set; }
    /// <summary>Päätason suoritukset of kinds the form does not edit; saved unchanged.</summary>
    public List<JsonObject> MuutSuoritukset { get; } = [];

    public sealed class JaksoRivi
    {
        public DateTime? Alku { get; set; }
        public string Tila { get; set; } = "lasna";
        /// <summary>opintojenRahoitus (koodisto opintojenrahoitus) of an aikuisten perusopetus jakso; other types keep theirs as stored.</summary>
        public string? Rahoitus { get; set; }
        public JsonObject? Pohja { get; set; }
    }

    public sealed class VuosiluokkaRivi
    {
        public string Luokkaaste { get; set; } = "1";
        public string? Luokka { get; set; }
        public DateTime? Alkamispaiva { get; set; }
        public bool JaaLuokalle { get; set; }
        /// <summary>The vuosiluokka's own oppiaineet and grades.</summary>
        public List<OppiaineRivi> OppiaineRivit { get; set; } = [];
        /// <summary>käyttäytymisenArvio's arvosana (arviointiasteikkoyleissivistava); null when not given.</summary>
        public string? Kayttaytyminen { get; set; }
        public string Suorituskieli { get; set; } = OletusSuorituskieli;
        public Vahvistustiedot Vahvistus { get; set; } = new();
        public JsonObject? Pohja { get; set; }
    }

    public sealed class OppiaineRivi
    {
        /// <summary>A koskioppiaineetyleissivistava code, or a paikallinen oppiaine's own code when <see cref="Paikallinen"/>.</summary>
        public string Oppiaine { get; set; } = "MA";
        public bool Paikallinen { get; set; }
        /// <summary>The language of AI (oppiaineaidinkielijakirjallisuus) or of a foreign/second language (kielivalikoima).</summary>
        public string? Kieli { get; set; }
        public bool Pakollinen { get; set; } = true;
        /// <summary>In vuosiviikkotunnit.</summary>
        public decimal? Laajuus { get; set; }
        /// <summary>A paikallinen oppiaine's name (also its kuvaus when it has none).</summary>
        public string? PaikallinenNimi { get; set; }
        public string? Arvosana { get; set; }
        public bool Yksilollistetty { get; set; }
        public bool Rajattu { get; set; }
        /// <summary>The stored name of a subject not in <see cref="Oppiaineet"/> (e.g. a toiminta-alue).</summary>
        public string? Nimi { get; set; }
        public JsonObject? Pohja { get; set; }
    }

    /// <summary>One period of lisätiedot (<see cref="Lisatietokentat"/>): e.g. koulukoti, or a tuen päätöksen jakso.</summary>
    public sealed class LisatietoRivi
    {
        public string Kentta { get; set; } = Lisatietokentat.Kaikki[0].Nimi;
        public DateTime? Alku { get; set; }
        public DateTime? Loppu { get; set; }
        public JsonObject? Pohja { get; set; }
    }

    /// <summary>A suoritus's vahvistus: day, kunta and the person who signed it.</summary>
    public sealed class Vahvistustiedot
    {
        public DateTime? Paiva { get; set; }
        /// <summary>A kunta code (koodisto kunta), e.g. 179 Jyväskylä.</summary>
        public string? Paikkakunta { get; set; }
        public string? MyontajaNimi { get; set; }
        public string? MyontajaTitteli { get; set; }
    }

    public sealed class Taiteenperusopetuksen
    {
        public string Oppimaara { get; set; } = "yleinenoppimaara";
        public string Toteutustapa { get; set; } = "itsejarjestettykoulutus";
        public string Taiteenala { get; set; } = "musiikki";
        public List<TpoSuoritusRivi> Suoritukset { get; set; } = [new()];
    }

    /// <summary>A TPO päätason suoritus: the opintotaso of the oppimäärä (see <see cref="Taiteenperusopetusta.Tasot"/>).</summary>
    public sealed class TpoSuoritusRivi
    {
        public string Taso { get; set; } = "yhteisetopinnot";
        public JsonObject? Pohja { get; set; }
    }
}
