using System.Text.Json.Nodes;
using static Koski.Virkailija.Domain.Tests.Validointi.Saantotestit;

namespace Koski.Virkailija.Domain.Tests.Validointi;

/// <summary>KOSKI's generic laajuus sum of a finished suoritus, on KOSKI's taiteen perusopetus and ammatillinen examples.</summary>
public sealed class LaajuussaannotTests
{
    [Fact]
    public void Valmiin_suorituksen_laajuus_on_osasuoritusten_summa()
    {
        const string avain = "badRequest.validation.laajuudet.osasuoritustenLaajuuksienSumma";
        const string tpo = "taiteenperusopetus-hyvaksytystisuoritettu_2023-06-27.json";
        EiRiko(avain, Esimerkki(tpo)); // 29.6 = 10 + 10 + 9.6
        var vaarin = Esimerkki(tpo);
        Suoritus(vaarin)["koulutusmoduuli"]!["laajuus"]!["arvo"] = 30.0;
        Rikkoo(avain, "suoritukset[0].koulutusmoduuli.laajuus.arvo", vaarin);
        Suoritus(vaarin).Remove("vahvistus"); // kesken: not judged
        EiRiko(avain, vaarin);

        // Ammatillinen tutkinnon osat are not judged (LaajuuttaEiValidoida).
        var osa = Esimerkki("ammatillinen-perustutkinto_2024-08-13.json");
        var tutkinnonOsa = Suoritus(osa)["osasuoritukset"]!.AsArray().Select(o => o!.AsObject()).First(o => o["osasuoritukset"] is JsonArray);
        tutkinnonOsa["koulutusmoduuli"]!["laajuus"] = new JsonObject { ["arvo"] = 999.0 };
        EiRiko(avain, osa);
    }
}
