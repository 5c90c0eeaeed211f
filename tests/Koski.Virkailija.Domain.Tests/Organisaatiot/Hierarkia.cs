using Koski.Virkailija.Domain.Organisaatiot;
using Koski.Virkailija.Testaus;

namespace Koski.Virkailija.Domain.Tests.Organisaatiot;

/// <summary>The real hierarchy file, read once for all tests.</summary>
public static class Hierarkia
{
    private static readonly Lazy<IReadOnlyList<Organisaatio>> LuetutOrganisaatiot = new(() =>
    {
        using var virta = File.OpenRead(Jaettu.Hierarkia);
        return OrganisaatioHierarkiaLukija.Lue(virta);
    });

    public static IReadOnlyList<Organisaatio> Organisaatiot => LuetutOrganisaatiot.Value;

    public static Organisaatio Hae(string oid) => Organisaatiot.Single(o => o.Oid == oid);
}
