using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Infrastructure.Alustus;
using Koski.Virkailija.Testaus;

namespace Koski.Virkailija.Infrastructure.Tests.Alustus;

/// <summary>One database with the demo data written once, shared by the tests that only read it.</summary>
public sealed class DemoKanta : IAsyncLifetime
{
    public TestiTietokanta Tietokanta { get; private set; } = null!;
    public DemoDatanTulos Tulos { get; private set; } = null!;

    public static DemoData DemoData(TestiTietokanta tietokanta, TimeProvider? aika = null) =>
        new(tietokanta, new OrganisaatioTuonti(tietokanta, new OrganisaatioHakemisto(tietokanta)), new OpiskeluoikeusTallennus(),
            aika ?? new KiinteaAika());

    public async Task InitializeAsync()
    {
        Tietokanta = await TestiTietokanta.SqliteAsync();
        Tulos = await DemoData(Tietokanta).AjaAsync() ?? throw new InvalidOperationException("Demodataa ei kirjoitettu");
    }

    public async Task DisposeAsync() => await Tietokanta.DisposeAsync();
}
