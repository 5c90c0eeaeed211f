using Koski.Virkailija.Application.Raportit;
using Koski.Virkailija.Infrastructure.Raportit;
using Koski.Virkailija.Testaus;
using Microsoft.Extensions.Logging.Abstractions;

namespace Koski.Virkailija.Infrastructure.Tests.Raportit;

/// <summary>The background runner: progress from the writer's row count, cancel, the file only for its owner, xlsx only encrypted.</summary>
public sealed class RaporttiAjotTests : IDisposable
{
    private readonly RaporttiAjot ajot = new([new XlsxKirjoittaja(), new CsvKirjoittaja()], TimeProvider.System, NullLogger<RaporttiAjot>.Instance);

    private static async IAsyncEnumerable<object?[]> Rivit(int maara, SemaphoreSlim? portti = null)
    {
        for (var i = 0; i < maara; i++)
        {
            if (portti is not null && i == maara / 2) await portti.WaitAsync();
            yield return [$"Oppilas {i}", i];
        }
        await Task.CompletedTask;
    }

    private static RaportinSisalto Sisalto(int maara, SemaphoreSlim? portti = null) =>
        new(new Taulukko("Testi", [new("Nimi"), new("Numero", SarakeTyyppi.Kokonaisluku)], Rivit(maara, portti)), "testi_00204_2026-11-20", maara);

    private static async Task OdotaAsync(RaporttiAjo ajo, Func<RaporttiAjo, bool> ehto)
    {
        for (var i = 0; i < 500 && !ehto(ajo); i++) await Task.Delay(10);
        Assert.True(ehto(ajo), $"ajo jäi tilaan {ajo.Tila}, {ajo.Rivit} riviä");
    }

    [Fact]
    public async Task Edistyminen_kasvaa_ja_valmis_tiedosto_vain_omistajalle()
    {
        using var portti = new SemaphoreSlim(0);
        var (ajo, salasana) = ajot.Aloita(7, Sisalto(10_000, portti), Tiedostomuoto.Csv);
        Assert.Null(salasana);

        // Halfway the rows stop until the gate opens: progress is visible and below 100 %.
        await OdotaAsync(ajo, a => a.Rivit >= 5_000);
        Assert.Equal(RaporttiAjonTila.Kaynnissa, ajo.Tila);
        Assert.InRange(ajo.Prosentti, 49, 51);
        Assert.Null(ajot.ValmisTiedosto(ajo));
        portti.Release();

        await OdotaAsync(ajo, a => a.Tila == RaporttiAjonTila.Valmis);
        Assert.Equal(10_000, ajo.Rivit);
        Assert.Equal(100, ajo.Prosentti);
        Assert.Equal("testi_00204_2026-11-20.csv", ajo.Tiedostonimi);
        var polku = ajot.ValmisTiedosto(ajo);
        Assert.Equal(10_001, File.ReadLines(polku!).Count());
        Assert.Same(ajo, ajot.Hae(ajo.Id, 7));
        Assert.Null(ajot.Hae(ajo.Id, 8));
    }

    [Fact]
    public async Task Peruttu_ajo_ei_jata_tiedostoa()
    {
        using var portti = new SemaphoreSlim(0);
        var (ajo, _) = ajot.Aloita(7, Sisalto(10_000, portti), Tiedostomuoto.Xlsx);
        await OdotaAsync(ajo, a => a.Rivit >= 5_000);

        ajo.Peru();
        portti.Release();

        await OdotaAsync(ajo, a => a.Tila == RaporttiAjonTila.Peruttu);
        Assert.Null(ajot.ValmisTiedosto(ajo));
    }

    [Fact]
    public async Task Xlsx_valmistuu_vain_salattuna_ajon_omalla_salasanalla()
    {
        var (ajo, salasana) = ajot.Aloita(7, Sisalto(3_000), Tiedostomuoto.Xlsx);
        var (toinen, toisenSalasana) = ajot.Aloita(7, Sisalto(10), Tiedostomuoto.Xlsx);

        await OdotaAsync(ajo, a => a.Tila == RaporttiAjonTila.Valmis);
        await OdotaAsync(toinen, a => a.Tila == RaporttiAjonTila.Valmis);
        Assert.NotNull(salasana);
        Assert.NotEqual(salasana, toisenSalasana);
        var polku = ajot.ValmisTiedosto(ajo)!;
        // Only the encrypted file is left: the plain one written first is gone.
        Assert.Equal(new[] { polku, ajot.ValmisTiedosto(toinen)! }.Order(), Directory.GetFiles(Path.GetDirectoryName(polku)!).Order());
        var rivit = SalattuXlsxLukija.Rivit(polku, salasana);
        Assert.Equal(3_001, rivit.Count);
        Assert.Equal(["Oppilas 2999", "2999"], rivit[^1]);
        Assert.ThrowsAny<Exception>(() => SalattuXlsxLukija.Rivit(polku, toisenSalasana!));
    }

    public void Dispose() => ajot.Dispose();
}
