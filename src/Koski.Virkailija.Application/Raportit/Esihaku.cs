using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Koski.Virkailija.Application.Raportit;

/// <summary>
/// Produces a report's rows (database, JSON, redaction) on a task of its own while the writer writes the previous
/// ones, through a bounded buffer: on a machine with two cores a report takes about as long as the slower of the two,
/// not their sum, and memory stays at most <c>puskuri</c> rows ahead.
/// </summary>
public static class Esihaku
{
    public const int Puskuri = 1024;

    public static Taulukko Esihaettu(this Taulukko taulukko) => taulukko with { Rivit = Rivit(taulukko.Rivit) };

    private static async IAsyncEnumerable<object?[]> Rivit(IAsyncEnumerable<object?[]> rivit, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var kanava = Channel.CreateBounded<object?[]>(new BoundedChannelOptions(Puskuri) { SingleReader = true, SingleWriter = true });
        using var lopetus = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var tuottaja = Task.Run(async () =>
        {
            try
            {
                await foreach (var rivi in rivit.WithCancellation(lopetus.Token)) await kanava.Writer.WriteAsync(rivi, lopetus.Token);
                kanava.Writer.Complete();
            }
            catch (Exception e)
            {
                // The reader gets the producer's failure (or cancellation) from the channel.
                kanava.Writer.Complete(e);
            }
        }, CancellationToken.None);
        try
        {
            while (await kanava.Reader.WaitToReadAsync(ct))
                while (kanava.Reader.TryRead(out var rivi)) yield return rivi;
        }
        finally
        {
            // The reader stopped (done, cancelled or failed): stop the producer and let it close its database connection.
            await lopetus.CancelAsync();
            await tuottaja;
        }
    }
}
