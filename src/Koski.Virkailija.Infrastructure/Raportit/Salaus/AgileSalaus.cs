using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Koski.Virkailija.Infrastructure.Raportit.Salaus;

/// <summary>
/// Protects an xlsx file with a password the way Excel does: ECMA-376 agile encryption (MS-OFFCRYPTO 2.3.4.10–15)
/// with AES-256-CBC, SHA-512, a spin count of 100 000 and the data-integrity HMAC, in a compound file with the
/// EncryptionInfo, EncryptedPackage and DataSpaces entries. Streams: 4 096-byte segments from the plain file to the
/// target, so memory does not grow with the report.
/// </summary>
public static class AgileSalaus
{
    private const int Segmentti = 4096, Lohko = 16, Avain = 32, Suola = 16, Tiiviste = 64, Kierroksia = 100_000;
    private const int KerrallaSegmentteja = 16;
    private const string Paketti = "EncryptedPackage";

    // The block keys of MS-OFFCRYPTO 2.3.4.11–14: each derives a different key or IV from the same secret.
    private static readonly byte[] TarkisteenSyote = [0xfe, 0xa7, 0xd2, 0x76, 0x3b, 0x4b, 0x9e, 0x79];
    private static readonly byte[] TarkisteenTiiviste = [0xd7, 0xaa, 0x0f, 0x6d, 0x30, 0x61, 0x34, 0x4e];
    private static readonly byte[] Avainarvo = [0x14, 0x6e, 0x0b, 0xe7, 0xab, 0xac, 0xd0, 0xd6];
    private static readonly byte[] EheysAvain = [0x5f, 0xb2, 0xad, 0x01, 0x0c, 0xb9, 0xe1, 0xf6];
    private static readonly byte[] EheysArvo = [0xa0, 0x67, 0x7f, 0x02, 0xb2, 0x2c, 0x84, 0x33];

    /// <summary>
    /// Encrypts <paramref name="selko"/> (read from its position to its end, which must be known) into
    /// <paramref name="kohde"/>, an empty seekable stream. The password is used here and kept nowhere.
    /// </summary>
    public static async Task SalaaAsync(Stream selko, Stream kohde, string salasana, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(salasana);
        var pituus = selko.Length - selko.Position;
        var pakettiavain = RandomNumberGenerator.GetBytes(Avain);
        var avainSuola = RandomNumberGenerator.GetBytes(Suola);
        using var aes = Aes.Create();
        aes.Key = pakettiavain;

        Yhdistetiedosto.VaraaOtsake(kohde);
        var hmacAvain = RandomNumberGenerator.GetBytes(Tiiviste);
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA512, hmacAvain);
        // A stream under 4 096 bytes belongs in the compound file's mini stream, so a tiny package is built in memory.
        CfbKohta paketti;
        if (8 + (pituus + Lohko - 1) / Lohko * Lohko < Yhdistetiedosto.MiniRaja)
        {
            using var muisti = new MemoryStream();
            await KirjoitaPakettiAsync(selko, pituus, muisti, aes, avainSuola, hmac, ct);
            paketti = new CfbVirta(Paketti, muisti.ToArray());
        }
        else
        {
            await KirjoitaPakettiAsync(selko, pituus, kohde, aes, avainSuola, hmac, ct);
            paketti = new CfbSuuriVirta(Paketti, kohde.Position - Yhdistetiedosto.Otsake);
        }

        var tiedot = Salaustiedot(salasana, pakettiavain, avainSuola,
            aes.EncryptCbc(hmacAvain, Iv(avainSuola, EheysAvain), PaddingMode.None),
            aes.EncryptCbc(hmac.GetHashAndReset(), Iv(avainSuola, EheysArvo), PaddingMode.None));
        await Yhdistetiedosto.ViimeisteleAsync(kohde, new CfbKansio("Root Entry",
            new CfbVirta("EncryptionInfo", tiedot),
            paketti,
            Tietotilat.Kansio()), ct);
    }

    /// <summary>EncryptedPackage: the plain length, then the segments, each with its own IV; the HMAC covers all of it.</summary>
    private static async Task KirjoitaPakettiAsync(Stream selko, long pituus, Stream kohde, Aes aes, byte[] avainSuola,
        IncrementalHash hmac, CancellationToken ct)
    {
        var koko = new byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(koko, (ulong)pituus);
        await kohde.WriteAsync(koko, ct);
        hmac.AppendData(koko);
        var selkoPuskuri = new byte[Segmentti * KerrallaSegmentteja];
        var salattuPuskuri = new byte[selkoPuskuri.Length];
        long kirjoitettu = 0;
        for (uint segmentti = 0; kirjoitettu < pituus;)
        {
            var luettu = await selko.ReadAtLeastAsync(selkoPuskuri, selkoPuskuri.Length, throwOnEndOfStream: false, ct);
            if (luettu == 0 || kirjoitettu + luettu > pituus) throw new InvalidOperationException("Selkotiedoston pituus muuttui kesken salauksen.");
            var salattu = 0;
            for (var alku = 0; alku < luettu; alku += Segmentti, segmentti++)
            {
                var osa = Math.Min(Segmentti, luettu - alku);
                // The last segment is padded with zeros to whole AES blocks; the stored length tells where it ends.
                var taytetty = (osa + Lohko - 1) / Lohko * Lohko;
                selkoPuskuri.AsSpan(alku + osa, taytetty - osa).Clear();
                salattu += aes.EncryptCbc(selkoPuskuri.AsSpan(alku, taytetty), Iv(avainSuola, Lohkoavain(segmentti)),
                    salattuPuskuri.AsSpan(salattu), PaddingMode.None);
            }
            await kohde.WriteAsync(salattuPuskuri.AsMemory(0, salattu), ct);
            hmac.AppendData(salattuPuskuri, 0, salattu);
            kirjoitettu += luettu;
        }
    }

    private static byte[] Lohkoavain(uint segmentti)
    {
        var avain = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(avain, segmentti);
        return avain;
    }

    /// <summary>An IV: the hash of the key data's salt and a block key, cut to the block size.</summary>
    private static byte[] Iv(byte[] suola, byte[] lohkoavain) => SHA512.HashData([.. suola, .. lohkoavain])[..Lohko];

    /// <summary>
    /// The EncryptionInfo stream (version 4.4, agile): the package key encrypted with a key derived from the password,
    /// a verifier to tell a wrong password, and the encrypted HMAC key and value.
    /// </summary>
    private static byte[] Salaustiedot(string salasana, byte[] pakettiavain, byte[] avainSuola, byte[] hmacAvain, byte[] hmacArvo)
    {
        var salasanaSuola = RandomNumberGenerator.GetBytes(Suola);
        var tiiviste = SalasananTiiviste(salasana, salasanaSuola);
        var tarkiste = RandomNumberGenerator.GetBytes(Suola);
        byte[] Salaa(byte[] lohkoavain, byte[] tavut)
        {
            using var aes = Aes.Create();
            aes.Key = SHA512.HashData([.. tiiviste, .. lohkoavain])[..Avain];
            return aes.EncryptCbc(tavut, salasanaSuola, PaddingMode.None);
        }

        static string B64(byte[] b) => Convert.ToBase64String(b);
        const string Parametrit = """saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" """;
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
            + """<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password" xmlns:c="http://schemas.microsoft.com/office/2006/keyEncryptor/certificate">"""
            + $"""<keyData {Parametrit}saltValue="{B64(avainSuola)}"/>"""
            + $"""<dataIntegrity encryptedHmacKey="{B64(hmacAvain)}" encryptedHmacValue="{B64(hmacArvo)}"/>"""
            + """<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">"""
            + $"""<p:encryptedKey spinCount="{Kierroksia}" {Parametrit}saltValue="{B64(salasanaSuola)}" """
            + $"""encryptedVerifierHashInput="{B64(Salaa(TarkisteenSyote, tarkiste))}" """
            + $"""encryptedVerifierHashValue="{B64(Salaa(TarkisteenTiiviste, SHA512.HashData(tarkiste)))}" """
            + $"""encryptedKeyValue="{B64(Salaa(Avainarvo, pakettiavain))}"/>"""
            + "</keyEncryptor></keyEncryptors></encryption>";
        // Version 4.4 and the reserved flag 0x40 mark agile encryption.
        return [4, 0, 4, 0, 0x40, 0, 0, 0, .. Encoding.UTF8.GetBytes(xml)];
    }

    /// <summary>H0 = H(salt + password), then Hn = H(n + Hn-1) for each of the spin count's rounds.</summary>
    private static byte[] SalasananTiiviste(string salasana, byte[] suola)
    {
        var h = SHA512.HashData([.. suola, .. Encoding.Unicode.GetBytes(salasana)]);
        var puskuri = new byte[4 + Tiiviste];
        for (var i = 0; i < Kierroksia; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(puskuri, i);
            h.CopyTo(puskuri, 4);
            SHA512.HashData(puskuri, h);
        }
        return h;
    }
}
