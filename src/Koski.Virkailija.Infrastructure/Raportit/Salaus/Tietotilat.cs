using System.Text;

namespace Koski.Virkailija.Infrastructure.Raportit.Salaus;

/// <summary>
/// The <c>\u0006DataSpaces</c> storage of an encrypted OOXML file (MS-OFFCRYPTO 2.1, 2.2.x): it says that the
/// EncryptedPackage stream is transformed by the strong encryption transform. Decryptors read only EncryptionInfo,
/// but Office expects these streams, so they are written as Office writes them.
/// </summary>
internal static class Tietotilat
{
    private const string Paketti = "EncryptedPackage", Tietotila = "StrongEncryptionDataSpace", Muunnos = "StrongEncryptionTransform";

    public static CfbKansio Kansio() => new("\u0006DataSpaces",
        new CfbVirta("Version", Versio()),
        new CfbVirta("DataSpaceMap", Kartta()),
        new CfbKansio("DataSpaceInfo", new CfbVirta(Tietotila, Maaritelma())),
        new CfbKansio("TransformInfo", new CfbKansio(Muunnos, new CfbVirta("\u0006Primary", MuunnoksenTiedot()))));

    /// <summary>DataSpaceVersionInfo: "Microsoft.Container.DataSpaces", reader, updater and writer version 1.0.</summary>
    private static byte[] Versio() => Kirjoita(w =>
    {
        Merkkijono(w, "Microsoft.Container.DataSpaces");
        Versiot(w);
    });

    /// <summary>DataSpaceMap: one entry mapping the EncryptedPackage stream to the strong encryption data space.</summary>
    private static byte[] Kartta() => Kirjoita(w =>
    {
        w.Write(8); // header length
        w.Write(1); // entries
        var merkinta = Kirjoita(m =>
        {
            m.Write(1); // reference components
            m.Write(0); // a stream
            Merkkijono(m, Paketti);
            Merkkijono(m, Tietotila);
        });
        w.Write(merkinta.Length + 4);
        w.Write(merkinta);
    });

    /// <summary>DataSpaceDefinition: the data space is made of the one strong encryption transform.</summary>
    private static byte[] Maaritelma() => Kirjoita(w =>
    {
        w.Write(8); // header length
        w.Write(1); // transforms
        Merkkijono(w, Muunnos);
    });

    /// <summary>TransformInfoHeader of the encryption transform and an EncryptionTransformInfo with no name.</summary>
    private static byte[] MuunnoksenTiedot() => Kirjoita(w =>
    {
        var tunniste = Kirjoita(t =>
        {
            t.Write(1); // transform type
            Merkkijono(t, "{FF9A3F03-56EF-4613-BDD5-5A41C1D07246}");
        });
        w.Write(tunniste.Length + 4);
        w.Write(tunniste);
        Merkkijono(w, "Microsoft.Container.EncryptionTransform");
        Versiot(w);
        w.Write(0); // encryption name: empty
        w.Write(0); // encryption block size
        w.Write(0); // cipher mode
        w.Write(4); // reserved
    });

    private static void Versiot(BinaryWriter w)
    {
        for (var i = 0; i < 3; i++)
        {
            w.Write((ushort)1);
            w.Write((ushort)0);
        }
    }

    /// <summary>UNICODE-LP-P4: byte length, UTF-16LE characters, padded to a multiple of four bytes.</summary>
    private static void Merkkijono(BinaryWriter w, string teksti)
    {
        var tavut = Encoding.Unicode.GetBytes(teksti);
        w.Write(tavut.Length);
        w.Write(tavut);
        w.Write(new byte[(4 - tavut.Length % 4) % 4]);
    }

    private static byte[] Kirjoita(Action<BinaryWriter> kirjoitus)
    {
        using var muisti = new MemoryStream();
        using (var w = new BinaryWriter(muisti, Encoding.Unicode, leaveOpen: true)) kirjoitus(w);
        return muisti.ToArray();
    }
}
