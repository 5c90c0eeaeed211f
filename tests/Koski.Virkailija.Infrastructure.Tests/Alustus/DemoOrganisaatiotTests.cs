using Koski.Virkailija.Domain.Organisaatiot;
using Koski.Virkailija.Infrastructure.Alustus;
using Koski.Virkailija.Testaus;

namespace Koski.Virkailija.Infrastructure.Tests.Alustus;

public class DemoOrganisaatiotTests
{
    /// <summary>The hand-written organisations are real: each (but OPH's root) is in the organisation service's data, alike.</summary>
    [Fact]
    public void KasinKirjoitetutVastaavatOrganisaatiopalvelua()
    {
        IReadOnlyList<Organisaatio> hierarkia;
        using (var virta = File.OpenRead(Jaettu.Hierarkia))
        {
            hierarkia = OrganisaatioHierarkiaLukija.Lue(virta);
        }
        var oikeat = hierarkia.ToDictionary(o => o.Oid);

        Assert.All(DemoOrganisaatiot.Kaikki.Where(o => o.Oid != Organisaatio.JuuriOid), demo =>
        {
            Assert.True(oikeat.TryGetValue(demo.Oid, out var oikea), demo.Oid);
            Assert.Equal((oikea!.ParentOid, oikea.NimiFi, oikea.Tyypit, oikea.OppilaitosKoodi, oikea.Oppilaitostyyppi),
                (demo.ParentOid, demo.NimiFi, demo.Tyypit, demo.OppilaitosKoodi, demo.Oppilaitostyyppi));
        });
        Assert.Equal(DemoOrganisaatiot.Kaikki.Count, DemoOrganisaatiot.Kaikki.Select(o => o.Oid).Distinct().Count());
    }
}
