using System.Globalization;

namespace Koski.Virkailija.Testaus;

/// <summary>Valid hetus of the temporary range (individual numbers 900–999, never a real person's), one per number.</summary>
public static class Testihetut
{
    private const string Tarkistusmerkit = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    /// <param name="n">0–99: the learner's number in a test.</param>
    public static string Hetu(int n)
    {
        var paiva = new DateOnly(2010, 1, 1).AddDays(n).ToString("ddMMyy", CultureInfo.InvariantCulture);
        var numero = (900 + n).ToString(CultureInfo.InvariantCulture);
        var tarkiste = Tarkistusmerkit[(int)(long.Parse(paiva + numero, CultureInfo.InvariantCulture) % 31)];
        return $"{paiva}A{numero}{tarkiste}";
    }
}
