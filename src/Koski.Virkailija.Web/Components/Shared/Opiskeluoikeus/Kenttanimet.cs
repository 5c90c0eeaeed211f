using System.Text;
using Koski.Virkailija.Web.Kieli;

namespace Koski.Virkailija.Web.Components.Shared.Opiskeluoikeus;

/// <summary>
/// Labels of KOSKI's JSON properties in the UI language (Finnish, or Swedish where this table has one); an unknown
/// property reads as its camelCase name in words.
/// </summary>
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

    private static readonly Dictionary<string, string> Ruotsiksi = new(StringComparer.Ordinal)
    {
        ["oid"] = "OID",
        ["koulutusmoduuli"] = "Utbildning",
        ["tunniste"] = "Identifikation",
        ["myöntäjäHenkilöt"] = "Beviljare",
        ["myöntäjäOrganisaatio"] = "Beviljande organisation",
        ["opintojenRahoitus"] = "Finansiering",
        ["lähdejärjestelmänId"] = "Källsystem",
        ["suorituskieli"] = "Prestationsspråk",
        ["päivä"] = "Datum",
        ["alku"] = "Början",
        ["loppu"] = "Slut",
        ["hojks"] = "RIOP",
        ["perusteenDiaarinumero"] = "Grundernas diarienummer",
        ["arvioituPäättymispäivä"] = "Beräknat slutdatum",
        ["jääLuokalle"] = "Stannar kvar på årskursen",
        ["osaAikainenErityisopetus"] = "Specialundervisning på deltid",
        ["toimintaAlueittainOpiskelu"] = "Studier per verksamhetsområde",
        ["yksilöllistettyOppimäärä"] = "Individualiserad lärokurs",
        ["rajattuOppimäärä"] = "Begränsad lärokurs",
        ["toimipiste"] = "Verksamhetsställe",
        ["arviointi"] = "Bedömning",
        ["arvosana"] = "Vitsord",
        ["laajuus"] = "Omfattning",
        ["luokka"] = "Klass",
        ["alkamispäivä"] = "Startdatum",
    };

    public static string Nimi(string kentta)
    {
        if (Kielet.Nykyinen == "sv" && Ruotsiksi.TryGetValue(kentta, out var sv)) return sv;
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
