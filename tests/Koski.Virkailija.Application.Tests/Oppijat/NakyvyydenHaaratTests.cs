using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Oppijat;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Koski.Virkailija.Domain.Oppijat;
using Koski.Virkailija.Domain.Organisaatiot;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Tests.Oppijat;

/// <summary>
/// The student list's disjoint visibility branches select exactly what <see cref="Nakyvyys"/> does, for every kind of
/// role, over every combination of oppilaitos, containing oppilaitos, buyer and type: in memory (each visible row in
/// exactly one branch, each hidden row in none) and as SQL on both databases (the branches' counts add up to the rule's).
/// </summary>
public sealed class NakyvyydenHaaratTests
{
    private const string ToimijaA = "1.2.246.562.10.10000000001", A1 = "1.2.246.562.10.20000000011", A2 = "1.2.246.562.10.20000000012";
    private const string ToimijaB = "1.2.246.562.10.10000000002", B1 = "1.2.246.562.10.20000000021";
    private const string ToimijaC = "1.2.246.562.10.10000000003", C1 = "1.2.246.562.10.20000000031";

    private static readonly Organisaatio[] Organisaatiot =
    [
        new() { Oid = Organisaatio.JuuriOid, NimiFi = "Opetushallitus", Tyypit = "05" },
        new() { Oid = ToimijaA, ParentOid = Organisaatio.JuuriOid, NimiFi = "Kunta A", Tyypit = "01" },
        new() { Oid = A1, ParentOid = ToimijaA, NimiFi = "Koulu A1", Tyypit = "02" },
        new() { Oid = A2, ParentOid = ToimijaA, NimiFi = "Koulu A2", Tyypit = "02" },
        new() { Oid = ToimijaB, ParentOid = Organisaatio.JuuriOid, NimiFi = "Kunta B", Tyypit = "01" },
        new() { Oid = B1, ParentOid = ToimijaB, NimiFi = "Koulu B1", Tyypit = "02" },
        new() { Oid = ToimijaC, ParentOid = Organisaatio.JuuriOid, NimiFi = "Kunta C", Tyypit = "01" },
        new() { Oid = C1, ParentOid = ToimijaC, NimiFi = "Koulu C1", Tyypit = "02" },
    ];

    private static OrganisaatioPuu Puu => new(Organisaatiot);

    /// <summary>Every combination of the columns the rule reads (4 × 3 × 4 × 3 = 144 study rights).</summary>
    private static List<Opiskeluoikeus> Rivit()
    {
        var rivit = new List<Opiskeluoikeus>();
        foreach (var oppilaitos in new[] { A1, A2, B1, C1 })
            foreach (var sisaltava in new[] { null, A1, B1 })
                foreach (var ostaja in new[] { null, ToimijaA, ToimijaB, C1 })
                    foreach (var tyyppi in new[] { "perusopetus", Nakyvyys.Esiopetus, Nakyvyys.Taiteenperusopetus })
                    {
                        rivit.Add(new Opiskeluoikeus
                        {
                            Oid = $"1.2.246.562.15.{10_000_000_000L + rivit.Count}", OppijaOid = "1.2.246.562.24.10000000001", Tyyppi = tyyppi,
                            OppilaitosOid = oppilaitos, SisaltavaOppilaitosOid = sisaltava, OstajaOid = ostaja, Json = "{}",
                        });
                    }
        return rivit;
    }

    public static TheoryData<string> Roolit => [.. Roolitaulu.Keys];

    /// <summary>Each kind of role alone and in the mixtures that make several parts.</summary>
    private static readonly Dictionary<string, Rooli[]> Roolitaulu = new()
    {
        ["ei rooleja"] = [],
        ["katselija koulutustoimijassa"] = [new(Kayttooikeusryhma.KoskiKatselija, ToimijaA, "A")],
        ["katselija oppilaitoksessa"] = [new(Kayttooikeusryhma.KoskiKatselija, A1, "A1")],
        ["suppea katselija"] = [new(Kayttooikeusryhma.KoskiKatselijaSuppea, ToimijaB, "B")],
        ["esiopetuksen katselija"] = [new(Kayttooikeusryhma.KoskiKatselijaEsiopetus, ToimijaB, "B")],
        ["TPO-hankinta"] = [new(Kayttooikeusryhma.KoskiTallentajaTpoHankinta, ToimijaA, "A")],
        ["palvelukäyttäjä"] = [new(Kayttooikeusryhma.KoskiPalvelukayttaja, C1, "C1")],
        ["OPH-pääkäyttäjä (globaali)"] = [new(Kayttooikeusryhma.OphPaakayttaja, Organisaatio.JuuriOid, "OPH")],
        ["katselija + esiopetus toisessa"] =
            [new(Kayttooikeusryhma.KoskiKatselija, A1, "A1"), new(Kayttooikeusryhma.KoskiKatselijaEsiopetus, ToimijaB, "B")],
        ["TPO-hankinta + katselija + esiopetus"] =
        [
            new(Kayttooikeusryhma.KoskiTallentajaTpoHankinta, ToimijaB, "B"), new(Kayttooikeusryhma.KoskiKatselija, C1, "C1"),
            new(Kayttooikeusryhma.KoskiKatselijaEsiopetus, ToimijaA, "A"),
        ],
        ["globaali + paikallinen"] =
            [new(Kayttooikeusryhma.OphPaakayttaja, Organisaatio.JuuriOid, "OPH"), new(Kayttooikeusryhma.KoskiKatselijaEsiopetus, ToimijaA, "A")],
    };

    private static Nakyvyys Nakyvyys_(string rooli) => Nakyvyys.Kayttajalle(new Kayttaja(1, "k", "K", Roolitaulu[rooli]), Puu);

    [Theory]
    [MemberData(nameof(Roolit))]
    public void Jokainen_nakyva_rivi_on_tasan_yhdessa_haarassa_ja_piilotettu_ei_missaan(string rooli)
    {
        var nakyvyys = Nakyvyys_(rooli);
        var haarat = NakyvyydenHaarat.Haarat(nakyvyys).Select(h => h.Compile()).ToList();
        var saanto = nakyvyys.Ehto().Compile();

        foreach (var rivi in Rivit())
        {
            var osumia = haarat.Count(h => h(rivi));
            Assert.True(osumia == (nakyvyys.Nakyy(rivi) ? 1 : 0),
                $"{rooli}: {rivi.OppilaitosOid}/{rivi.SisaltavaOppilaitosOid}/{rivi.OstajaOid}/{rivi.Tyyppi} on {osumia} haarassa");
            Assert.Equal(nakyvyys.Nakyy(rivi), saanto(rivi));
        }
    }

    [Theory]
    [MemberData(nameof(Roolit))]
    public void Ensimmainen_haara_oppilaitoksittain_valitsee_samat_rivit_kukin_kerran(string rooli)
    {
        var nakyvyys = Nakyvyys_(rooli);
        var oppilaitoksittain = NakyvyydenHaarat.Oppilaitoksittain(nakyvyys, enintaan: 100);
        var paikallinen = !nakyvyys.Tyhja && nakyvyys.Osat.All(o => o.Organisaatiot is not null);
        Assert.Equal(paikallinen, oppilaitoksittain is not null);
        if (oppilaitoksittain is null) return;
        var ensimmainen = NakyvyydenHaarat.Haarat(nakyvyys)[0].Compile();
        var osat = oppilaitoksittain.Select(h => h.Compile()).ToList();

        foreach (var rivi in Rivit())
            Assert.True(osat.Count(h => h(rivi)) == (ensimmainen(rivi) ? 1 : 0), $"{rooli}: {rivi.OppilaitosOid}/{rivi.Tyyppi}");
        Assert.Null(NakyvyydenHaarat.Oppilaitoksittain(nakyvyys, enintaan: oppilaitoksittain.Count - 1));
    }

    [Fact]
    public void Taulu_kattaa_nakyvat_ja_piilotetut_seka_jokaisen_haaran()
    {
        // The table tests above could pass vacuously: every branch of some role must select a row, and some rows must be hidden.
        var rivit = Rivit();
        var kaytetyt = new HashSet<int>();
        foreach (var rooli in Roolitaulu.Keys)
        {
            var haarat = NakyvyydenHaarat.Haarat(Nakyvyys_(rooli)).Select(h => h.Compile()).ToList();
            for (var i = 0; i < haarat.Count; i++)
                if (rivit.Any(haarat[i])) kaytetyt.Add(i);
        }
        Assert.Equal([0, 1, 2], kaytetyt.Order());
        Assert.Contains(rivit, r => !Nakyvyys_("katselija koulutustoimijassa").Nakyy(r));
        Assert.Contains(rivit, r => Nakyvyys_("TPO-hankinta").Nakyy(r));
    }

    public static TheoryData<string> Tarjoajat => ["Sqlite", "Postgres"];

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public async Task Haarojen_SQL_valitsee_saman_kuin_saannon_SQL(string tarjoaja)
    {
        await using var tietokanta = await TestiTietokanta.LuoAsync(tarjoaja);
        await using (var db = tietokanta.CreateDbContext())
        {
            db.Organisaatiot.AddRange(Organisaatiot);
            db.Oppijat.Add(new Oppija { Oid = "1.2.246.562.24.10000000001", Etunimet = "Aino", Sukunimi = "Virtanen" });
            db.Opiskeluoikeudet.AddRange(Rivit());
            await db.SaveChangesAsync();
        }

        await using var luku = tietokanta.CreateDbContext();
        foreach (var rooli in Roolitaulu.Keys)
        {
            var nakyvyys = Nakyvyys_(rooli);
            var odotetut = (await nakyvyys.Suodata(luku.Opiskeluoikeudet).Select(o => o.Oid).ToListAsync()).Order(StringComparer.Ordinal).ToList();
            var haaroittain = new List<string>();
            foreach (var haara in NakyvyydenHaarat.Haarat(nakyvyys))
                haaroittain.AddRange(await luku.Opiskeluoikeudet.Where(haara).Select(o => o.Oid).ToListAsync());
            Assert.Equal(odotetut, haaroittain.Order(StringComparer.Ordinal));
            Assert.Equal(Rivit().Where(nakyvyys.Nakyy).Select(r => r.Oid).Order(StringComparer.Ordinal), odotetut);
        }
    }
}
