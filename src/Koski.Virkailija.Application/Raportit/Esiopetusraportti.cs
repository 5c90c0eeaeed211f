using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Raportit;

/// <summary>"Esiopetus" (DOMAIN.md §7): the oppilaitos's esiopetus study rights in force at some point of the range, with their tilat.</summary>
public static class Esiopetusraportti
{
    public static readonly IReadOnlyList<Sarake> Sarakkeet =
    [
        new("Oppijan oid", Leveys: 26), new("Sukunimi", Leveys: 20), new("Etunimet", Leveys: 20),
        new("Opiskeluoikeuden oid", Leveys: 26), new("Oppilaitos", Leveys: 30), new("Luokka", Leveys: 10),
        new("Alkamispäivä", SarakeTyyppi.Paivamaara, 12), new("Päättymispäivä", SarakeTyyppi.Paivamaara, 12),
        new("Tilat aikavälillä", Leveys: 24), new("Viimeisin tila", Leveys: 14), new("Lähdejärjestelmä", Leveys: 16),
    ];

    public static Taulukko Luo(RaportinLahde lahde) => new("Esiopetus", Sarakkeet, Rivit(lahde));

    private static async IAsyncEnumerable<object?[]> Rivit(RaportinLahde lahde, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var (alku, loppu) = (lahde.Parametrit.Alku, lahde.Parametrit.Loppu);
        await using var db = await lahde.Tietokanta.AvaaAsync(ct);
        var rivit = from o in lahde.Oppilaitoksen(db)
                    join h in db.Oppijat on o.OppijaOid equals h.Oid
                    where o.Tyyppi == "esiopetus" && o.Alkamispaiva <= loppu && (o.Paattymispaiva == null || o.Paattymispaiva >= alku)
                    orderby h.Hakunimi, o.Oid
                    select new { o.OppijaOid, h.Sukunimi, h.Etunimet, o.Oid, o.OppilaitosOid, o.Luokka, o.Alkamispaiva, o.Paattymispaiva, o.Json, o.Tila, o.Lahdejarjestelma };
        await foreach (var r in rivit.AsAsyncEnumerable().WithCancellation(ct))
            yield return
            [
                r.OppijaOid, r.Sukunimi, r.Etunimet, r.Oid, lahde.Nimi(r.OppilaitosOid), r.Luokka, r.Alkamispaiva, r.Paattymispaiva,
                PaallekkaisetOpiskeluoikeudet.TilatValilla(lahde, r.Json, alku, loppu), lahde.Tila(r.Tila),
                r.Lahdejarjestelma ?? Lahdejarjestelmat.Kayttoliittyma,
            ];
    }
}
