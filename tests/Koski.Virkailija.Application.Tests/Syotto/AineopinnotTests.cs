using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Syotto;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Microsoft.EntityFrameworkCore;
using static Koski.Virkailija.Application.Tests.Tiedonsiirto.TiedonsiirtoKanta;

namespace Koski.Virkailija.Application.Tests.Syotto;

/// <summary>Perusopetuksen oppiaineen oppimäärät (aineopinnot) on the form: read, edited, entered anew.</summary>
public sealed class AineopinnotTests
{
    private const string Aineopintoja = "nuortenperusopetuksenoppiaineenoppimaara-paattotodistus_2026-05-06.json";

    [Fact]
    public void Tallennetut_aineopinnot_luetaan_lomakkeelle()
    {
        var lomake = SyottoLomake.Lue(Opiskeluoikeus(Aineopintoja));

        Assert.True(lomake.IlmanPaasuoritusta);
        Assert.Empty(lomake.MuutSuoritukset);
        var ai = lomake.Aineopinnot.First();
        Assert.Equal(("AI", "AI1", "9", "erityinentutkinto"), (ai.Oppiaine.Oppiaine, ai.Oppiaine.Kieli, ai.Oppiaine.Arvosana, ai.Suoritustapa));
        Assert.Equal(new DateTime(2016, 6, 4), ai.Vahvistus.Paiva);
    }

    [Fact]
    public void Arvosanan_muutos_koskee_vain_sita_aineopintoa()
    {
        var dokumentti = Opiskeluoikeus(Aineopintoja);
        var lomake = SyottoLomake.Lue(dokumentti);

        lomake.Aineopinnot[0].Oppiaine.Arvosana = "10";
        var suoritukset = lomake.Dokumentti()["suoritukset"]!.AsArray();

        Assert.Equal("10", (string?)suoritukset[0]!["arviointi"]![0]!["arvosana"]!["koodiarvo"]);
        Assert.Equal("AI1", (string?)suoritukset[0]!["koulutusmoduuli"]!["kieli"]!["koodiarvo"]);
        for (var i = 1; i < suoritukset.Count; i++) Assert.True(JsonNode.DeepEquals(dokumentti["suoritukset"]![i], suoritukset[i]));
    }

    [Fact]
    public async Task Uusi_opiskeluoikeus_pelkin_aineopinnoin_lapaisee_validoinnin_ja_tallentuu()
    {
        await using var kanta = await LuoAsync("Sqlite");
        await kanta.TuoKoodistotAsync();
        var lomake = new SyottoLomake
        {
            Tyyppi = SyottoLomake.Perusopetus, OppilaitosOid = Normaalikoulu, IlmanPaasuoritusta = true,
            Jaksot = [new() { Alku = new DateTime(2025, 8, 11) }],
            Aineopinnot =
            [
                new()
                {
                    Oppiaine = new() { Oppiaine = "B1", Kieli = "SV", Arvosana = "8" },
                    Vahvistus = new() { Paiva = new DateTime(2026, 5, 30), Paikkakunta = "179", MyontajaNimi = "Reijo Reksi", MyontajaTitteli = "rehtori" },
                },
            ],
        };
        var dokumentti = lomake.Dokumentti();

        var suoritus = dokumentti["suoritukset"]![0]!;
        Assert.Equal(SyottoLomake.OppiaineenOppimaara, (string?)suoritus["tyyppi"]!["koodiarvo"]);
        Assert.Null(suoritus["yksilöllistettyOppimäärä"]);
        Assert.Equal("koulutus", (string?)suoritus["suoritustapa"]!["koodiarvo"]);
        Assert.Empty(await kanta.Syotto.EsitarkistaAsync(dokumentti));
        var tulos = await kanta.Syotto.LuoAsync(Virkailijana(Kayttooikeusryhma.KoskiTallentaja, Normaalikoulu),
            new() { ["hetu"] = "010110A9987", ["etunimet"] = "Aine", ["sukunimi"] = "Opiskelija" }, dokumentti);

        await using var db = kanta.Tietokanta.CreateDbContext();
        var tallennettu = SyottoLomake.Lue(OpiskeluoikeusDokumentti.Lue((await db.Opiskeluoikeudet.SingleAsync(o => o.Oid == tulos.OpiskeluoikeusOid)).Json).Json);
        Assert.Equal(("B1", "SV"), (tallennettu.Aineopinnot.Single().Oppiaine.Oppiaine, tallennettu.Aineopinnot.Single().Oppiaine.Kieli));
    }

    [Fact]
    public void Aineopinnon_puuttuva_kieli_osoittaa_sen_kenttaan()
    {
        var lomake = SyottoLomake.Lue(Opiskeluoikeus(Aineopintoja));
        lomake.Aineopinnot.Add(new() { Oppiaine = new() { Oppiaine = "A1" } });

        Assert.Equal([$"suoritukset[{lomake.Aineopinnot.Count - 1}].koulutusmoduuli.kieli"], lomake.OppiaineidenPuutteet().Select(v => v.Polku));
    }

    private static JsonObject Opiskeluoikeus(string tiedosto) => Esimerkki(tiedosto, null)["opiskeluoikeudet"]![0]!.AsObject();
}
