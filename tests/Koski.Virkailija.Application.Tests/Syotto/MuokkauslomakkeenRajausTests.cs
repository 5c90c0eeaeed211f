using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Syotto;
using Koski.Virkailija.Application.Tiedonsiirto;
using Koski.Virkailija.Domain.Arkaluonteiset;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;
using static Koski.Virkailija.Application.Tests.Tiedonsiirto.TiedonsiirtoKanta;

namespace Koski.Virkailija.Application.Tests.Syotto;

/// <summary>
/// Every KOSKI example, entered by hand, opened in the edit form by every role that writes its type and by a
/// tallentaja without the special-category right: without the right, no catalogue field is in the form's document,
/// its stored copy or its draft, and saving the form unchanged keeps every hidden field as stored.
/// </summary>
public sealed class MuokkauslomakkeenRajausTests
{
    /// <summary>A tallentaja of every type whose group lacks LUOTTAMUKSELLINEN_KAIKKI_TIEDOT.</summary>
    private static readonly Kayttooikeusryhma TallentajaIlmanErityisia = Kayttooikeusryhma.KoskiTallentaja with
    {
        Tunniste = "testi-tallentaja-ilman-erityisia",
        Oikeudet = Kayttooikeusryhma.KoskiTallentaja.Oikeudet.Where(o => o != Oikeus.LUOTTAMUKSELLINEN_KAIKKI_TIEDOT).ToHashSet(),
    };

    public static TheoryData<string> Tiedostot() =>
        new(Directory.GetFiles(Jaettu.Esimerkit, "*.json").Select(Path.GetFileName).Order().ToArray()!);

    [Theory]
    [MemberData(nameof(Tiedostot))]
    public async Task Ilman_oikeutta_lomakkeella_ja_luonnoksessa_ei_ole_erityisia_tietoja_eika_tallennus_hukkaa_niita(string tiedosto)
    {
        await using var kanta = await LuoAsync("Sqlite");
        var kirjaaja = Virkailijana(Kayttooikeusryhma.KoskiTallentaja, Juuri);
        var siirto = Esimerkki(tiedosto, null);
        var oid = (await kanta.Palvelu.TallennaAsync(kirjaaja, siirto)).Opiskeluoikeudet[0].Oid;
        var ennen = await TallennettuAsync(kanta, oid);
        var tyyppi = (string)ennen["tyyppi"]!["koodiarvo"]!;

        var ryhmat = Kayttooikeusryhma.Kaikki.Where(r => Kirjoitusoikeus.KirjoittaaTyyppia(r, tyyppi)).Append(TallentajaIlmanErityisia);
        foreach (var ryhma in ryhmat)
        {
            var kayttaja = Virkailijana(ryhma, Juuri);
            if (await kanta.Syotto.MuokkauslomakeAsync(kayttaja, oid) is not { } muokattava) continue;
            if (ryhma.Sisaltaa(Oikeus.LUOTTAMUKSELLINEN_KAIKKI_TIEDOT)) continue;

            var lomake = muokattava.Lomake;
            foreach (var (nimi, dokumentti) in new[] { ("dokumentti", lomake.Dokumentti()), ("luonnos", lomake.Luonnos()), ("pohja", lomake.Pohja!) })
                Assert.True(ArkaluonteisetTiedot.Poista(dokumentti.DeepClone().AsObject()) == 0, $"{tiedosto}, {ryhma.Tunniste}: {nimi}");
            Assert.Empty(lomake.Lisatiedot);

            // The form enters four types; the others open on it too, but only these save from it unchanged.
            if (!OpiskeluoikeusSyotto.LuotavatTyypit(kirjaaja).Any(t => t.Koodi == tyyppi)) continue;
            await kanta.Syotto.TallennaMuokkausAsync(kayttaja, muokattava with { Versionumero = (int)(await TallennettuAsync(kanta, oid))["versionumero"]! });
            var jalkeen = await TallennettuAsync(kanta, oid);
            Assert.All(ArkaluonteisetTiedot.Kaikki, t => Assert.True(t.Osumia(ennen) == t.Osumia(jalkeen), $"{tiedosto}, {ryhma.Tunniste}: {t.Tunniste}"));
        }
    }

    private static async Task<JsonObject> TallennettuAsync(Tiedonsiirto.TiedonsiirtoKanta kanta, string oid)
    {
        await using var db = kanta.Tietokanta.CreateDbContext();
        var rivi = await db.Opiskeluoikeudet.SingleAsync(o => o.Oid == oid);
        var json = JsonNode.Parse(rivi.Json)!.AsObject();
        json["versionumero"] = rivi.Versionumero;
        return json;
    }
}
