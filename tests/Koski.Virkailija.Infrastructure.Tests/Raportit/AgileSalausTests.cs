using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using ExcelDataReader.Exceptions;
using Koski.Virkailija.Application.Raportit;
using Koski.Virkailija.Infrastructure.Raportit;
using Koski.Virkailija.Infrastructure.Raportit.Salaus;
using Koski.Virkailija.Testaus;

namespace Koski.Virkailija.Infrastructure.Tests.Raportit;

/// <summary>
/// Password-protected reports: ExcelDataReader (an independent implementation) opens them with the password and finds
/// the unencrypted report's every cell, refuses a wrong password, and the compound file and the data-integrity HMAC
/// hold by the specification.
/// </summary>
public sealed class AgileSalausTests
{
    private const string Salasana = "K7ZP4M9WRDHX2TNB";

    private static async IAsyncEnumerable<object?[]> Rivit(int maara)
    {
        for (var i = 0; i < maara; i++)
            yield return [$"Oppilas {i} Äijälä", new DateOnly(2024, 8, 15).AddDays(i % 300), i, i % 7 == 0 ? null : i / 4.0, i % 3 == 0 ? "kyllä" : null];
        await Task.CompletedTask;
    }

    /// <summary>Two sheets; enough rows for many 4 096-byte segments and a last one that is not whole.</summary>
    private static async Task<byte[]> RaporttiAsync(int rivit = 5_000)
    {
        Sarake[] sarakkeet = [new("Nimi"), new("Päivä", SarakeTyyppi.Paivamaara), new("Numero", SarakeTyyppi.Kokonaisluku),
            new("Osuus", SarakeTyyppi.Desimaaliluku), new("Huomio")];
        using var virta = new MemoryStream();
        await new XlsxKirjoittaja().KirjoitaAsync(
            [new Taulukko("Oppilaat", sarakkeet, Rivit(rivit)), new Taulukko("Toinen", sarakkeet, Rivit(3))], virta);
        return virta.ToArray();
    }

    private static async Task<byte[]> SalaaAsync(byte[] selko, string salasana = Salasana)
    {
        using var kohde = new MemoryStream();
        await AgileSalaus.SalaaAsync(new MemoryStream(selko), kohde, salasana);
        return kohde.ToArray();
    }

    [Fact]
    public async Task Salattu_raportti_aukeaa_salasanalla_ja_on_solu_solulta_sama_kuin_salaamaton()
    {
        var selko = await RaporttiAsync();
        var salattu = await SalaaAsync(selko);

        Assert.Equal([0xD0, 0xCF, 0x11, 0xE0], salattu[..4]);
        Assert.True(salattu.AsSpan().IndexOf("Oppilas 1 "u8) < 0, "selkoteksti näkyy salatussa tiedostossa");
        var odotettu = SalattuXlsxLukija.Taulukot(new MemoryStream(selko), null);
        var avattu = SalattuXlsxLukija.Taulukot(new MemoryStream(salattu), Salasana);
        Assert.Equal(odotettu.Select(t => t.Nimi), avattu.Select(t => t.Nimi));
        Assert.Equal(5_001, avattu[0].Rivit.Count);
        Assert.Equal(odotettu.Select(t => t.Rivit), avattu.Select(t => t.Rivit));
        Assert.Equal("Oppilas 4999 Äijälä", avattu[0].Rivit[^1][0]);
    }

    [Fact]
    public async Task Vaara_tai_puuttuva_salasana_ei_avaa()
    {
        var salattu = await SalaaAsync(await RaporttiAsync(10));

        Assert.Throws<InvalidPasswordException>(() => SalattuXlsxLukija.Taulukot(new MemoryStream(salattu), "K7ZP4M9WRDHX2TNC"));
        Assert.Throws<InvalidPasswordException>(() => SalattuXlsxLukija.Taulukot(new MemoryStream(salattu), null));
        Assert.Equal(11, SalattuXlsxLukija.Taulukot(new MemoryStream(salattu), Salasana)[0].Rivit.Count);
    }

    [Fact]
    public async Task Yhdistetiedosto_on_kuten_Office_sen_kirjoittaa()
    {
        var cfb = new CfbLukija(await SalaaAsync(await RaporttiAsync(10)));

        Assert.Equal(["\u0006DataSpaces", "EncryptionInfo", "EncryptedPackage"], cfb.Nimet());
        Assert.Equal(["Version", "DataSpaceMap", "DataSpaceInfo", "TransformInfo"], cfb.Nimet("\u0006DataSpaces"));
        Assert.Equal(["StrongEncryptionDataSpace"], cfb.Nimet("\u0006DataSpaces", "DataSpaceInfo"));
        Assert.Equal(["\u0006Primary"], cfb.Nimet("\u0006DataSpaces", "TransformInfo", "StrongEncryptionTransform"));
        // DataSpaceMap (MS-OFFCRYPTO 2.2.1): one entry that maps EncryptedPackage to StrongEncryptionDataSpace.
        var kartta = cfb.Virta("\u0006DataSpaces", "DataSpaceMap");
        Assert.Equal(112, kartta.Length);
        Assert.Equal([8, 0, 0, 0, 1, 0, 0, 0, 104, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 32, 0, 0, 0], kartta[..24]);
        Assert.Equal("EncryptedPackage", Encoding.Unicode.GetString(kartta, 24, 32));
        Assert.Equal("StrongEncryptionDataSpace", Encoding.Unicode.GetString(kartta, 60, 50));

        var tiedot = cfb.Virta("EncryptionInfo");
        Assert.Equal([4, 0, 4, 0, 0x40, 0, 0, 0], tiedot[..8]);
        var avain = Avain(XDocument.Parse(Encoding.UTF8.GetString(tiedot, 8, tiedot.Length - 8)), out _);
        Assert.Equal("100000", avain.Attribute("spinCount")!.Value);
        Assert.Equal(("AES", "256", "SHA512", "ChainingModeCBC"), (avain.Attribute("cipherAlgorithm")!.Value, avain.Attribute("keyBits")!.Value,
            avain.Attribute("hashAlgorithm")!.Value, avain.Attribute("cipherChaining")!.Value));
    }

    [Fact]
    public async Task Eheystarkiste_vastaa_pakettia_ja_paljastaa_muutoksen()
    {
        var salattu = await SalaaAsync(await RaporttiAsync(2_000));
        var cfb = new CfbLukija(salattu);
        var paketti = cfb.Virta("EncryptedPackage");

        Assert.True(Eheys(cfb, paketti));
        paketti[paketti.Length / 2] ^= 1;
        Assert.False(Eheys(cfb, paketti));
    }

    [Fact]
    public async Task Yli_109_FAT_sektorin_tiedosto_kayttaa_DIFAT_sektoreita_ja_aukeaa()
    {
        // An incompressible part makes the package over 7 MB: more FAT sectors than the header's 109 slots can list.
        var selko = await RaporttiAsync(100);
        using (var muisti = new MemoryStream())
        {
            muisti.Write(selko);
            using (var zip = new ZipArchive(muisti, ZipArchiveMode.Update, leaveOpen: true))
            await using (var osa = zip.CreateEntry("xl/media/kohina.bin", CompressionLevel.NoCompression).Open())
                osa.Write(RandomNumberGenerator.GetBytes(8 << 20));
            selko = muisti.ToArray();
        }
        var salattu = await SalaaAsync(selko);
        var cfb = new CfbLukija(salattu);

        Assert.True(cfb.DifatSektoreita > 0, $"{cfb.FatSektoreita} FAT-sektoria, ei DIFAT-sektoreita");
        Assert.True(Eheys(cfb, cfb.Virta("EncryptedPackage")));
        Assert.Equal(SalattuXlsxLukija.Taulukot(new MemoryStream(selko), null).Select(t => t.Rivit),
            SalattuXlsxLukija.Taulukot(new MemoryStream(salattu), Salasana).Select(t => t.Rivit));
    }

    [Fact]
    public void Salasanat_ovat_pitkia_satunnaisia_ja_ilman_sekoittuvia_merkkeja()
    {
        var salasanat = Enumerable.Range(0, 200).Select(_ => Salasanat.Uusi()).ToList();

        Assert.All(salasanat, s => Assert.Matches("^[A-HJ-NPR-Z2-689]{16}$", s));
        Assert.Equal(salasanat.Count, salasanat.Distinct().Count());
        Assert.Equal(Salasanat.Aakkosto.Length, salasanat.SelectMany(s => s).Distinct().Count());
    }

    /// <summary>
    /// MS-OFFCRYPTO 2.3.4.14 checked from the outside: the package key from the password, the HMAC key and value
    /// decrypted with it, and the HMAC-SHA512 of the whole EncryptedPackage stream compared.
    /// </summary>
    private static bool Eheys(CfbLukija cfb, byte[] paketti)
    {
        var tiedot = cfb.Virta("EncryptionInfo");
        var xml = XDocument.Parse(Encoding.UTF8.GetString(tiedot, 8, tiedot.Length - 8));
        var salattuAvain = Avain(xml, out var eheys);
        var avainSuola = Convert.FromBase64String(xml.Root!.Elements().First(e => e.Name.LocalName == "keyData").Attribute("saltValue")!.Value);
        var suola = Convert.FromBase64String(salattuAvain.Attribute("saltValue")!.Value);

        var h = SHA512.HashData(suola.Concat(Encoding.Unicode.GetBytes(Salasana)).ToArray());
        for (var i = 0; i < 100_000; i++) h = SHA512.HashData(BitConverter.GetBytes(i).Concat(h).ToArray());
        using var avainAes = Aes.Create();
        avainAes.Key = SHA512.HashData(h.Concat(new byte[] { 0x14, 0x6e, 0x0b, 0xe7, 0xab, 0xac, 0xd0, 0xd6 }).ToArray())[..32];
        using var aes = Aes.Create();
        aes.Key = avainAes.DecryptCbc(Convert.FromBase64String(salattuAvain.Attribute("encryptedKeyValue")!.Value), suola, PaddingMode.None);

        byte[] Pura(string attribuutti, byte[] lohkoavain) => aes.DecryptCbc(Convert.FromBase64String(eheys.Attribute(attribuutti)!.Value),
            SHA512.HashData(avainSuola.Concat(lohkoavain).ToArray())[..16], PaddingMode.None);
        var hmacAvain = Pura("encryptedHmacKey", [0x5f, 0xb2, 0xad, 0x01, 0x0c, 0xb9, 0xe1, 0xf6]);
        var hmacArvo = Pura("encryptedHmacValue", [0xa0, 0x67, 0x7f, 0x02, 0xb2, 0x2c, 0x84, 0x33]);
        return HMACSHA512.HashData(hmacAvain, paketti).AsSpan().SequenceEqual(hmacArvo);
    }

    private static XElement Avain(XDocument xml, out XElement eheys)
    {
        eheys = xml.Root!.Elements().First(e => e.Name.LocalName == "dataIntegrity");
        return xml.Descendants().First(e => e.Name.LocalName == "encryptedKey");
    }
}
