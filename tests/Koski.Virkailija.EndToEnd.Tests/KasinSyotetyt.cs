using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Syotto;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Koski.Virkailija.EndToEnd.Tests;

/// <summary>Study rights entered by hand for the edit tests, and what the app stored.</summary>
public static class KasinSyotetyt
{
    private const string Normaalikoulu = "1.2.246.562.10.14613773812";

    /// <summary>KOSKI's lisäopetus example entered by hand (as `tallentaja`) for a learner of the test's own.</summary>
    public static async Task<SyotonTulos> KasinSyotettyAsync(this KoskiSovellus sovellus, string hetu)
    {
        var esimerkki = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Jaettu.Esimerkit, "perusopetuksenlisaopetus_2022-08-15.json")))!;
        var tallentaja = new Kayttaja(null, "tallentaja", "Tiina Tallentaja", [new Rooli(Kayttooikeusryhma.KoskiTallentaja, Normaalikoulu, "Jyväskylän normaalikoulu")]);
        await using var scope = sovellus.Palvelut.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OpiskeluoikeusSyotto>().LuoAsync(tallentaja,
            new JsonObject { ["hetu"] = hetu, ["etunimet"] = "Maija Muokattava", ["sukunimi"] = "Muokkaus" },
            esimerkki["opiskeluoikeudet"]![0]!.AsObject());
    }

    public static async Task<JsonObject> TallennettuAsync(this KoskiSovellus sovellus, string oid)
    {
        await using var db = await sovellus.Palvelut.GetRequiredService<IKoskiDbFactory>().AvaaAsync();
        return JsonNode.Parse((await db.Opiskeluoikeudet.SingleAsync(o => o.Oid == oid)).Json)!.AsObject();
    }
}
