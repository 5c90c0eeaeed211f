using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Validointi;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Infrastructure.Tests.Alustus;

/// <summary>
/// The demo study rights are what an official could have saved: every one passes KOSKI's save-time rules, its codes
/// included (with every code list of data/koski/koodisto).
/// </summary>
public sealed class DemoDataValidointiTests(DemoKanta kanta) : IClassFixture<DemoKanta>
{
    [Fact]
    public async Task Jokainen_demo_opiskeluoikeus_lapaisee_tallennuksen_saannot()
    {
        await using var db = kanta.Tietokanta.CreateDbContext();
        var rivit = await db.Opiskeluoikeudet.AsNoTracking().Select(o => new { o.Oid, o.Json }).ToListAsync();
        Assert.NotEmpty(rivit);
        var virheet = rivit
            .SelectMany(r => Validointisaannot.Validoi(JsonNode.Parse(r.Json)!.AsObject(), KoskiKoodistot.Ymparisto).Select(v => $"{r.Oid}: {v}"))
            .ToList();
        Assert.True(virheet.Count == 0, string.Join(Environment.NewLine, virheet.Take(10)));
    }
}
