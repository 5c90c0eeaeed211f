using System.Globalization;
using System.Text.Json;

namespace Koski.Virkailija.Domain.Organisaatiot;

/// <summary>
/// Reads the organisation service's hierarchy JSON (<c>{numHits, organisaatiot:[{…, children:[…]}]}</c>)
/// into a flat list, parents before their children.
/// </summary>
public static class OrganisaatioHierarkiaLukija
{
    private static readonly Dictionary<string, OrganisaatioTyyppi> TyypitNimilla = new()
    {
        ["KOULUTUSTOIMIJA"] = OrganisaatioTyyppi.Koulutustoimija,
        ["OPPILAITOS"] = OrganisaatioTyyppi.Oppilaitos,
        ["TOIMIPISTE"] = OrganisaatioTyyppi.Toimipiste,
        ["OPPISOPIMUSTOIMIPISTE"] = OrganisaatioTyyppi.Oppisopimustoimipiste,
        ["MUU_ORGANISAATIO"] = OrganisaatioTyyppi.Muu,
        ["VARHAISKASVATUKSEN_JARJESTAJA"] = OrganisaatioTyyppi.VarhaiskasvatuksenJarjestaja,
        ["VARHAISKASVATUKSEN_TOIMIPAIKKA"] = OrganisaatioTyyppi.VarhaiskasvatuksenToimipaikka,
    };

    public static IReadOnlyList<Organisaatio> Lue(string json)
    {
        using var dokumentti = JsonDocument.Parse(json);
        return Lue(dokumentti.RootElement);
    }

    public static IReadOnlyList<Organisaatio> Lue(Stream json)
    {
        using var dokumentti = JsonDocument.Parse(json);
        return Lue(dokumentti.RootElement);
    }

    private static List<Organisaatio> Lue(JsonElement juuri)
    {
        var tulos = new List<Organisaatio>();
        if (juuri.TryGetProperty("organisaatiot", out var organisaatiot))
            LueTaso(organisaatiot, null, tulos);
        return tulos;
    }

    private static void LueTaso(JsonElement organisaatiot, string? vanhempi, List<Organisaatio> tulos)
    {
        foreach (var o in organisaatiot.EnumerateArray())
        {
            var organisaatio = LueYksi(o, vanhempi);
            tulos.Add(organisaatio);
            if (o.TryGetProperty("children", out var lapset) && lapset.ValueKind == JsonValueKind.Array)
                LueTaso(lapset, organisaatio.Oid, tulos);
        }
    }

    private static Organisaatio LueYksi(JsonElement o, string? vanhempi)
    {
        var oid = Teksti(o, "oid") ?? throw new JsonException("Organisaatiolta puuttuu oid");
        var nimi = o.TryGetProperty("nimi", out var n) && n.ValueKind == JsonValueKind.Object ? n : default;
        var fi = Teksti(nimi, "fi");
        var sv = Teksti(nimi, "sv");
        var en = Teksti(nimi, "en");
        return new Organisaatio
        {
            Oid = oid,
            // The nesting is authoritative: some children lack parentOid or have it empty.
            ParentOid = vanhempi ?? Teksti(o, "parentOid") ?? Organisaatio.JuuriOid,
            NimiFi = fi ?? sv ?? en ?? oid,
            NimiSv = sv,
            NimiEn = en,
            Tyypit = Organisaatio.TyypitKoodeina(Tyypit(o)),
            OppilaitosKoodi = Teksti(o, "oppilaitosKoodi"),
            Oppilaitostyyppi = Koodiarvo(Teksti(o, "oppilaitostyyppi")),
            Status = Teksti(o, "status") ?? "AKTIIVINEN",
            LakkautusPvm = Paiva(o, "lakkautusPvm"),
        };
    }

    private static IEnumerable<OrganisaatioTyyppi> Tyypit(JsonElement o)
    {
        if (!o.TryGetProperty("organisaatiotyypit", out var tyypit) && !o.TryGetProperty("tyypit", out tyypit))
            yield break;
        if (tyypit.ValueKind != JsonValueKind.Array) yield break;
        foreach (var t in tyypit.EnumerateArray())
            if (Tyyppi(t.GetString()) is { } tyyppi) yield return tyyppi;
    }

    /// <summary>"organisaatiotyyppi_01" or "KOULUTUSTOIMIJA"; types the app does not use (09 kunta …) give null.</summary>
    private static OrganisaatioTyyppi? Tyyppi(string? arvo)
    {
        if (arvo is null) return null;
        if (TyypitNimilla.TryGetValue(arvo, out var nimella)) return nimella;
        if (Koodiarvo(arvo) is { } koodi && int.TryParse(koodi, NumberStyles.None, CultureInfo.InvariantCulture, out var numero)
            && Enum.IsDefined(typeof(OrganisaatioTyyppi), numero))
            return (OrganisaatioTyyppi)numero;
        return null;
    }

    /// <summary>"oppilaitostyyppi_15#1" → "15".</summary>
    private static string? Koodiarvo(string? koodiUri)
    {
        if (koodiUri is null) return null;
        var alku = koodiUri.IndexOf('_') + 1;
        var loppu = koodiUri.IndexOf('#');
        return loppu < 0 ? koodiUri[alku..] : koodiUri[alku..loppu];
    }

    private static DateOnly? Paiva(JsonElement o, string nimi)
    {
        if (!o.TryGetProperty(nimi, out var arvo) || arvo.ValueKind != JsonValueKind.Number) return null;
        var hetki = DateTimeOffset.FromUnixTimeMilliseconds(arvo.GetInt64());
        return DateOnly.FromDateTime(Suomenaika.Paikallinen(hetki));
    }

    private static string? Teksti(JsonElement o, string nimi) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty(nimi, out var arvo)
        && arvo.ValueKind == JsonValueKind.String && arvo.GetString() is { Length: > 0 } s ? s : null;
}
