using System.Text;

namespace Koski.Virkailija.Web.Components.Shared.Opiskeluoikeus;

/// <summary>Finnish labels of KOSKI's JSON properties; an unknown property reads as its camelCase name in words.</summary>
public static class Kenttanimet
{
    private static readonly Dictionary<string, string> Tunnetut = new(StringComparer.Ordinal)
    {
        ["oid"] = "OID",
        ["koulutusmoduuli"] = "Koulutus",
        ["tunniste"] = "Tunniste",
        ["myöntäjäHenkilöt"] = "Myöntäjät",
        ["myöntäjäOrganisaatio"] = "Myöntäjä",
        ["opintojenRahoitus"] = "Rahoitus",
        ["lähdejärjestelmänId"] = "Lähdejärjestelmä",
        ["suorituskieli"] = "Suorituskieli",
        ["päivä"] = "Päivä",
        ["alku"] = "Alku",
        ["loppu"] = "Loppu",
        ["hojks"] = "HOJKS",
        ["vstOppivelvollisuudenSuorittamiseenKelpaava"] = "Kelpaa oppivelvollisuuden suorittamiseen",
        ["perusteenDiaarinumero"] = "Perusteen diaarinumero",
        ["arvioituPäättymispäivä"] = "Arvioitu päättymispäivä",
        ["jääLuokalle"] = "Jää luokalle",
        ["osaAikainenErityisopetus"] = "Osa-aikainen erityisopetus",
        ["toimintaAlueittainOpiskelu"] = "Toiminta-alueittain opiskelu",
        ["yksilöllistettyOppimäärä"] = "Yksilöllistetty oppimäärä",
        ["rajattuOppimäärä"] = "Rajattu oppimäärä",
    };

    public static string Nimi(string kentta)
    {
        if (Tunnetut.TryGetValue(kentta, out var nimi)) return nimi;
        var sb = new StringBuilder(kentta.Length + 8);
        for (var i = 0; i < kentta.Length; i++)
        {
            var c = kentta[i];
            if (i == 0) sb.Append(char.ToUpperInvariant(c));
            else if (char.IsUpper(c)) sb.Append(' ').Append(char.ToLowerInvariant(c));
            else if (char.IsDigit(c) && !char.IsDigit(kentta[i - 1])) sb.Append(' ').Append(c);
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
