using Koski.Virkailija.Application.Syotto;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Koski.Virkailija.Domain.Validointi;
using Microsoft.EntityFrameworkCore;
using static Koski.Virkailija.Application.Tests.Tiedonsiirto.TiedonsiirtoKanta;

namespace Koski.Virkailija.Application.Tests.Syotto;

/// <summary>The form's KOSKI document: valid for its type, and its errors point at the form's fields.</summary>
public sealed class SyottoLomakeTests
{
    [Fact]
    public async Task Perusopetus_kahdella_vuosiluokalla_arvosanoilla_ja_vahvistuksella_tallentuu()
    {
        await using var kanta = await LuoAsync("Sqlite");
        var lomake = Perusopetus();

        var tulos = await kanta.Syotto.LuoAsync(Virkailijana(Kayttooikeusryhma.KoskiTallentaja, Normaalikoulu),
            new() { ["hetu"] = "010110A9987", ["etunimet"] = "Uuno", ["sukunimi"] = "Uusinen" }, lomake.Dokumentti());

        await using var db = kanta.Tietokanta.CreateDbContext();
        var json = (await db.Opiskeluoikeudet.SingleAsync(o => o.Oid == tulos.OpiskeluoikeusOid)).Json;
        var dokumentti = OpiskeluoikeusDokumentti.Lue(json);
        Assert.Equal("perusopetus", dokumentti.Tyyppi);
        var suoritukset = dokumentti.Json["suoritukset"]!.AsArray();
        Assert.Equal([true, false, null], suoritukset.Select(s => (bool?)s!["jääLuokalle"]));
        Assert.Equal(["9", "S"], suoritukset[2]!["osasuoritukset"]!.AsArray()
            .Select(o => (string)o!["arviointi"]![0]!["arvosana"]!["koodiarvo"]!));
        Assert.Equal("2026-05-30", (string)suoritukset[2]!["vahvistus"]!["päivä"]!);
    }

    [Fact]
    public void Jaksojen_vaara_jarjestys_osoittaa_myohemman_jakson_alkuun()
    {
        var lomake = Perusopetus();
        lomake.Jaksot.Add(new() { Alku = new DateTime(2020, 8, 1), Tila = "eronnut" });

        var virheet = Validointisaannot.Validoi(lomake.Dokumentti());

        Assert.Contains(virheet, v => v.Polku == "tila.opiskeluoikeusjaksot[1].alku");
    }

    [Fact]
    public async Task Lisaopetusta_tarjotaan_vain_paivamaarille_ennen_sen_paattymista()
    {
        await using var kanta = await LuoAsync("Sqlite");
        var tallentaja = Virkailijana(Kayttooikeusryhma.KoskiTallentaja, Normaalikoulu);

        Assert.Contains(kanta.Syotto.LuotavatTyypit(tallentaja, [null]), t => t.Koodi == SyottoLomake.Lisaopetus);
        Assert.Contains(kanta.Syotto.LuotavatTyypit(tallentaja, [new DateTime(2022, 8, 11), new DateTime(2023, 5, 31)]),
            t => t.Koodi == SyottoLomake.Lisaopetus);
        var myohemmin = kanta.Syotto.LuotavatTyypit(tallentaja, [new DateTime(2022, 8, 11), new DateTime(2023, 6, 1)]);
        Assert.DoesNotContain(myohemmin, t => t.Koodi == SyottoLomake.Lisaopetus);
        Assert.Contains(myohemmin, t => t.Koodi == SyottoLomake.Perusopetus);
        Assert.Equal(new DateOnly(2023, 5, 31), kanta.Syotto.ViimeinenTilanAlku(SyottoLomake.Lisaopetus));
        Assert.Null(kanta.Syotto.ViimeinenTilanAlku(SyottoLomake.Perusopetus));
    }

    [Fact]
    public void Esiopetuksen_tallentaja_voi_valita_vain_esiopetuksen()
    {
        var tyypit = OpiskeluoikeusSyotto.LuotavatTyypit(Virkailijana(Kayttooikeusryhma.KoskiTallentajaEsiopetus, Normaalikoulu));

        Assert.Equal(["esiopetus"], tyypit.Select(t => t.Koodi));
        Assert.Empty(OpiskeluoikeusSyotto.LuotavatTyypit(Virkailijana(Kayttooikeusryhma.KoskiTallentajaTpoHankinta, Normaalikoulu)));
    }

    private static SyottoLomake Perusopetus() => new()
    {
        Tyyppi = SyottoLomake.Perusopetus,
        OppilaitosOid = Normaalikoulu,
        Jaksot = [new() { Alku = new DateTime(2024, 8, 8) }],
        Vuosiluokat =
        [
            // KOSKI confirms a perusopetuksen oppimäärä only alongside a 9th-grade suoritus.
            new() { Luokkaaste = "9", Luokka = "9A", Alkamispaiva = new DateTime(2024, 8, 8), JaaLuokalle = true },
            new() { Luokkaaste = "9", Luokka = "9B", Alkamispaiva = new DateTime(2025, 8, 7) },
        ],
        OppiaineRivit = [new() { Oppiaine = "MA", Arvosana = "9" }, new() { Oppiaine = "LI", Arvosana = "S", Yksilollistetty = true }],
        VahvistusPaiva = new DateTime(2026, 5, 30),
        VahvistusPaikkakunta = "179",
        MyontajaNimi = "Reijo Reksi",
        MyontajaTitteli = "rehtori",
    };
}
