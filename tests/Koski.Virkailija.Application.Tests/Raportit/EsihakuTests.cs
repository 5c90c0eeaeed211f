using Koski.Virkailija.Application.Raportit;

namespace Koski.Virkailija.Application.Tests.Raportit;

/// <summary>Rows produced ahead on their own task: same rows in the same order, failures and stops pass through.</summary>
public sealed class EsihakuTests
{
    private sealed class Lahde(int maara, int? kaatuu = null)
    {
        public bool Suljettu { get; private set; }
        public int Tuotettu { get; private set; }

        public async IAsyncEnumerable<object?[]> Rivit([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
        {
            try
            {
                for (var i = 0; i < maara; i++)
                {
                    ct.ThrowIfCancellationRequested();
                    if (i == kaatuu) throw new InvalidOperationException("lähde kaatui");
                    Tuotettu++;
                    yield return [i];
                    if (i % 100 == 0) await Task.Yield();
                }
            }
            finally
            {
                Suljettu = true;
            }
        }
    }

    private static Taulukko Taulukko(Lahde lahde) => new("T", [new("N", SarakeTyyppi.Kokonaisluku)], lahde.Rivit());

    [Fact]
    public async Task Samat_rivit_samassa_jarjestyksessa()
    {
        var rivit = await RaportitTests.RivitAsync(Taulukko(new Lahde(5_000)).Esihaettu());
        Assert.Equal(Enumerable.Range(0, 5_000), rivit.Select(r => (int)r[0]!));
    }

    [Fact]
    public async Task Lahteen_virhe_valittyy_lukijalle()
    {
        var virhe = await Assert.ThrowsAsync<InvalidOperationException>(() => RaportitTests.RivitAsync(Taulukko(new Lahde(5_000, kaatuu: 3_000)).Esihaettu()));
        Assert.Equal("lähde kaatui", virhe.Message);
    }

    [Fact]
    public async Task Lukijan_lopettaessa_lahde_pysahtyy_ja_suljetaan()
    {
        var lahde = new Lahde(1_000_000);
        await foreach (var rivi in Taulukko(lahde).Esihaettu().Rivit)
            if ((int)rivi[0]! == 10) break;

        Assert.True(lahde.Suljettu);
        // At most the buffer ahead of the reader, not the whole million.
        Assert.InRange(lahde.Tuotettu, 11, 11 + Esihaku.Puskuri + 1);
    }

    [Fact]
    public async Task Peruutus_keskeyttaa()
    {
        using var peruutus = new CancellationTokenSource();
        var lahde = new Lahde(1_000_000);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var rivi in Taulukko(lahde).Esihaettu().Rivit.WithCancellation(peruutus.Token))
                if ((int)rivi[0]! == 10) await peruutus.CancelAsync();
        });
        Assert.True(lahde.Suljettu);
    }
}
