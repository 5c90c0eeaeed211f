using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Tiedonsiirto;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Koski.Virkailija.Application.Tests.Tiedonsiirto;

/// <summary>The transfer log's own rules: whose transfers are logged, one row per organisation and learner, bounded data, retention.</summary>
public sealed class TiedonsiirtolokiTests
{
    private static readonly Kayttaja Palvelukayttaja = new(null, "jarjestelma", "Järjestelmä",
        [new Rooli(Kayttooikeusryhma.KoskiPalvelukayttaja, TiedonsiirtoKanta.JyvaskylanYliopisto, "Jyväskylän yliopisto")]);

    private static JsonObject Siirto(string hetu, string kuvaus = "") => new()
    {
        ["henkilö"] = new JsonObject { ["hetu"] = hetu, ["etunimet"] = "Loki", ["sukunimi"] = "Testi" },
        ["opiskeluoikeudet"] = new JsonArray(new JsonObject
        {
            ["oppilaitos"] = new JsonObject { ["oid"] = TiedonsiirtoKanta.Normaalikoulu },
            ["tyyppi"] = new JsonObject { ["koodiarvo"] = "perusopetus" },
            ["kuvaus"] = kuvaus,
        }),
    };

    [Fact]
    public async Task Vain_palvelukayttajan_siirrot_yksi_rivi_oppijaa_kohden_ja_vanhat_poistetaan()
    {
        await using var kanta = await TestiTietokanta.LuoAsync("Sqlite");
        var aika = new SiirrettavaAika(KiinteaAika.Oletus);
        using var loki = new Tiedonsiirtoloki(kanta, new TiedonsiirtolokiAsetukset { SailytysPaivia = 30, DatanMaksimikoko = 1000 }, aika,
            NullLogger<Tiedonsiirtoloki>.Instance);
        var virhe = new KoskiVirheet("badRequest.validation.jsonSchema", "Koodiarvoa ei löydy koodistosta.");

        loki.Kirjaa(Palvelukayttaja, Siirto(Testihetut.Hetu(1)), null, virhe);
        loki.Kirjaa(Palvelukayttaja, Siirto(Testihetut.Hetu(2), new string('x', 2000)), null, virhe);
        var virkailija = new Kayttaja(1, "tallentaja", "Tallentaja", [new Rooli(Kayttooikeusryhma.KoskiTallentaja, TiedonsiirtoKanta.Normaalikoulu, "")]);
        loki.Kirjaa(virkailija, Siirto(Testihetut.Hetu(3)), null, virhe);
        await loki.TallennaAsync();
        aika.Siirra(TimeSpan.FromDays(31));
        loki.Kirjaa(Palvelukayttaja, Siirto(Testihetut.Hetu(1)), "1.2.246.562.24.00000000001", null);
        await loki.TallennaAsync();

        await using (var db = kanta.CreateDbContext())
        {
            var rivit = await db.Tiedonsiirrot.OrderBy(t => t.Hetu).ToListAsync();
            Assert.Equal([Testihetut.Hetu(1), Testihetut.Hetu(2)], rivit.Select(r => r.Hetu));
            Assert.True(rivit[0].Onnistui);
            Assert.Null(rivit[0].Virheet);
            Assert.Equal($"{TiedonsiirtoKanta.JyvaskylanYliopisto}_{Testihetut.Hetu(1)}", rivit[0].Id);
            Assert.False(rivit[1].Onnistui);
            Assert.Contains("badRequest.validation.jsonSchema", rivit[1].Virheet, StringComparison.Ordinal);
            Assert.Null(rivit[1].Data); // over DatanMaksimikoko
            Assert.Equal(TiedonsiirtoKanta.Normaalikoulu, rivit[1].OppilaitosOid);
            Assert.Equal("perusopetus", rivit[1].Koulutusmuoto);
        }

        Assert.Equal(1, await loki.PoistaVanhatAsync());
        await using (var db = kanta.CreateDbContext())
            Assert.Equal([Testihetut.Hetu(1)], await db.Tiedonsiirrot.Select(t => t.Hetu).ToListAsync());
    }

    private sealed class SiirrettavaAika(DateTimeOffset alku) : TimeProvider
    {
        private DateTimeOffset nyt = alku;
        public void Siirra(TimeSpan matka) => nyt += matka;
        public override DateTimeOffset GetUtcNow() => nyt;
    }
}
