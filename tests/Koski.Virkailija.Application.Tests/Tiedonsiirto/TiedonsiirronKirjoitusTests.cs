using System.Data.Common;
using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Tiedonsiirto;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using static Koski.Virkailija.Application.Tests.Tiedonsiirto.TiedonsiirtoKanta;

namespace Koski.Virkailija.Application.Tests.Tiedonsiirto;

/// <summary>
/// How a PUT /oppija writes (issue: Tiedonsiirto, ingest ≥ 500 documents/s): everything of one document in one
/// SaveChanges, few round trips, and a conflict found by that one save still answered as KOSKI answers.
/// </summary>
public sealed class TiedonsiirronKirjoitusTests
{
    private const string Lisaopetus = "perusopetuksenlisaopetus_2022-08-15.json";

    [Fact]
    public async Task Uuden_oppijan_dokumentti_tallentuu_kahdella_tietokantakaynnilla()
    {
        var laskuri = new Komentolaskuri { MuistaLauseet = true };
        await using var kanta = await LuoAsync("Postgres", laskuri);
        var siirto = Esimerkki(Lisaopetus);
        siirto["henkilö"] = new JsonObject { ["hetu"] = "010106A9997", ["etunimet"] = "Uusi", ["sukunimi"] = "Oppija" };
        var oikeudet = siirto["opiskeluoikeudet"]!.AsArray();
        // A study right of another type: a second lisäopetus at the same time would be KOSKI's duplicate.
        var toinen = Esimerkki("perusopetukseenvalmistavaopetus_2024-05-16.json")["opiskeluoikeudet"]![0]!.DeepClone();
        oikeudet.Add(toinen);

        // Another learner first, so that the organisation tree is already in memory.
        await kanta.Palvelu.TallennaAsync(Palvelukayttaja(Juuri), Esimerkki("esiopetusvalmis_2022-09-26.json"));
        laskuri.Nollaa();
        var vastaus = await kanta.Palvelu.TallennaAsync(Palvelukayttaja(Juuri), siirto);

        // The learner by hetu with the new OIDs of the learner and both study rights, then one batch of inserts, which
        // PostgreSQL runs as one implicit transaction: no COMMIT of EF Core's transaction, no savepoint.
        Assert.True(laskuri.Komentoja == 2 && laskuri.Lauseet.Last().StartsWith("INSERT", StringComparison.Ordinal),
            string.Join("\n---\n", laskuri.Lauseet));
        Assert.Equal(2, vastaus.Opiskeluoikeudet.Select(o => o.Oid).Distinct().Count());
        await using var db = kanta.Tietokanta.CreateDbContext();
        var oidit = vastaus.Opiskeluoikeudet.Select(o => o.Oid).ToList();
        Assert.Equal(2, await db.OpiskeluoikeusVersiot.CountAsync(v => oidit.Contains(v.OpiskeluoikeusOid)));
        Assert.Equal(2, await db.AuditLoki.CountAsync(a => a.Operaatio == "OPISKELUOIKEUS_LISAYS" && oidit.Contains(a.OpiskeluoikeusOid!)));
    }

    [Theory]
    [MemberData(nameof(TiedonsiirtoPalveluTests.Tarjoajat), MemberType = typeof(TiedonsiirtoPalveluTests))]
    public async Task Saman_dokumentin_toinen_sama_tunniste_on_ensimmaisen_uusi_versio(string tarjoaja)
    {
        await using var kanta = await LuoAsync(tarjoaja);
        var siirto = Esimerkki(Lisaopetus);
        var oikeudet = siirto["opiskeluoikeudet"]!.AsArray();
        oikeudet.Add(oikeudet[0]!.DeepClone());

        var vastaus = await kanta.Palvelu.TallennaAsync(Palvelukayttaja(Juuri), siirto);

        Assert.Equal(vastaus.Opiskeluoikeudet[0].Oid, vastaus.Opiskeluoikeudet[1].Oid);
        Assert.Equal([1, 2], vastaus.Opiskeluoikeudet.Select(o => o.Versionumero));
        await using var db = kanta.Tietokanta.CreateDbContext();
        Assert.Equal(2, (await db.Opiskeluoikeudet.SingleAsync()).Versionumero);
        Assert.Equal([1, 2], await db.OpiskeluoikeusVersiot.OrderBy(v => v.Versionumero).Select(v => v.Versionumero).ToListAsync());
    }

    [Fact]
    public async Task Samanaikainen_tallennus_on_ristiriita_eika_tallenna_mitaan()
    {
        var valiin = new ValiinTallentaja();
        await using var kanta = await LuoAsync("Postgres", valiin);
        var eka = await kanta.Palvelu.TallennaAsync(Palvelukayttaja(Normaalikoulu), Esimerkki(Lisaopetus));
        var oid = eka.Opiskeluoikeudet[0].Oid;

        // Someone else saves version 2 after this PUT read version 1 and before it writes.
        valiin.Lause = $"UPDATE opiskeluoikeus SET versionumero = 2 WHERE oid = '{oid}'";
        var virhe = await Assert.ThrowsAsync<KoskiVirheet>(() =>
            kanta.Palvelu.TallennaAsync(Palvelukayttaja(Normaalikoulu), Esimerkki(Lisaopetus)));

        Assert.Equal((409, "conflict.samanaikainenPäivitys"), (virhe.HttpTila, virhe.Virheet[0].Avain));
        await using var db = kanta.Tietokanta.CreateDbContext();
        Assert.Equal(1, await db.OpiskeluoikeusVersiot.CountAsync());
        Assert.Equal(1, await db.AuditLoki.CountAsync(a => a.OpiskeluoikeusOid == oid));
    }

    [Fact]
    public async Task Uusien_rivien_era_ei_tallennu_puoliksi()
    {
        var valiin = new ValiinTallentaja();
        await using var kanta = await LuoAsync("Postgres", valiin);
        var eka = await kanta.Palvelu.TallennaAsync(Palvelukayttaja(Juuri), Esimerkki("esiopetusvalmis_2022-09-26.json"));
        var siirto = Esimerkki(Lisaopetus);
        siirto["henkilö"] = new JsonObject { ["hetu"] = "010106A9997", ["etunimet"] = "Uusi", ["sukunimi"] = "Oppija" };

        // Someone else stores a study right under the OID this document's new one was given: the batch's learner and
        // audit rows go in before that insert fails, and PostgreSQL's implicit transaction must take them back.
        valiin.Lauseeksi = db =>
        {
            var uusi = db.ChangeTracker.Entries<Opiskeluoikeus>().Single(e => e.State == EntityState.Added).Entity.Oid;
            return $"INSERT INTO opiskeluoikeus SELECT (jsonb_populate_record(o, jsonb_build_object('oid', '{uusi}'))).*"
                + $" FROM opiskeluoikeus o WHERE oid = '{eka.Opiskeluoikeudet[0].Oid}'";
        };
        var virhe = await Assert.ThrowsAsync<KoskiVirheet>(() => kanta.Palvelu.TallennaAsync(Palvelukayttaja(Juuri), siirto));

        Assert.Equal((409, "conflict.samanaikainenPäivitys"), (virhe.HttpTila, virhe.Virheet[0].Avain));
        await using var tarkistus = kanta.Tietokanta.CreateDbContext();
        Assert.False(await tarkistus.Oppijat.AnyAsync(o => o.Hetu == "010106A9997"));
        Assert.Equal(1, await tarkistus.AuditLoki.CountAsync());
        Assert.Equal(1, await tarkistus.OpiskeluoikeusVersiot.CountAsync());
    }

    /// <summary>Runs <see cref="Lause"/> once on a connection of its own just before the next SaveChanges.</summary>
    private sealed class ValiinTallentaja : SaveChangesInterceptor
    {
        public string? Lause { get; set; }

        /// <summary>As <see cref="Lause"/>, written from the context about to save.</summary>
        public Func<DbContext, string>? Lauseeksi { get; set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context is { } tallentava && Lauseeksi is { } kirjoita)
            {
                Lauseeksi = null;
                Lause = kirjoita(tallentava);
            }
            if (Lause is { } lause && eventData.Context is { } context)
            {
                Lause = null;
                await using var yhteys = (DbConnection)Activator.CreateInstance(context.Database.GetDbConnection().GetType(),
                    context.Database.GetConnectionString())!;
                await yhteys.OpenAsync(cancellationToken);
                await using var komento = yhteys.CreateCommand();
                komento.CommandText = lause;
                await komento.ExecuteNonQueryAsync(cancellationToken);
            }
            return result;
        }
    }
}
