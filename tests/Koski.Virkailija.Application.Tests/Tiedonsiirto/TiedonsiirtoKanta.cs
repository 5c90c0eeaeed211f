using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Syotto;
using Koski.Virkailija.Application.Tiedonsiirto;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Organisaatiot;
using Koski.Virkailija.Domain.Validointi;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;

namespace Koski.Virkailija.Application.Tests.Tiedonsiirto;

/// <summary>A database with the 991 real organisations, and the transfer service over it.</summary>
public sealed class TiedonsiirtoKanta : IAsyncDisposable
{
    public const string Juuri = Organisaatio.JuuriOid;
    public const string Normaalikoulu = "1.2.246.562.10.14613773812";
    public const string HelsinginKaupunki = "1.2.246.562.10.346830761110";
    public const string VarsinaisSuomenKansanopisto = "1.2.246.562.10.31915273374";
    public const string JyvaskylanYliopisto = "1.2.246.562.10.77055527103";

    private TiedonsiirtoKanta(TestiTietokanta tietokanta, TiedonsiirtoPalvelu palvelu, OpiskeluoikeusSyotto syotto,
        Application.Koodistot.Koodistot koodistot)
    {
        Tietokanta = tietokanta;
        Palvelu = palvelu;
        Syotto = syotto;
        Koodistot = koodistot;
    }

    public TestiTietokanta Tietokanta { get; }
    public TiedonsiirtoPalvelu Palvelu { get; }
    public OpiskeluoikeusSyotto Syotto { get; }

    /// <summary>The code lists the validation reads; none are imported until <see cref="TuoKoodistotAsync"/>.</summary>
    public Application.Koodistot.Koodistot Koodistot { get; }

    public Task TuoKoodistotAsync() =>
        new Application.Koodistot.KoodistoTuonti(Tietokanta, Koodistot).TuoKansiostaAsync(Jaettu.Koodistot);

    public static async Task<TiedonsiirtoKanta> LuoAsync(string tarjoaja, params IInterceptor[] sieppaajat)
    {
        var tietokanta = (await TestiTietokanta.LuoAsync(tarjoaja)).Sieppaajin(sieppaajat);
        var hakemisto = await TestiOrganisaatiot.TuoHierarkiaAsync(tietokanta);
        var aika = new KiinteaAika();
        var audit = new AuditLoki(tietokanta, new EiAuditKontekstia(), aika, NullLogger<AuditLoki>.Instance);
        var tallennus = new OpiskeluoikeusTallennus();
        var koodistot = new Application.Koodistot.Koodistot(tietokanta);
        var validointi = new OpiskeluoikeudenValidointi(new Rajapaivat(), koodistot, hakemisto, aika, tietokanta);
        var palvelu = new TiedonsiirtoPalvelu(tietokanta, tallennus, hakemisto, audit, aika, validointi);
        return new TiedonsiirtoKanta(tietokanta, palvelu,
            new OpiskeluoikeusSyotto(tietokanta, palvelu, tallennus, hakemisto, audit, aika, validointi), koodistot);
    }

    public static Kayttaja Palvelukayttaja(params string[] organisaatiot) =>
        new(null, "palvelukayttaja-testi", "Testijärjestelmä",
            organisaatiot.Select(o => new Rooli(Kayttooikeusryhma.KoskiPalvelukayttaja, o, o)).ToList());

    public static Kayttaja Virkailijana(Kayttooikeusryhma ryhma, string organisaatio) =>
        new(1, "virkailija", "Testi Virkailija", [new Rooli(ryhma, organisaatio, organisaatio)], "1.2.246.562.24.80000000099");

    /// <summary>A KOSKI example as a palvelukäyttäjä would send it: with its source system's id.</summary>
    public static JsonObject Esimerkki(string tiedosto, string? lahdeId = "1")
    {
        var siirto = JsonNode.Parse(File.ReadAllText(Path.Combine(Jaettu.Esimerkit, tiedosto)))!.AsObject();
        if (lahdeId is not null)
            foreach (var oo in siirto["opiskeluoikeudet"]!.AsArray())
                oo!["lähdejärjestelmänId"] = new JsonObject
                {
                    ["id"] = $"{lahdeId}-{Path.GetFileNameWithoutExtension(tiedosto)}",
                    ["lähdejärjestelmä"] = new JsonObject { ["koodiarvo"] = "primus", ["koodistoUri"] = "lahdejarjestelma" },
                };
        return siirto;
    }

    public ValueTask DisposeAsync() => Tietokanta.DisposeAsync();
}
