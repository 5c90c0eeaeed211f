using System.Buffers.Binary;
using System.Text;

namespace Koski.Virkailija.Infrastructure.Tests.Raportit;

/// <summary>
/// Reads a compound file by MS-CFB alone (header, DIFAT sectors, FAT, mini FAT, directory) and checks what a strict
/// reader may check: each storage's children form a red-black tree in MS-CFB's name order, and every chain ends.
/// Written from the specification, not from the writer, so the two can disagree.
/// </summary>
internal sealed class CfbLukija
{
    private const uint KetjunLoppu = 0xFFFFFFFE, EiKohtaa = 0xFFFFFFFF;
    private readonly byte[] tiedosto;
    private readonly List<uint> fat = [], miniFat = [];
    private readonly List<Kohta> kohdat = [];
    private readonly byte[] miniVirta;

    public sealed record Kohta(string Nimi, int Tyyppi, bool Punainen, uint Vasen, uint Oikea, uint Lapsi, uint Alku, long Koko);

    public CfbLukija(byte[] tiedosto)
    {
        this.tiedosto = tiedosto;
        var o = tiedosto.AsSpan();
        Assert.Equal(0xE11AB1A1E011CFD0, BinaryPrimitives.ReadUInt64LittleEndian(o));
        Assert.Equal(3, BinaryPrimitives.ReadUInt16LittleEndian(o[26..]));
        Assert.Equal(9, BinaryPrimitives.ReadUInt16LittleEndian(o[30..]));
        FatSektoreita = (int)U32(44);
        DifatSektoreita = (int)U32(72);
        var fatSektorit = Enumerable.Range(0, 109).Select(i => U32(76 + 4 * i)).Take(FatSektoreita).ToList();
        for (var (difat, i) = (U32(68), 0); i < DifatSektoreita; difat = U32(Siirtyma(difat) + 508), i++)
            fatSektorit.AddRange(Enumerable.Range(0, 127).Select(j => U32(Siirtyma(difat) + 4 * j)));
        foreach (var sektori in fatSektorit.Take(FatSektoreita))
            fat.AddRange(Enumerable.Range(0, 128).Select(j => U32(Siirtyma(sektori) + 4 * j)));
        foreach (var sektori in Ketju(U32(60), fat)) miniFat.AddRange(Enumerable.Range(0, 128).Select(j => U32(Siirtyma(sektori) + 4 * j)));
        foreach (var sektori in Ketju(U32(48), fat))
            for (var j = 0; j < 4; j++) kohdat.Add(LueKohta(Siirtyma(sektori) + 128 * j));
        var juuri = kohdat[0];
        Assert.Equal(5, juuri.Tyyppi);
        miniVirta = Lue(juuri.Alku, juuri.Koko, fat, sektorinKoko: 512, Siirtyma);
    }

    public int FatSektoreita { get; }
    public int DifatSektoreita { get; }

    /// <summary>The names under a storage by path ("" is the root), in the tree's order, each storage checked on the way.</summary>
    public List<string> Nimet(params string[] polku) => Lapset(Etsi(polku)).Select(i => kohdat[(int)i].Nimi).ToList();

    public byte[] Virta(params string[] polku)
    {
        var kohta = kohdat[(int)Etsi(polku)];
        Assert.Equal(2, kohta.Tyyppi);
        return kohta.Koko < 4096
            ? Lue(kohta.Alku, kohta.Koko, miniFat, sektorinKoko: 64, s => (long)s * 64, miniVirta)
            : Lue(kohta.Alku, kohta.Koko, fat, sektorinKoko: 512, Siirtyma);
    }

    private uint Etsi(string[] polku)
    {
        uint nykyinen = 0;
        foreach (var nimi in polku)
            nykyinen = Lapset(nykyinen).Single(i => kohdat[(int)i].Nimi == nimi);
        return nykyinen;
    }

    /// <summary>The children in order, after checking the red-black rules and MS-CFB's ordering.</summary>
    private List<uint> Lapset(uint vanhempi)
    {
        var juuri = kohdat[(int)vanhempi].Lapsi;
        if (juuri != EiKohtaa) Assert.False(kohdat[(int)juuri].Punainen, "puun juuri on punainen");
        var jarjestys = new List<uint>();
        Musta(juuri, jarjestys);
        var nimet = jarjestys.Select(i => kohdat[(int)i].Nimi).ToList();
        for (var i = 1; i < nimet.Count; i++)
            Assert.True(Vertaa(nimet[i - 1], nimet[i]) < 0, $"{nimet[i - 1]} ennen {nimet[i]}");
        return jarjestys;
    }

    /// <summary>The black height of a subtree, asserting both sides agree and no red node has a red child.</summary>
    private int Musta(uint i, List<uint> jarjestys)
    {
        if (i == EiKohtaa) return 1;
        var k = kohdat[(int)i];
        if (k.Punainen)
            Assert.All(new[] { k.Vasen, k.Oikea }.Where(l => l != EiKohtaa), l => Assert.False(kohdat[(int)l].Punainen, "punaisella punainen lapsi"));
        var vasen = Musta(k.Vasen, jarjestys);
        jarjestys.Add(i);
        var oikea = Musta(k.Oikea, jarjestys);
        Assert.Equal(vasen, oikea);
        return vasen + (k.Punainen ? 0 : 1);
    }

    private static int Vertaa(string a, string b) =>
        a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a.ToUpperInvariant(), b.ToUpperInvariant());

    private Kohta LueKohta(long s)
    {
        var nimenPituus = BinaryPrimitives.ReadUInt16LittleEndian(tiedosto.AsSpan((int)s + 64));
        var nimi = nimenPituus == 0 ? "" : Encoding.Unicode.GetString(tiedosto, (int)s, nimenPituus - 2);
        return new(nimi, tiedosto[s + 66], tiedosto[s + 67] == 0, U32(s + 68), U32(s + 72), U32(s + 76), U32(s + 116),
            (long)BinaryPrimitives.ReadUInt64LittleEndian(tiedosto.AsSpan((int)s + 120)));
    }

    private byte[] Lue(uint alku, long koko, List<uint> taulu, int sektorinKoko, Func<uint, long> siirtyma, byte[]? lahde = null)
    {
        lahde ??= tiedosto;
        var tulos = new byte[koko];
        long kohta = 0;
        foreach (var sektori in Ketju(alku, taulu))
        {
            var n = (int)Math.Min(sektorinKoko, koko - kohta);
            if (n <= 0) Assert.Fail("ketju on virtaa pidempi");
            Array.Copy(lahde, siirtyma(sektori), tulos, kohta, n);
            kohta += n;
        }
        Assert.Equal(koko, kohta);
        return tulos;
    }

    private static IEnumerable<uint> Ketju(uint alku, List<uint> taulu)
    {
        var kaydyt = new HashSet<uint>();
        for (var s = alku; s != KetjunLoppu; s = taulu[(int)s])
        {
            Assert.True(kaydyt.Add(s), "ketju kiertää");
            yield return s;
        }
    }

    private static long Siirtyma(uint sektori) => 512 + (long)sektori * 512;

    private uint U32(long s) => BinaryPrimitives.ReadUInt32LittleEndian(tiedosto.AsSpan((int)s));
}
