using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Syotto;
using Koski.Virkailija.Application.Tiedonsiirto;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Microsoft.EntityFrameworkCore;
using static Koski.Virkailija.Application.Tests.Tiedonsiirto.TiedonsiirtoKanta;

namespace Koski.Virkailija.Application.Tests.Tiedonsiirto;

/// <summary>
/// KOSKI's kuori study right (isKuoriOpiskeluoikeus): one that another stored, valid study right of the learner names in
/// sisältyyOpiskeluoikeuteen may be valmis without osasuoritukset; the same document alone is refused with KOSKI's key.
/// </summary>
public sealed class KuoriopiskeluoikeusTests
{
    public static TheoryData<string> Tarjoajat => ["Sqlite", "Postgres"];

    private const string Ammatillinen = "ammatillinen-perustutkinto_2024-08-13.json";
    private const string Paattotodistus = "perusopetuksenoppimaara-paattotodistus_2025-03-20.json";
    private const string Lisaopetus = "perusopetuksenlisaopetus_2022-08-15.json";
    private const string OsasuorituksetPuuttuvat = "badRequest.validation.tila.valmiiksiMerkityltäPuuttuuOsasuorituksia";
    private const string OppiaineetPuuttuvat = "badRequest.validation.tila.oppiaineetPuuttuvat";

    private static JsonObject Linkki(string oid, JsonNode? oppilaitos) =>
        new() { ["oid"] = oid, ["oppilaitos"] = new JsonObject { ["oid"] = (string?)oppilaitos!["oid"] } };

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public async Task Siirrossa_kuori_valmistuu_ilman_osasuorituksia_yksin_ei(string tarjoaja)
    {
        await using var kanta = await LuoAsync(tarjoaja);
        var kayttaja = Palvelukayttaja(Juuri);
        var kuori = (await kanta.Palvelu.TallennaAsync(kayttaja, Esimerkki(Ammatillinen, "kuori"))).Opiskeluoikeudet[0].Oid;
        JsonObject IlmanOsasuorituksia()
        {
            var siirto = Esimerkki(Ammatillinen, "kuori");
            var oo = siirto["opiskeluoikeudet"]![0]!;
            oo["oid"] = kuori;
            oo["suoritukset"]![0]!.AsObject().Remove("osasuoritukset");
            return siirto;
        }
        async Task<string> AvainAsync() => Assert.Single((await Assert.ThrowsAsync<KoskiVirheet>(() =>
            kanta.Palvelu.TallennaAsync(kayttaja, IlmanOsasuorituksia()))).Virheet).Avain;

        Assert.Equal(OsasuorituksetPuuttuvat, await AvainAsync());

        var linkitetty = Esimerkki(Ammatillinen, "linkitetty");
        var oo = linkitetty["opiskeluoikeudet"]![0]!;
        oo["sisältyyOpiskeluoikeuteen"] = Linkki(kuori, oo["oppilaitos"]);
        var linkitetynOid = (await kanta.Palvelu.TallennaAsync(kayttaja, linkitetty)).Opiskeluoikeudet[0].Oid;

        Assert.Equal(2, (await kanta.Palvelu.TallennaAsync(kayttaja, IlmanOsasuorituksia())).Opiskeluoikeudet[0].Versionumero);

        // An invalidated study right links nothing: KOSKI reads only valid ones.
        await using (var db = kanta.Tietokanta.CreateDbContext())
        {
            (await db.Opiskeluoikeudet.SingleAsync(o => o.Oid == linkitetynOid)).Mitatoity = true;
            await db.SaveChangesAsync();
        }
        Assert.Equal(OsasuorituksetPuuttuvat, await AvainAsync());
    }

    [Fact]
    public async Task Lomakkeella_kuoren_oppimaara_vahvistetaan_ilman_oppiaineita_yksin_ei()
    {
        await using var kanta = await LuoAsync("Sqlite");
        var tallentaja = Virkailijana(Kayttooikeusryhma.KoskiTallentaja, Normaalikoulu);
        var henkilo = Esimerkki(Paattotodistus, null)["henkilö"]!.AsObject();
        var kuori = await kanta.Syotto.LuoAsync(tallentaja, henkilo, Opiskeluoikeus(Paattotodistus));
        async Task<JsonObject> IlmanOppiaineitaAsync()
        {
            await using var db = kanta.Tietokanta.CreateDbContext();
            var oo = JsonNode.Parse((await db.Opiskeluoikeudet.SingleAsync(o => o.Oid == kuori.OpiskeluoikeusOid)).Json)!.AsObject();
            oo["suoritukset"]![3]!["osasuoritukset"] = new JsonArray();
            return oo;
        }

        var virhe = await Assert.ThrowsAsync<Validointivirheet>(async () =>
            await kanta.Syotto.MuokkaaAsync(tallentaja, kuori.OpiskeluoikeusOid, await IlmanOppiaineitaAsync()));
        Assert.Equal(OppiaineetPuuttuvat, Assert.Single(virhe.Virheet).Avain);
        Assert.Contains(await kanta.Syotto.EsitarkistaAsync(await IlmanOppiaineitaAsync()), v => v.Avain == OppiaineetPuuttuvat);

        var lisaopetus = Opiskeluoikeus(Lisaopetus);
        lisaopetus["sisältyyOpiskeluoikeuteen"] = Linkki(kuori.OpiskeluoikeusOid, lisaopetus["oppilaitos"]);
        await kanta.Syotto.LuoAsync(tallentaja, henkilo.DeepClone().AsObject(), lisaopetus);

        Assert.Empty(await kanta.Syotto.EsitarkistaAsync(await IlmanOppiaineitaAsync()));
        Assert.Equal(2, (await kanta.Syotto.MuokkaaAsync(tallentaja, kuori.OpiskeluoikeusOid, await IlmanOppiaineitaAsync())).Versionumero);
    }

    private static JsonObject Opiskeluoikeus(string tiedosto) => Esimerkki(tiedosto, null)["opiskeluoikeudet"]![0]!.AsObject();
}
