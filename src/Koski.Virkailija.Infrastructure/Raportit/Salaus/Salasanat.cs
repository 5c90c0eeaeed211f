using System.Security.Cryptography;

namespace Koski.Virkailija.Infrastructure.Raportit.Salaus;

/// <summary>One-time passwords for report files, shown once on the page and kept nowhere.</summary>
public static class Salasanat
{
    /// <summary>
    /// KOSKI's alphabet (web/app/util/password.js): capitals and digits without the look-alikes O/0, I/1, Q and 7,
    /// so a password copied by eye still works. 16 characters of 30 are about 78 bits.
    /// </summary>
    public const string Aakkosto = "ABCDEFGHJKLMNPRSTUVWXYZ2345689";

    public const int Pituus = 16;

    public static string Uusi() => RandomNumberGenerator.GetString(Aakkosto, Pituus);
}
