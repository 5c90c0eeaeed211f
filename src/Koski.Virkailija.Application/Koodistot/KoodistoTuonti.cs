using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Koodistot;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Koodistot;

public sealed record KoodistoTuonninTulos(int Koodistoja, int Lisatty, int Paivitetty, int Ennallaan);

/// <summary>Writes code lists into the database by (koodisto, koodiarvo); re-importing the same lists changes nothing.</summary>
public sealed class KoodistoTuonti(IKoskiDbFactory tietokanta, Koodistot koodistot)
{
    /// <summary>Imports every <c>*.koodit.json</c> of the folder; the koodisto of each is named by its file.</summary>
    public async Task<KoodistoTuonninTulos> TuoKansiostaAsync(string kansio, CancellationToken ct = default)
    {
        var tiedostot = Directory.GetFiles(kansio, "*.koodit.json").Order(StringComparer.Ordinal).ToList();
        var koodit = tiedostot.SelectMany(KoodistoLukija.LueTiedosto).ToList();
        return await TuoAsync(koodit, ct);
    }

    public async Task<KoodistoTuonninTulos> TuoAsync(IReadOnlyList<Koodi> koodit, CancellationToken ct = default)
    {
        int lisatty = 0, paivitetty = 0, ennallaan = 0;
        await using (var db = await tietokanta.AvaaAsync(ct))
        {
            await using var transaktio = await db.Database.BeginTransactionAsync(ct);
            var tallennetut = (await db.Koodit.ToListAsync(ct)).ToDictionary(k => (k.KoodistoUri, k.Koodiarvo));
            foreach (var uusi in koodit)
            {
                if (!tallennetut.TryGetValue((uusi.KoodistoUri, uusi.Koodiarvo), out var rivi))
                {
                    rivi = new Koodi { KoodistoUri = uusi.KoodistoUri, Koodiarvo = uusi.Koodiarvo };
                    Kopioi(uusi, rivi);
                    db.Koodit.Add(rivi);
                    tallennetut[(rivi.KoodistoUri, rivi.Koodiarvo)] = rivi;
                    lisatty++;
                }
                else if ((rivi.Versio, rivi.NimiFi, rivi.NimiSv, rivi.NimiEn) == (uusi.Versio, uusi.NimiFi, uusi.NimiSv, uusi.NimiEn))
                {
                    ennallaan++;
                }
                else
                {
                    Kopioi(uusi, rivi);
                    paivitetty++;
                }
            }
            await db.SaveChangesAsync(ct);
            await transaktio.CommitAsync(ct);
        }
        koodistot.Tyhjenna();
        var koodistoja = koodit.Select(k => k.KoodistoUri).Distinct().Count();
        return new KoodistoTuonninTulos(koodistoja, lisatty, paivitetty, ennallaan);
    }

    private static void Kopioi(Koodi lahde, Koodi kohde)
    {
        kohde.Versio = lahde.Versio;
        kohde.NimiFi = lahde.NimiFi;
        kohde.NimiSv = lahde.NimiSv;
        kohde.NimiEn = lahde.NimiEn;
    }
}
