using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Henkilot;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Oppijat;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Tests.Tiedonsiirto;
using Koski.Virkailija.Application.Tiedonsiirto;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Testaus;
using Microsoft.Extensions.Logging.Abstractions;

namespace Koski.Virkailija.Application.Tests.Henkilot;

/// <summary>The transfer test database (991 real organisations) with the services of learners without hetu over it.</summary>
public sealed class HenkiloKanta : IAsyncDisposable
{
    private HenkiloKanta(TiedonsiirtoKanta kanta)
    {
        Kanta = kanta;
        var hakemisto = new OrganisaatioHakemisto(kanta.Tietokanta);
        var audit = new AuditLoki(kanta.Tietokanta, new EiAuditKontekstia(), Aika, NullLogger<AuditLoki>.Instance);
        Luonti = new OppijanLuonti(kanta.Tietokanta, hakemisto, kanta.Koodistot, audit, Aika);
        Yksilointi = new Yksilointi(kanta.Tietokanta, hakemisto, audit, Aika);
        Tiedot = new OppijanTiedot(kanta.Tietokanta, hakemisto, kanta.Koodistot, audit);
        Haku = new OppijaHaku(kanta.Tietokanta, hakemisto, audit);
        Rajapinta = new TiedonsiirtoHaku(kanta.Tietokanta, hakemisto, audit);
    }

    public KiinteaAika Aika { get; } = new();
    public TiedonsiirtoKanta Kanta { get; }
    public TestiTietokanta Tietokanta => Kanta.Tietokanta;
    public OppijanLuonti Luonti { get; }
    public Yksilointi Yksilointi { get; }
    public OppijanTiedot Tiedot { get; }
    public OppijaHaku Haku { get; }
    public TiedonsiirtoHaku Rajapinta { get; }

    public static async Task<HenkiloKanta> LuoAsync(string tarjoaja = "Sqlite") => new(await TiedonsiirtoKanta.LuoAsync(tarjoaja));

    public static Kayttaja Rooli(string ryhma, string organisaatio) =>
        TiedonsiirtoKanta.Virkailijana(Kayttooikeusryhma.Hae(ryhma), organisaatio);

    /// <summary>A learner without hetu, created by a tallentaja of <paramref name="organisaatio"/>.</summary>
    public async Task<string> UusiAsync(string organisaatio = TiedonsiirtoKanta.Normaalikoulu, string sukunimi = "Hetuton")
    {
        var tulos = await Luonti.LuoAsync(Rooli("koski-tallentaja", organisaatio),
            new UusiOppija("Aino Maria", "Aino", sukunimi, new DateOnly(2015, 3, 4), "2", null, null, organisaatio));
        Assert.Empty(tulos.Virheet);
        return tulos.Oid!;
    }

    /// <summary>Saves a KOSKI example's study right for the learner <paramref name="henkilo"/> (by oid or hetu) as a Normaalikoulu tallentaja.</summary>
    public async Task<string> OpiskeluoikeusAsync(JsonObject henkilo, string esimerkki = "esiopetusvalmis_2022-09-26.json")
    {
        var siirto = TiedonsiirtoKanta.Esimerkki(esimerkki, null);
        siirto["henkilö"] = henkilo;
        var tulos = await Kanta.Palvelu.TallennaAsync(Rooli("koski-tallentaja", TiedonsiirtoKanta.Normaalikoulu), siirto);
        return tulos.Opiskeluoikeudet[0].Oid;
    }

    public ValueTask DisposeAsync() => Kanta.DisposeAsync();
}
