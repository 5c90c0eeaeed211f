using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Kayttooikeudet;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Infrastructure.Kayttooikeudet;
using Koski.Virkailija.Testaus;
using Microsoft.Extensions.Logging.Abstractions;

namespace Koski.Virkailija.Application.Tests.Kayttooikeudet;

/// <summary>
/// A SQLite database with the matrix test's organisations, a pääkäyttäjä at the koulutustoimija ("paa", id 1), a
/// second pääkäyttäjä ("paa2") and officials without rights, and the services over it on a clock that can move.
/// </summary>
public sealed class KayttooikeusYmparisto : IAsyncDisposable
{
    public const string Oma = "1.2.246.562.10.1", Lapsi = "1.2.246.562.10.11", Lakkautettu = "1.2.246.562.10.12",
        Vieras = "1.2.246.562.10.2";

    public required TestiTietokanta Tietokanta { get; init; }
    public SiirrettavaAika Aika { get; } = new();
    public OrganisaatioHakemisto Hakemisto => new(Tietokanta);

    public KayttooikeusHallinta Hallinta => new(Tietokanta, Hakemisto, Aika, Audit);
    public Kayttooikeusanomukset Anomukset => new(Tietokanta, Hakemisto, Aika, Audit);
    public Palvelukayttajat Palvelukayttajat =>
        new(Tietokanta, Hakemisto, Aika, new PalvelukayttajanSalasana(), Audit, NullLogger<Palvelukayttajat>.Instance);
    public KayttooikeuksienYllapito Yllapito => new(Tietokanta, Aika, NullLoggerFactory.Instance);
    public KayttajaPalvelu Kayttajat => new(Tietokanta, Hakemisto, Aika);
    private AuditLoki Audit => new(Tietokanta, new EiAuditKontekstia(), Aika, NullLogger<AuditLoki>.Instance);

    public DateOnly Tanaan => Aika.Tanaan();

    /// <param name="tarjoaja">"Sqlite" or "Postgres" (<see cref="TestiTietokanta.LuoAsync"/>).</param>
    public static async Task<KayttooikeusYmparisto> LuoAsync(string tarjoaja = "Sqlite")
    {
        var y = new KayttooikeusYmparisto { Tietokanta = await TestiTietokanta.LuoAsync(tarjoaja) };
        await using var db = y.Tietokanta.CreateDbContext();
        db.Organisaatiot.AddRange(SaantoMatriisiTests.Puu.Kaikki);
        foreach (var (tunnus, i) in new[] { "paa", "paa2", "uusi", "toinen" }.Select((t, i) => (t, i + 1)))
            db.Virkailijat.Add(new Virkailijahenkilo
            {
                Oid = Domain.Oidit.Henkilo(90_000_000_000 + i), Kayttajatunnus = tunnus, Etunimet = "Etu" + tunnus, Sukunimi = "Suku" + tunnus,
            });
        await db.SaveChangesAsync();
        foreach (var id in new long[] { 1, 2 })
            db.Kayttooikeudet.Add(new Kayttooikeus
            {
                VirkailijaId = id, Ryhma = "koski-paakayttaja", OrganisaatioOid = Oma, VoimassaAlkaen = y.Tanaan.AddDays(-10),
                VoimassaAsti = y.Tanaan.AddDays(200), Tila = KayttooikeudenTila.MYONNETTY, Muokattu = y.Aika.GetUtcNow(),
            });
        await db.SaveChangesAsync();
        return y;
    }

    public async Task<Kayttaja> KayttajaAsync(string tunnus) => (await Kayttajat.HaeTunnuksellaAsync(tunnus))!;

    public ValueTask DisposeAsync() => Tietokanta.DisposeAsync();
}

public sealed class SiirrettavaAika : TimeProvider
{
    public DateTimeOffset Nyt { get; set; } = KiinteaAika.Oletus;
    public override DateTimeOffset GetUtcNow() => Nyt;
}
