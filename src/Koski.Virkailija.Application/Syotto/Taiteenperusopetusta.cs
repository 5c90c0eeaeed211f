namespace Koski.Virkailija.Application.Syotto;

/// <summary>Code lists of taiteen perusopetus (KOSKI's TaiteenPerusopetuksenOpiskeluoikeus) for the form.</summary>
public static class Taiteenperusopetusta
{
    /// <summary>taiteenperusopetusoppimaara, with the curriculum's diaarinumero.</summary>
    public static IReadOnlyList<Valinta> Oppimaarat { get; } =
        [new("yleinenoppimaara", "Yleinen oppimäärä"), new("laajaoppimaara", "Laaja oppimäärä")];

    /// <summary>taiteenperusopetuskoulutuksentoteutustapa.</summary>
    public static IReadOnlyList<Valinta> Toteutustavat { get; } =
        [new("itsejarjestettykoulutus", "Itse järjestetty koulutus"), new(SyottoLomake.Hankintakoulutus, "Hankintakoulutus")];

    /// <summary>taiteenperusopetustaiteenala.</summary>
    public static IReadOnlyList<Valinta> Taiteenalat { get; } =
    [
        new("arkkitehtuuri", "Arkkitehtuuri"), new("kasityo", "Käsityö"), new("kuvataide", "Kuvataide"),
        new("mediataiteet", "Mediataiteet"), new("musiikki", "Musiikki"), new("sanataide", "Sanataide"),
        new("sirkustaide", "Sirkustaide"), new("tanssi", "Tanssi"), new("teatteritaide", "Teatteritaide"),
    ];

    /// <summary>The opintotasot of an oppimäärä: yleinen has yhteiset and teema opinnot, laaja perus- and syventävät opinnot.</summary>
    public static IReadOnlyList<Valinta> Tasot(string oppimaara) => oppimaara == "laajaoppimaara"
        ? [new("perusopinnot", "Perusopinnot"), new("syventavatopinnot", "Syventävät opinnot")]
        : [new("yhteisetopinnot", "Yhteiset opinnot"), new("teemaopinnot", "Teemaopinnot")];

    public static string Diaarinumero(string oppimaara) => oppimaara == "laajaoppimaara" ? "OPH-2068-2017" : "OPH-2069-2017";

    /// <summary>suorituksentyyppi of the opintotaso, e.g. taiteenperusopetuksenlaajanoppimaaranperusopinnot.</summary>
    public static string Suoritustyyppi(string oppimaara, string taso) =>
        $"taiteenperusopetuksen{(oppimaara == "laajaoppimaara" ? "laajan" : "yleisen")}oppimaaran{taso}";

    /// <summary>The opintotaso of a suorituksentyyppi, or null when it is not a TPO one.</summary>
    public static string? Taso(string? suoritustyyppi) =>
        suoritustyyppi is not null && suoritustyyppi.StartsWith("taiteenperusopetuksen", StringComparison.Ordinal)
            ? suoritustyyppi[(suoritustyyppi.IndexOf("oppimaaran", StringComparison.Ordinal) + "oppimaaran".Length)..] : null;
}
