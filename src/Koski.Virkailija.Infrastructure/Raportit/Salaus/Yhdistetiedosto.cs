using System.Buffers.Binary;
using System.Text;

namespace Koski.Virkailija.Infrastructure.Raportit.Salaus;

/// <summary>An entry of a compound file: a storage (folder), a small stream, or the one large stream.</summary>
internal abstract record CfbKohta(string Nimi);

internal sealed record CfbKansio(string Nimi, params CfbKohta[] Lapset) : CfbKohta(Nimi);

/// <summary>A stream under 4 096 bytes: it goes in the mini stream.</summary>
internal sealed record CfbVirta(string Nimi, byte[] Sisalto) : CfbKohta(Nimi);

/// <summary>The large stream (at least 4 096 bytes), already written from sector 0 on, right after the reserved header.</summary>
internal sealed record CfbSuuriVirta(string Nimi, long Pituus) : CfbKohta(Nimi);

/// <summary>
/// Writes a Compound File Binary file (MS-CFB, version 3, 512-byte sectors) whose one large stream is streamed in
/// first: <see cref="VaraaOtsake"/> reserves the header, the caller writes the large stream's bytes, and
/// <see cref="ViimeisteleAsync"/> writes everything else after it (mini stream, mini FAT, directory, FAT, DIFAT) and
/// then the header. Nothing grows with the large stream but the FAT, written a sector at a time.
/// <para>
/// Why our own: the feed has no OpenMcdf, and NPOI 2.4.1's POIFS builds the whole file in memory. This writes only
/// what an encrypted OOXML package needs; it cannot read, and a small stream must stay under the 4 096-byte cutoff.
/// </para>
/// </summary>
internal static class Yhdistetiedosto
{
    public const int MiniRaja = 4096, Otsake = 512;
    private const int Sektori = 512, MiniSektori = 64, HakemistoKohta = 128;
    private const int FatSektorissa = Sektori / 4, DifatOtsakkeessa = 109;
    private const uint Vapaa = 0xFFFFFFFF, KetjunLoppu = 0xFFFFFFFE, FatSektori = 0xFFFFFFFD, DifatSektori = 0xFFFFFFFC;
    private const uint EiKohtaa = 0xFFFFFFFF;

    /// <summary>Leaves room for the header; the large stream follows at sector 0.</summary>
    public static void VaraaOtsake(Stream kohde)
    {
        if (!kohde.CanSeek || kohde.Position != 0) throw new ArgumentException("Kohteen on oltava alussa ja siirrettävissä.", nameof(kohde));
        kohde.Write(new byte[Otsake]);
    }

    public static async Task ViimeisteleAsync(Stream kohde, CfbKansio juuri, CancellationToken ct = default)
    {
        var kohdat = Litista(juuri);
        var suuri = kohdat.Select(k => k.Kohta).OfType<CfbSuuriVirta>().SingleOrDefault() ?? new CfbSuuriVirta("", 0);
        if (kohde.Position != Otsake + suuri.Pituus || suuri.Pituus is > 0 and < MiniRaja)
            throw new InvalidOperationException($"Suuren virran pituus {suuri.Pituus} ei vastaa kirjoitettua tai kuuluu ministreamiin.");
        var pienet = kohdat.Select(k => k.Kohta).OfType<CfbVirta>().ToList();
        if (pienet.Any(p => p.Sisalto.Length >= MiniRaja)) throw new InvalidOperationException("Pieni virta on liian suuri.");

        // Layout after the large stream: mini stream, mini FAT, directory, then the FAT and DIFAT sectors that map them all.
        var suuriSektorit = Sektoreita(suuri.Pituus, Sektori);
        var miniSektoreita = pienet.Sum(p => Sektoreita(p.Sisalto.Length, MiniSektori));
        var miniVirtaSektorit = Sektoreita(miniSektoreita * MiniSektori, Sektori);
        var miniFatSektorit = Sektoreita(miniSektoreita * 4, Sektori);
        var hakemistoSektorit = Sektoreita(kohdat.Count * HakemistoKohta, Sektori);
        var sisalto = suuriSektorit + miniVirtaSektorit + miniFatSektorit + hakemistoSektorit;
        long fat = 0, difat = 0;
        for (long edellinen = -1; edellinen != fat + difat;)
        {
            edellinen = fat + difat;
            fat = Sektoreita((sisalto + fat + difat) * 4, Sektori);
            difat = fat <= DifatOtsakkeessa ? 0 : Sektoreita(fat - DifatOtsakkeessa, FatSektorissa - 1);
        }
        var miniVirtaAlku = suuriSektorit;
        var miniFatAlku = miniVirtaAlku + miniVirtaSektorit;
        var hakemistoAlku = miniFatAlku + miniFatSektorit;
        var fatAlku = hakemistoAlku + hakemistoSektorit;
        var difatAlku = fatAlku + fat;

        // The large stream's last sector is filled with zeros.
        var jaannos = (int)((kohde.Position - Otsake) % Sektori);
        if (jaannos != 0) await kohde.WriteAsync(new byte[Sektori - jaannos], ct);
        var kirjoittaja = new SektoriKirjoittaja(kohde);

        // Mini stream: each small stream from a mini sector boundary, in directory order.
        var miniAlut = new Dictionary<CfbVirta, long>(ReferenceEqualityComparer.Instance);
        long miniKohta = 0;
        foreach (var pieni in pienet)
        {
            miniAlut[pieni] = miniKohta;
            await kirjoittaja.KirjoitaAsync(pieni.Sisalto, ct);
            await kirjoittaja.KirjoitaAsync(new byte[Sektoreita(pieni.Sisalto.Length, MiniSektori) * MiniSektori - pieni.Sisalto.Length], ct);
            miniKohta += Sektoreita(pieni.Sisalto.Length, MiniSektori);
        }
        await kirjoittaja.TaydennaAsync(ct);

        foreach (var pieni in pienet)
            await kirjoittaja.KetjuAsync(miniAlut[pieni], Sektoreita(pieni.Sisalto.Length, MiniSektori), ct);
        await kirjoittaja.TaydennaAsync(ct, Vapaa);

        foreach (var (kohta, indeksi) in kohdat.Select((k, i) => (k, i)))
        {
            var (alku, koko) = kohta.Kohta switch
            {
                CfbSuuriVirta s => (s.Pituus == 0 ? KetjunLoppu : 0u, s.Pituus),
                CfbVirta p => (p.Sisalto.Length == 0 ? KetjunLoppu : (uint)miniAlut[p], p.Sisalto.Length),
                _ when indeksi == 0 => (miniSektoreita == 0 ? KetjunLoppu : (uint)miniVirtaAlku, miniSektoreita * MiniSektori),
                _ => (0u, 0L),
            };
            await kirjoittaja.KirjoitaAsync(Hakemistokohta(kohta, indeksi == 0, alku, koko), ct);
        }
        while (kirjoittaja.Kesken) await kirjoittaja.KirjoitaAsync(TyhjaHakemistokohta(), ct);

        // The FAT: a chain for each region, then the FAT's and DIFAT's own sectors, then free entries to the end.
        await kirjoittaja.KetjuAsync(0, suuriSektorit, ct);
        await kirjoittaja.KetjuAsync(miniVirtaAlku, miniVirtaSektorit, ct);
        await kirjoittaja.KetjuAsync(miniFatAlku, miniFatSektorit, ct);
        await kirjoittaja.KetjuAsync(hakemistoAlku, hakemistoSektorit, ct);
        for (var i = 0; i < fat; i++) await kirjoittaja.LukuAsync(FatSektori, ct);
        for (var i = 0; i < difat; i++) await kirjoittaja.LukuAsync(DifatSektori, ct);
        await kirjoittaja.TaydennaAsync(ct, Vapaa);

        // DIFAT sectors list the FAT sectors beyond the header's 109, each ending with the next DIFAT sector.
        for (var i = 0; i < difat; i++)
        {
            for (var j = 0; j < FatSektorissa - 1; j++)
            {
                var n = DifatOtsakkeessa + i * (FatSektorissa - 1) + j;
                await kirjoittaja.LukuAsync(n < fat ? (uint)(fatAlku + n) : Vapaa, ct);
            }
            await kirjoittaja.LukuAsync(i + 1 < difat ? (uint)(difatAlku + i + 1) : KetjunLoppu, ct);
        }

        kohde.Position = 0;
        await kohde.WriteAsync(Otsakkeen(fat, fatAlku, hakemistoAlku, miniFatSektorit, miniFatAlku, difat, difatAlku), ct);
        kohde.Seek(0, SeekOrigin.End);
    }

    private static long Sektoreita(long tavuja, int koko) => (tavuja + koko - 1) / koko;

    private static byte[] Otsakkeen(long fat, long fatAlku, long hakemistoAlku, long miniFat, long miniFatAlku, long difat, long difatAlku)
    {
        var o = new byte[Otsake];
        var s = o.AsSpan();
        BinaryPrimitives.WriteUInt64LittleEndian(s, 0xE11AB1A1E011CFD0);
        BinaryPrimitives.WriteUInt16LittleEndian(s[24..], 0x003E); // minor version
        BinaryPrimitives.WriteUInt16LittleEndian(s[26..], 3); // major version 3: 512-byte sectors
        BinaryPrimitives.WriteUInt16LittleEndian(s[28..], 0xFFFE); // little-endian
        BinaryPrimitives.WriteUInt16LittleEndian(s[30..], 9); // sector shift
        BinaryPrimitives.WriteUInt16LittleEndian(s[32..], 6); // mini sector shift
        BinaryPrimitives.WriteUInt32LittleEndian(s[44..], (uint)fat);
        BinaryPrimitives.WriteUInt32LittleEndian(s[48..], (uint)hakemistoAlku);
        BinaryPrimitives.WriteUInt32LittleEndian(s[56..], MiniRaja);
        BinaryPrimitives.WriteUInt32LittleEndian(s[60..], miniFat == 0 ? KetjunLoppu : (uint)miniFatAlku);
        BinaryPrimitives.WriteUInt32LittleEndian(s[64..], (uint)miniFat);
        BinaryPrimitives.WriteUInt32LittleEndian(s[68..], difat == 0 ? KetjunLoppu : (uint)difatAlku);
        BinaryPrimitives.WriteUInt32LittleEndian(s[72..], (uint)difat);
        for (var i = 0; i < DifatOtsakkeessa; i++)
            BinaryPrimitives.WriteUInt32LittleEndian(s[(76 + 4 * i)..], i < fat ? (uint)(fatAlku + i) : Vapaa);
        return o;
    }

    private sealed record Litistetty(CfbKohta Kohta, uint Vasen, uint Oikea, uint Lapsi, bool Musta);

    /// <summary>
    /// The directory in order: the root first, each storage's children as a red-black tree of siblings ordered the
    /// way MS-CFB compares names (shorter first, then by upper-case code units).
    /// </summary>
    private static List<Litistetty> Litista(CfbKansio juuri)
    {
        var kohdat = new List<Litistetty> { new(juuri, EiKohtaa, EiKohtaa, EiKohtaa, true) };
        var jono = new Queue<int>([0]);
        while (jono.TryDequeue(out var vanhempi))
        {
            if (kohdat[vanhempi].Kohta is not CfbKansio kansio || kansio.Lapset.Length == 0) continue;
            var lapset = kansio.Lapset.OrderBy(l => l.Nimi.Length).ThenBy(l => l.Nimi.ToUpperInvariant(), StringComparer.Ordinal).ToList();
            var ensimmainen = kohdat.Count;
            kohdat.AddRange(lapset.Select(l => new Litistetty(l, EiKohtaa, EiKohtaa, EiKohtaa, true)));
            var syvin = System.Numerics.BitOperations.Log2((uint)lapset.Count);
            var taysi = lapset.Count == (1 << (syvin + 1)) - 1;
            var juurenLapsi = Puu(kohdat, ensimmainen, 0, lapset.Count - 1, 0, syvin, taysi);
            kohdat[vanhempi] = kohdat[vanhempi] with { Lapsi = juurenLapsi };
            for (var i = 0; i < lapset.Count; i++) jono.Enqueue(ensimmainen + i);
        }
        return kohdat;
    }

    /// <summary>
    /// A balanced tree of the sorted range: its leaves lie on the two deepest levels, so colouring the deepest level
    /// red (unless the tree is perfect) keeps every path's count of black nodes equal.
    /// </summary>
    private static uint Puu(List<Litistetty> kohdat, int ensimmainen, int alku, int loppu, int syvyys, int syvin, bool taysi)
    {
        if (alku > loppu) return EiKohtaa;
        var keski = (alku + loppu) / 2;
        var vasen = Puu(kohdat, ensimmainen, alku, keski - 1, syvyys + 1, syvin, taysi);
        var oikea = Puu(kohdat, ensimmainen, keski + 1, loppu, syvyys + 1, syvin, taysi);
        var i = ensimmainen + keski;
        kohdat[i] = kohdat[i] with { Vasen = vasen, Oikea = oikea, Musta = taysi || syvyys < syvin };
        return (uint)i;
    }

    private static byte[] Hakemistokohta(Litistetty kohta, bool juuri, uint alku, long koko)
    {
        var e = new byte[HakemistoKohta];
        var s = e.AsSpan();
        var nimi = Encoding.Unicode.GetBytes(kohta.Kohta.Nimi);
        if (nimi.Length > 62) throw new InvalidOperationException($"Nimi {kohta.Kohta.Nimi} on liian pitkä.");
        nimi.CopyTo(s);
        BinaryPrimitives.WriteUInt16LittleEndian(s[64..], (ushort)(nimi.Length + 2));
        s[66] = juuri ? (byte)5 : kohta.Kohta is CfbKansio ? (byte)1 : (byte)2;
        s[67] = kohta.Musta ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteUInt32LittleEndian(s[68..], kohta.Vasen);
        BinaryPrimitives.WriteUInt32LittleEndian(s[72..], kohta.Oikea);
        BinaryPrimitives.WriteUInt32LittleEndian(s[76..], kohta.Lapsi);
        // CLSID, state bits and both times stay zero.
        BinaryPrimitives.WriteUInt32LittleEndian(s[116..], alku);
        BinaryPrimitives.WriteUInt64LittleEndian(s[120..], (ulong)koko);
        return e;
    }

    private static byte[] TyhjaHakemistokohta()
    {
        var e = new byte[HakemistoKohta];
        BinaryPrimitives.WriteUInt32LittleEndian(e.AsSpan(68), EiKohtaa);
        BinaryPrimitives.WriteUInt32LittleEndian(e.AsSpan(72), EiKohtaa);
        BinaryPrimitives.WriteUInt32LittleEndian(e.AsSpan(76), EiKohtaa);
        return e;
    }

    /// <summary>Writes sector by sector through one 512-byte buffer.</summary>
    private sealed class SektoriKirjoittaja(Stream kohde)
    {
        private readonly byte[] puskuri = new byte[Sektori];
        private int taytetty;

        public bool Kesken => taytetty != 0;

        public async Task KirjoitaAsync(ReadOnlyMemory<byte> tavut, CancellationToken ct)
        {
            while (!tavut.IsEmpty)
            {
                var n = Math.Min(tavut.Length, Sektori - taytetty);
                tavut.Span[..n].CopyTo(puskuri.AsSpan(taytetty));
                (taytetty, tavut) = (taytetty + n, tavut[n..]);
                if (taytetty == Sektori)
                {
                    await kohde.WriteAsync(puskuri, ct);
                    taytetty = 0;
                }
            }
        }

        public Task LukuAsync(uint luku, CancellationToken ct)
        {
            var tavut = new byte[4];
            BinaryPrimitives.WriteUInt32LittleEndian(tavut, luku);
            return KirjoitaAsync(tavut, ct);
        }

        /// <summary>The FAT entries of a run of consecutive sectors: each points to the next, the last ends the chain.</summary>
        public async Task KetjuAsync(long alku, long pituus, CancellationToken ct)
        {
            for (var i = 0L; i < pituus; i++) await LukuAsync(i + 1 < pituus ? (uint)(alku + i + 1) : KetjunLoppu, ct);
        }

        /// <summary>Fills the current sector to its end: zeros, or a repeated entry such as FREESECT.</summary>
        public async Task TaydennaAsync(CancellationToken ct, uint? taytto = null)
        {
            if (taytto is { } arvo) while (taytetty != 0) await LukuAsync(arvo, ct);
            else if (taytetty != 0) await KirjoitaAsync(new byte[Sektori - taytetty], ct);
        }
    }
}
