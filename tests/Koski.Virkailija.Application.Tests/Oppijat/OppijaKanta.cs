using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Koodistot;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Oppijat;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Infrastructure.Alustus;
using Koski.Virkailija.Testaus;
using Microsoft.Extensions.Logging.Abstractions;

namespace Koski.Virkailija.Application.Tests.Oppijat;

/// <summary>One SQLite database with the code lists, the demo data and KOSKI's 29 examples, shared by read-only tests.</summary>
public sealed class OppijaKanta : IAsyncLifetime
{
    public TestiTietokanta Tietokanta { get; private set; } = null!;
    public OrganisaatioHakemisto Organisaatiot { get; private set; } = null!;
    public Application.Koodistot.Koodistot Koodistot { get; private set; } = null!;
    public KiinteaAika Aika { get; } = new();

    public async Task InitializeAsync()
    {
        Tietokanta = await TestiTietokanta.SqliteAsync();
        Organisaatiot = new OrganisaatioHakemisto(Tietokanta);
        Koodistot = new Application.Koodistot.Koodistot(Tietokanta);
        await new KoodistoTuonti(Tietokanta, Koodistot).TuoKansiostaAsync(Jaettu.Koodistot);
        await new DemoData(Tietokanta, new OrganisaatioTuonti(Tietokanta, Organisaatiot), new OpiskeluoikeusTallennus(), Aika).AjaAsync();
        await new TiedonsiirtoTuonti(Tietokanta, new OpiskeluoikeusTallennus(), Aika).TuoKansiostaAsync(Jaettu.Esimerkit, "alustus");
    }

    public Task<Kayttaja> KayttajaAsync(string tunnus) =>
        new KayttajaPalvelu(Tietokanta, Organisaatiot, Aika).HaeTunnuksellaAsync(tunnus)
            .ContinueWith(t => t.Result ?? throw new InvalidOperationException($"Ei demokäyttäjää {tunnus}"));

    public AuditLoki Audit(IAuditKonteksti? konteksti = null) =>
        new(Tietokanta, konteksti ?? new EiAuditKontekstia(), Aika, NullLogger<AuditLoki>.Instance);

    public OppijaHaku Haku() => new(Tietokanta, Organisaatiot, Audit());
    public Opiskelijalista Lista() => new(Tietokanta, Organisaatiot, Koodistot, Audit());
    public OppijanTiedot Tiedot() => new(Tietokanta, Organisaatiot, Koodistot, Audit());
    public Versiohistoria Historia() => new(Tietokanta, Organisaatiot, Koodistot, Audit());
    public Katseluhistoria Katselut() => new(Tietokanta, Organisaatiot);

    public async Task DisposeAsync() => await Tietokanta.DisposeAsync();
}

[CollectionDefinition(Nimi)]
public sealed class OppijaKokoelma : ICollectionFixture<OppijaKanta>
{
    public const string Nimi = "Oppijat";
}
