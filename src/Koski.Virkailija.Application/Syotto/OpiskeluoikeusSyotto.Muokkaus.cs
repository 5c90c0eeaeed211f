using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Tiedonsiirto;
using Koski.Virkailija.Domain.Arkaluonteiset;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Syotto;

/// <summary>The edit form loaded from the stored document, with the version it was loaded from.</summary>
/// <param name="Oppija">Whose study right it is, "Sukunimi, Etunimet", so the form keeps the pupil in view.</param>
/// <param name="PeitettyHetu">The pupil's hetu with its individual part hidden, as KOSKI shows it (see <see cref="PeitaHetu"/>).</param>
public sealed record MuokattavaOpiskeluoikeus(string Oid, string OppijaOid, int Versionumero, SyottoLomake Lomake,
    string? Oppija = null, string? PeitettyHetu = null)
{
    /// <summary>"220109-784L" → "220109-****": the birth date stays readable, the rest is not shown on the form.</summary>
    public static string? PeitaHetu(string? hetu) => hetu is { Length: 11 } ? hetu[..7] + "****" : null;
}

/// <summary>Whether the "Muokkaa" button shows for a study right, or the sentence shown instead.</summary>
public sealed record Muokattavuus(bool Muokattavissa, string? Syy);

public sealed partial class OpiskeluoikeusSyotto
{
    public const string LahdejarjestelmastaSyy =
        "Opiskeluoikeus on tullut oppilaitoksen tietojärjestelmästä, joten sitä muokataan siellä eikä tässä käyttöliittymässä.";

    /// <summary>
    /// The edit form of study right <paramref name="oid"/>, or null when the user may not edit it here. It is built
    /// from the document as the user may see it (<see cref="Nakyvyys.ArkaluonteisetNakyvat"/>): without that right no
    /// special-category field reaches the form model, its stored copies or a draft; on save they come back from the
    /// stored document (<see cref="PiilotetutTiedot"/>).
    /// </summary>
    public async Task<MuokattavaOpiskeluoikeus?> MuokkauslomakeAsync(Kayttaja kayttaja, string oid, CancellationToken ct = default)
    {
        if (await MuokattavaAsync(kayttaja, oid, ct) is not { } rivi) return null;
        var nakyvat = ArkaluonteisetNakyvat(kayttaja, rivi, await organisaatiot.PuuAsync(ct));
        var dokumentti = JsonNode.Parse(rivi.Json)!.AsObject();
        if (!nakyvat) ArkaluonteisetTiedot.Poista(dokumentti);
        var lomake = SyottoLomake.Lue(dokumentti);
        lomake.LisatiedotMuokattavissa = nakyvat;
        if (!nakyvat) { lomake.Lisatiedot.Clear(); lomake.Tukijaksot.Clear(); }
        await using var db = await tietokanta.AvaaAsync(ct);
        var oppija = await db.Oppijat.AsNoTracking().Where(o => o.Oid == rivi.OppijaOid)
            .Select(o => new { o.Sukunimi, o.Etunimet, o.Hetu }).FirstOrDefaultAsync(ct);
        return new MuokattavaOpiskeluoikeus(rivi.Oid, rivi.OppijaOid, rivi.Versionumero, lomake,
            oppija is null ? null : $"{oppija.Sukunimi}, {oppija.Etunimet}", MuokattavaOpiskeluoikeus.PeitaHetu(oppija?.Hetu));
    }

    private static bool ArkaluonteisetNakyvat(Kayttaja kayttaja, Opiskeluoikeus rivi, Domain.Organisaatiot.OrganisaatioPuu puu) =>
        Nakyvyys.Kayttajalle(kayttaja, puu).ArkaluonteisetNakyvat(rivi);

    /// <summary>
    /// The edit form restored from a draft of it. The draft carries the version it was loaded from, so a draft older
    /// than the stored version meets the conflict message on save instead of overwriting someone else's changes.
    /// </summary>
    public static MuokattavaOpiskeluoikeus PalautaLuonnos(MuokattavaOpiskeluoikeus tallennettu, JsonObject luonnos) =>
        tallennettu with
        {
            Lomake = SyottoLomake.Palauta(luonnos, tallennettu.Lomake),
            Versionumero = luonnos["versionumero"] is JsonValue v && v.TryGetValue<int>(out var versio) ? versio : tallennettu.Versionumero,
        };

    /// <summary>Whether the form shows lisätiedot (special-category data) to the user for a study right of this type and oppilaitos.</summary>
    public async Task<bool> ErityisetTiedotSallittuAsync(Kayttaja kayttaja, string tyyppi, string? oppilaitosOid, CancellationToken ct = default) =>
        oppilaitosOid is not null && ErityisetTiedotSallittu(kayttaja, tyyppi, oppilaitosOid, await organisaatiot.PuuAsync(ct));

    private static bool ErityisetTiedotSallittu(Kayttaja kayttaja, string? tyyppi, string oppilaitosOid, Domain.Organisaatiot.OrganisaatioPuu puu) =>
        kayttaja.Organisaatiot(r => Kirjoitusoikeus.KirjoittaaTyyppia(r, tyyppi) && r.Sisaltaa(Oikeus.LUOTTAMUKSELLINEN_KAIKKI_TIEDOT), puu)
            .Contains(oppilaitosOid);

    /// <summary>Saves the edit form as the next version of the study right it was loaded from.</summary>
    public Task<SyotonTulos> TallennaMuokkausAsync(Kayttaja kayttaja, MuokattavaOpiskeluoikeus muokattava, CancellationToken ct = default)
    {
        var dokumentti = muokattava.Lomake.Dokumentti();
        dokumentti["versionumero"] = muokattava.Versionumero;
        return MuokkaaAsync(kayttaja, muokattava.Oid, dokumentti, ct);
    }

    /// <summary>
    /// For the learner page: of the given study rights, those the user writes (not invalidated), each editable here
    /// or with the sentence why not (a source system's row).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, Muokattavuus>> MuokattavuudetAsync(Kayttaja kayttaja,
        IReadOnlyCollection<string> oidit, CancellationToken ct = default)
    {
        var puu = await organisaatiot.PuuAsync(ct);
        await using var db = await tietokanta.AvaaAsync(ct);
        var rivit = await db.Opiskeluoikeudet.AsNoTracking().Where(o => oidit.Contains(o.Oid)).ToListAsync(ct);
        return rivit.Where(r => !r.Mitatoity && Kirjoitusoikeus.KirjoittaaRivia(kayttaja, r, puu))
            .ToDictionary(r => r.Oid, r => r.LahdejarjestelmanId is null
                ? new Muokattavuus(true, null) : new Muokattavuus(false, LahdejarjestelmastaSyy));
    }
}
