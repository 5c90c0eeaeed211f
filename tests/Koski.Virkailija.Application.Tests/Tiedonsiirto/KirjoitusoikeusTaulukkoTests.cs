using System.Globalization;
using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Tiedonsiirto;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;
using static Koski.Virkailija.Application.Tests.Tiedonsiirto.TiedonsiirtoKanta;

namespace Koski.Virkailija.Application.Tests.Tiedonsiirto;

/// <summary>
/// Who may create, edit and invalidate a taiteen perusopetus hankintakoulutus (bought by Helsinki from
/// Varsinais-Suomen kansanopisto), through each channel: the form (OpiskeluoikeusSyotto), the API as a signed-in
/// official (TiedonsiirtoPalvelu: PUT, invalidation as a mitätöity jakso) and the API as a service account. The form
/// and the API ask the same <see cref="Kirjoitusoikeus"/> questions, so a role gets the same answer on every channel.
/// </summary>
public sealed class KirjoitusoikeusTaulukkoTests
{
    private const string TpoHankinta = "taiteenperusopetus-hyvaksytystisuoritettuhankintakoulutus_2023-06-27.json";

    public enum Kanava { Lomake, Rajapinta, Palvelukayttaja }

    public enum Toimenpide { Luonti, Muokkaus, Mitatointi }

    /// <summary>role, its organisation, channel, operation → HTTP status (200 = allowed).</summary>
    public static TheoryData<string, string, Kanava, Toimenpide, int> Taulukko => new()
    {
        // The buyer's tallentaja: everything, on both channels.
        { "koski-tallentaja", HelsinginKaupunki, Kanava.Lomake, Toimenpide.Luonti, 200 },
        { "koski-tallentaja", HelsinginKaupunki, Kanava.Rajapinta, Toimenpide.Luonti, 200 },
        { "koski-tallentaja", HelsinginKaupunki, Kanava.Lomake, Toimenpide.Muokkaus, 200 },
        { "koski-tallentaja", HelsinginKaupunki, Kanava.Rajapinta, Toimenpide.Muokkaus, 200 },
        { "koski-tallentaja", HelsinginKaupunki, Kanava.Lomake, Toimenpide.Mitatointi, 200 },
        { "koski-tallentaja", HelsinginKaupunki, Kanava.Rajapinta, Toimenpide.Mitatointi, 200 },
        // The seller's TPO-hankinta tallentaja edits only: no creating, no invalidating, whatever the channel.
        { "koski-tallentaja-tpo-hankinta", VarsinaisSuomenKansanopisto, Kanava.Lomake, Toimenpide.Luonti, 403 },
        { "koski-tallentaja-tpo-hankinta", VarsinaisSuomenKansanopisto, Kanava.Rajapinta, Toimenpide.Luonti, 403 },
        { "koski-tallentaja-tpo-hankinta", VarsinaisSuomenKansanopisto, Kanava.Lomake, Toimenpide.Muokkaus, 200 },
        { "koski-tallentaja-tpo-hankinta", VarsinaisSuomenKansanopisto, Kanava.Rajapinta, Toimenpide.Muokkaus, 200 },
        { "koski-tallentaja-tpo-hankinta", VarsinaisSuomenKansanopisto, Kanava.Lomake, Toimenpide.Mitatointi, 404 },
        { "koski-tallentaja-tpo-hankinta", VarsinaisSuomenKansanopisto, Kanava.Rajapinta, Toimenpide.Mitatointi, 403 },
        // A reader writes nothing.
        { "koski-katselija", HelsinginKaupunki, Kanava.Lomake, Toimenpide.Luonti, 403 },
        { "koski-katselija", HelsinginKaupunki, Kanava.Rajapinta, Toimenpide.Luonti, 403 },
        { "koski-katselija", HelsinginKaupunki, Kanava.Lomake, Toimenpide.Muokkaus, 404 },
        { "koski-katselija", HelsinginKaupunki, Kanava.Rajapinta, Toimenpide.Muokkaus, 403 },
        { "koski-katselija", HelsinginKaupunki, Kanava.Lomake, Toimenpide.Mitatointi, 404 },
        { "koski-katselija", HelsinginKaupunki, Kanava.Rajapinta, Toimenpide.Mitatointi, 403 },
        // The esiopetus tallentaja writes no taiteen perusopetus.
        { "koski-tallentaja-esiopetus", HelsinginKaupunki, Kanava.Rajapinta, Toimenpide.Luonti, 403 },
        { "koski-tallentaja-esiopetus", HelsinginKaupunki, Kanava.Rajapinta, Toimenpide.Muokkaus, 403 },
        // The buyer's source system creates, edits and invalidates its own transfer.
        { "koski-palvelukayttaja", HelsinginKaupunki, Kanava.Palvelukayttaja, Toimenpide.Luonti, 200 },
        { "koski-palvelukayttaja", HelsinginKaupunki, Kanava.Palvelukayttaja, Toimenpide.Muokkaus, 200 },
        { "koski-palvelukayttaja", HelsinginKaupunki, Kanava.Palvelukayttaja, Toimenpide.Mitatointi, 200 },
    };

    [Theory]
    [MemberData(nameof(Taulukko))]
    public async Task Rooli_saa_saman_vastauksen_lomakkeella_ja_rajapinnassa(string ryhma, string organisaatio, Kanava kanava,
        Toimenpide toimenpide, int odotettu)
    {
        await using var kanta = await LuoAsync("Sqlite");
        var rooli = Kayttooikeusryhma.Kaikki.Single(r => r.Tunniste == ryhma);
        var kayttaja = kanava == Kanava.Palvelukayttaja ? Palvelukayttaja(organisaatio) : Virkailijana(rooli, organisaatio);
        var palvelukayttajana = kanava == Kanava.Palvelukayttaja;
        var siirto = Esimerkki(TpoHankinta, palvelukayttajana ? "1" : null);
        // The row to edit or invalidate is the buyer's, by hand or by its source system.
        string? oid = null;
        if (toimenpide != Toimenpide.Luonti)
        {
            var luoja = palvelukayttajana ? Palvelukayttaja(HelsinginKaupunki) : Virkailijana(Kayttooikeusryhma.KoskiTallentaja, HelsinginKaupunki);
            oid = (await kanta.Palvelu.TallennaAsync(luoja, siirto.DeepClone())).Opiskeluoikeudet[0].Oid;
        }

        var tila = await TilaAsync(() => Suorita(kanta, kayttaja, kanava, toimenpide, siirto, oid));

        Assert.Equal(odotettu, tila);
        await using var db = kanta.Tietokanta.CreateDbContext();
        var rivit = await db.Opiskeluoikeudet.ToListAsync();
        var odotetutRivit = toimenpide == Toimenpide.Luonti && odotettu != 200 ? 0 : 1;
        Assert.Equal(odotetutRivit, rivit.Count);
        if (toimenpide != Toimenpide.Luonti)
        {
            Assert.Equal(odotettu == 200 ? 2 : 1, rivit[0].Versionumero);
            Assert.Equal(toimenpide == Toimenpide.Mitatointi && odotettu == 200, rivit[0].Mitatoity);
        }
    }

    private static async Task Suorita(TiedonsiirtoKanta kanta, Kayttaja kayttaja, Kanava kanava, Toimenpide toimenpide,
        JsonObject siirto, string? oid)
    {
        var henkilo = siirto["henkilö"]!.AsObject();
        var opiskeluoikeus = siirto["opiskeluoikeudet"]![0]!.AsObject();
        switch (kanava, toimenpide)
        {
            case (Kanava.Lomake, Toimenpide.Luonti):
                await kanta.Syotto.LuoAsync(kayttaja, (JsonObject)henkilo.DeepClone(), (JsonObject)opiskeluoikeus.DeepClone());
                break;
            case (Kanava.Lomake, Toimenpide.Muokkaus):
                await kanta.Syotto.MuokkaaAsync(kayttaja, oid!, await TallennettuAsync(kanta, oid!));
                break;
            case (Kanava.Lomake, Toimenpide.Mitatointi):
                await kanta.Syotto.MitatoiAsync(kayttaja, oid!, 1);
                break;
            case (_, Toimenpide.Luonti):
                await kanta.Palvelu.TallennaAsync(kayttaja, siirto);
                break;
            default:
                var tallennettu = await TallennettuAsync(kanta, oid!);
                if (toimenpide == Toimenpide.Mitatointi) LisaaMitatointi(tallennettu);
                if (kanava == Kanava.Palvelukayttaja) tallennettu["lähdejärjestelmänId"] = opiskeluoikeus["lähdejärjestelmänId"]!.DeepClone();
                await kanta.Palvelu.TallennaAsync(kayttaja, new JsonObject
                {
                    ["henkilö"] = henkilo.DeepClone(), ["opiskeluoikeudet"] = new JsonArray(tallennettu),
                });
                break;
        }
    }

    private static void LisaaMitatointi(JsonObject opiskeluoikeus)
    {
        var jaksot = opiskeluoikeus["tila"]!["opiskeluoikeusjaksot"]!.AsArray();
        var viimeisin = jaksot.Max(j => DateOnly.Parse((string)j!["alku"]!, CultureInfo.InvariantCulture));
        jaksot.Add(new JsonObject
        {
            ["alku"] = viimeisin.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["tila"] = new JsonObject { ["koodiarvo"] = "mitatoity", ["koodistoUri"] = "koskiopiskeluoikeudentila" },
        });
    }

    private static async Task<int> TilaAsync(Func<Task> toiminto)
    {
        try
        {
            await toiminto();
            return 200;
        }
        catch (KoskiVirheet virheet)
        {
            return virheet.HttpTila;
        }
    }

    /// <summary>The stored document with its oid and versionumero, as the form and a source system read it back.</summary>
    private static async Task<JsonObject> TallennettuAsync(TiedonsiirtoKanta kanta, string oid)
    {
        await using var db = kanta.Tietokanta.CreateDbContext();
        return JsonNode.Parse((await db.Opiskeluoikeudet.SingleAsync(o => o.Oid == oid)).Json)!.AsObject();
    }
}
