using System.Data.Common;
using Koski.Virkailija.Application.Kayttooikeudet;
using Koski.Virkailija.Domain.Auditointi;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using static Koski.Virkailija.Application.Tests.Kayttooikeudet.KayttooikeusYmparisto;

namespace Koski.Virkailija.Application.Tests.Kayttooikeudet;

/// <summary>
/// The expiry job of two app instances on one database, forced to the worst interleaving: both have read the same
/// expired grants before either writes. The grant's version decides: one instance's save goes in, the other's is
/// refused whole, so each grant expires once, with one history row and one audit entry.
/// </summary>
public sealed class VanhentuminenRinnakkainTests
{
    public static TheoryData<string> Tarjoajat => ["Sqlite", "Postgres"];

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public async Task Kaksi_samaan_aikaan_lukenutta_ajoa_vanhentavat_ja_auditoivat_kunkin_oikeuden_kerran(string tarjoaja)
    {
        await using var y = await LuoAsync(tarjoaja);
        var paa = await y.KayttajaAsync("paa");
        foreach (var tunnus in new[] { "uusi", "toinen" })
            await y.Hallinta.MyonnaAsync(paa, (await y.KayttajaAsync(tunnus)).VirkailijaId!.Value, "koski-katselija", Lapsi, y.Tanaan.AddDays(3));
        y.Aika.Nyt = y.Aika.Nyt.AddDays(4);
        await using var ennen = y.Tietokanta.CreateDbContext();
        var (historiaa, auditoitu) = (await ennen.KayttooikeusHistoria.CountAsync(), await ennen.AuditLoki.CountAsync());

        var tapaaminen = new Tapaaminen(2);
        var ajot = Enumerable.Range(0, 2).Select(_ => new KayttooikeuksienYllapito(
            y.Tietokanta.Sieppaajin(new LuvunJalkeenOdotus(tapaaminen)), y.Aika, NullLoggerFactory.Instance)).ToList();
        var maarat = await Task.WhenAll(ajot.Select(a => Task.Run(() => a.MerkitseVanhentuneetAsync())));

        Assert.True(tapaaminen.Kohdattiin, "kumpikin ajo luki vanhentuneet ennen kuin kumpikaan kirjoitti");
        Assert.Equal([0, 2], maarat.Order());
        await using var db = y.Tietokanta.CreateDbContext();
        Assert.Equal(2, await db.Kayttooikeudet.CountAsync(k => k.Tila == KayttooikeudenTila.VANHENTUNUT));
        Assert.Equal(historiaa + 2, await db.KayttooikeusHistoria.CountAsync());
        Assert.Equal(2, await db.KayttooikeusHistoria.CountAsync(h => h.Tila == KayttooikeudenTila.VANHENTUNUT));
        Assert.Equal(auditoitu + 2, await db.AuditLoki.CountAsync());
        Assert.Equal(2, await db.AuditLoki.CountAsync(a => a.Operaatio == nameof(AuditOperaatio.KAYTTOOIKEUS_MUUTOS)
            && a.Tiedot!.Contains("\"vanhentuminen\"")));
    }

    /// <summary>Lets each party through once all have arrived (or after ten seconds, which the test then reports).</summary>
    private sealed class Tapaaminen(int osapuolia)
    {
        private readonly TaskCompletionSource kaikki = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int saapuneet;

        public bool Kohdattiin => kaikki.Task.IsCompletedSuccessfully;

        public async Task SaavuAsync()
        {
            if (Interlocked.Increment(ref saapuneet) == osapuolia) kaikki.TrySetResult();
            try
            {
                await kaikki.Task.WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (TimeoutException)
            {
                // The assertion on Kohdattiin says what went wrong.
            }
        }
    }

    /// <summary>Holds its run after its first read of the grants until the other run has read them too.</summary>
    private sealed class LuvunJalkeenOdotus(Tapaaminen tapaaminen) : DbCommandInterceptor
    {
        private int luettu;

        public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData,
            DbDataReader result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("kayttooikeus", StringComparison.OrdinalIgnoreCase)
                && Interlocked.Exchange(ref luettu, 1) == 0)
                await tapaaminen.SaavuAsync();
            return result;
        }
    }
}
