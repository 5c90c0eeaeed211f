using System.Collections.Concurrent;
using System.Collections.Frozen;

namespace Koski.Virkailija.Domain.Organisaatiot;

/// <summary>
/// The organisation hierarchy for scope checks. Immutable once built and safe to share between threads;
/// subtree sets are computed once per organisation and cached.
/// </summary>
public sealed class OrganisaatioPuu
{
    private readonly Dictionary<string, Organisaatio> _organisaatiot = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Organisaatio>> _lapset = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FrozenSet<string>> _alipuut = new(StringComparer.Ordinal);

    public OrganisaatioPuu(IEnumerable<Organisaatio> organisaatiot)
    {
        foreach (var o in organisaatiot)
        {
            if (!_organisaatiot.TryAdd(o.Oid, o))
                throw new ArgumentException($"Organisaatio {o.Oid} on annettu kahdesti", nameof(organisaatiot));
            if (o.ParentOid is { } vanhempi)
            {
                if (!_lapset.TryGetValue(vanhempi, out var lista)) _lapset[vanhempi] = lista = [];
                lista.Add(o);
            }
        }
    }

    public int Maara => _organisaatiot.Count;

    public IEnumerable<Organisaatio> Kaikki => _organisaatiot.Values;

    public Organisaatio? Hae(string oid) => _organisaatiot.GetValueOrDefault(oid);

    public IReadOnlyList<Organisaatio> Lapset(string oid) =>
        _lapset.TryGetValue(oid, out var lapset) ? lapset : [];

    /// <summary>The organisation and all its descendants; for the root OID every organisation; empty when unknown.</summary>
    public IReadOnlySet<string> Alipuu(string oid) =>
        oid == Organisaatio.JuuriOid || _organisaatiot.ContainsKey(oid)
            ? _alipuut.GetOrAdd(oid, LaskeAlipuu)
            : FrozenSet<string>.Empty;

    /// <summary>Ancestors, nearest first, up to but excluding the root OID.</summary>
    public IReadOnlyList<Organisaatio> Vanhemmat(string oid)
    {
        var tulos = new List<Organisaatio>();
        var nahdyt = new HashSet<string>(StringComparer.Ordinal) { oid };
        var nykyinen = Hae(oid);
        while (nykyinen?.ParentOid is { } vanhempiOid && nahdyt.Add(vanhempiOid)
               && _organisaatiot.TryGetValue(vanhempiOid, out var vanhempi))
        {
            tulos.Add(vanhempi);
            nykyinen = vanhempi;
        }
        return tulos;
    }

    /// <summary>Nearest ancestor-or-self that is a koulutustoimija or varhaiskasvatuksen järjestäjä.</summary>
    public Organisaatio? Koulutustoimija(string oid) =>
        LahinTyyppia(oid, OrganisaatioTyyppi.Koulutustoimija, OrganisaatioTyyppi.VarhaiskasvatuksenJarjestaja);

    /// <summary>Nearest ancestor-or-self that is an oppilaitos.</summary>
    public Organisaatio? Oppilaitos(string oid) => LahinTyyppia(oid, OrganisaatioTyyppi.Oppilaitos);

    private Organisaatio? LahinTyyppia(string oid, params OrganisaatioTyyppi[] tyypit)
    {
        if (Hae(oid) is not { } itse) return null;
        return new[] { itse }.Concat(Vanhemmat(oid)).FirstOrDefault(o => tyypit.Any(o.OnTyyppia));
    }

    private FrozenSet<string> LaskeAlipuu(string oid)
    {
        if (oid == Organisaatio.JuuriOid)
            return _organisaatiot.Keys.Append(oid).ToFrozenSet(StringComparer.Ordinal);

        var tulos = new HashSet<string>(StringComparer.Ordinal) { oid };
        var kasiteltavat = new Stack<string>([oid]);
        while (kasiteltavat.TryPop(out var nykyinen))
            foreach (var lapsi in Lapset(nykyinen))
                if (tulos.Add(lapsi.Oid)) kasiteltavat.Push(lapsi.Oid);
        return tulos.ToFrozenSet(StringComparer.Ordinal);
    }
}
