using Koski.Virkailija.Application.Oppijat;
using Koski.Virkailija.Application.Tests.Tiedonsiirto;
using Koski.Virkailija.Domain.Oppijat;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Tests.Oppijat;

/// <summary>The search reads one name range per word, one after another: together they must be the rule's learners in name order.</summary>
public sealed class NimialueTests
{
    [Theory]
    [MemberData(nameof(TiedonsiirtoPalveluTests.Tarjoajat), MemberType = typeof(TiedonsiirtoPalveluTests))]
    public async Task Alueet_perakkain_ovat_nimiehdon_oppijat_nimijarjestyksessa(string tarjoaja)
    {
        await using var tietokanta = await TestiTietokanta.LuoAsync(tarjoaja);
        await using (var db = tietokanta.CreateDbContext())
        {
            var n = 0;
            foreach (var (sukunimi, etunimet) in new[]
                     {
                         ("Kallio", "Aho Matti"), ("Aho", "Kalle"), ("Aho", "Kaisa"), ("Kalliomäki", "Ahti"), ("Mäki", "Aho"),
                         ("Öhman", "Kalle"), ("Ahonen", "Kaarina"), ("Kalla", "Pekka"),
                     })
            {
                var oppija = new Oppija { Oid = $"1.2.246.562.24.{10000000000 + n++}", Sukunimi = sukunimi, Etunimet = etunimet };
                oppija.PaivitaHakunimi();
                db.Oppijat.Add(oppija);
            }
            await db.SaveChangesAsync();
        }

        await using var luku = tietokanta.CreateDbContext();
        // The later word's range comes first by name; a word another word begins; a range with non-ASCII names.
        foreach (var haku in new[] { "kal aho", "aho kal", "aho ahon kal", "kal", "öh kal", "mäki aho" })
        {
            var ehdolla = await Nimihaku.Suodata(luku.Oppijat, haku).OrderBy(o => o.Hakunimi).ThenBy(o => o.Oid)
                .Select(o => o.Hakunimi).ToListAsync();
            Assert.Equal(ehdolla, await AlueittainAsync(haku));
        }
        Assert.Equal(["aho kalle", "kallio aho matti"], await AlueittainAsync("kal aho"));

        // The search's reading: each range in (hakunimi, oid) order, the ranges one after another.
        async Task<List<string>> AlueittainAsync(string haku)
        {
            var nimet = new List<string>();
            foreach (var alue in Nimihaku.Alueet(luku.Oppijat, haku))
                nimet.AddRange(await alue.OrderBy(a => a.Hakunimi).ThenBy(a => a.Oid).Select(a => a.Hakunimi).ToListAsync());
            return nimet;
        }
    }
}
