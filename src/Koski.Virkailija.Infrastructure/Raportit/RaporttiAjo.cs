using Koski.Virkailija.Application.Raportit;

namespace Koski.Virkailija.Infrastructure.Raportit;

public enum RaporttiAjonTila
{
    Kaynnissa,
    Valmis,
    Peruttu,
    Epaonnistui,
}

/// <summary>
/// One report being written in the background to a temporary file: whose it is, how many rows are written, and
/// <see cref="Muuttui"/> for the page that shows its progress. Only its owner may download or cancel it.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001",
    Justification = "A CancellationTokenSource without a timer holds nothing to release; a run lives until its file expires.")]
public sealed class RaporttiAjo : IProgress<long>
{
    private readonly CancellationTokenSource peruutus = new();
    private long rivit;

    internal RaporttiAjo(long virkailijaId, RaportinSisalto sisalto, ITaulukkoKirjoittaja kirjoittaja, string polku, DateTimeOffset aloitettu)
    {
        VirkailijaId = virkailijaId;
        Tiedostonimi = $"{sisalto.Tiedostonimi}.{kirjoittaja.Paate}";
        Sisaltotyyppi = kirjoittaja.Sisaltotyyppi;
        Arvio = sisalto.Arvio;
        Polku = polku;
        Aloitettu = aloitettu;
    }

    public Guid Id { get; } = Guid.NewGuid();
    public long VirkailijaId { get; }
    public string Tiedostonimi { get; }
    public string Sisaltotyyppi { get; }
    public long Arvio { get; }
    public DateTimeOffset Aloitettu { get; }
    internal string Polku { get; }
    public RaporttiAjonTila Tila { get; private set; } = RaporttiAjonTila.Kaynnissa;
    public long Rivit => Interlocked.Read(ref rivit);

    /// <summary>Written share 0–100 against the estimate; 100 only when done.</summary>
    public double Prosentti => Tila == RaporttiAjonTila.Valmis ? 100 : Arvio <= 0 ? 0 : Math.Min(99, 100.0 * Rivit / Arvio);

    /// <summary>Raised on the writer's thread; subscribers marshal to their own context.</summary>
    public event Action? Muuttui;

    internal CancellationToken Token => peruutus.Token;

    public void Peru() => peruutus.Cancel();

    void IProgress<long>.Report(long value)
    {
        Interlocked.Exchange(ref rivit, value);
        Muuttui?.Invoke();
    }

    internal void Paata(RaporttiAjonTila tila)
    {
        Tila = tila;
        Muuttui?.Invoke();
    }
}
