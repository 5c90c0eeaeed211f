using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Domain.Auditointi;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Koski.Virkailija.Application.Tests.Auditointi;

public sealed class AuditLokiTests
{
    private sealed class Konteksti : IAuditKonteksti
    {
        public string? IpOsoite => "192.0.2.10";
        public string? Istunto => "istunto-1";
    }

    [Fact]
    public async Task Merkinta_kertoo_kuka_mista_istunnosta_milloin_mita_ja_mihin()
    {
        await using var tietokanta = await TestiTietokanta.SqliteAsync();
        var aika = new KiinteaAika(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero));
        var loki = new AuditLoki(tietokanta, new Konteksti(), aika, NullLogger<AuditLoki>.Instance);
        var kayttaja = new Kayttaja(7, "katselija", "Kaisa Katajisto",
            [new Rooli(Kayttooikeusryhma.KoskiKatselija, "1.2.246.562.10.14613773812", "Jyväskylän normaalikoulu")],
            "1.2.246.562.24.80000000003");

        await loki.KirjaaAsync(kayttaja, AuditOperaatio.OPPIJA_HAKU, new AuditKohde(Tiedot: new { haku = "Mäki" }));

        await using var db = tietokanta.CreateDbContext();
        var merkinta = await db.AuditLoki.SingleAsync();
        Assert.Equal("OPPIJA_HAKU", merkinta.Operaatio);
        Assert.Equal("1.2.246.562.24.80000000003", merkinta.Kayttaja);
        Assert.Equal("192.0.2.10", merkinta.IpOsoite);
        Assert.Equal("istunto-1", merkinta.Istunto);
        Assert.Equal(aika.GetUtcNow(), merkinta.Aika);
        Assert.Equal("{\"haku\":\"Mäki\"}", merkinta.Tiedot);
    }
}
