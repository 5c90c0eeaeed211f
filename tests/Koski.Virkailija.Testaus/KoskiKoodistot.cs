using Koski.Virkailija.Domain.Koodistot;
using Koski.Virkailija.Domain.Validointi;

namespace Koski.Virkailija.Testaus;

/// <summary>The 160 code lists of data/koski/koodisto, read once, as the validation sees them when all are imported.</summary>
public static class KoskiKoodistot
{
    private static readonly Lazy<Koodiluettelot> Luettelot = new(() =>
        Koodiluettelot.Koodeista(Directory.GetFiles(Jaettu.Koodistot, "*.koodit.json").SelectMany(KoodistoLukija.LueTiedosto)));

    public static Koodiluettelot Kaikki => Luettelot.Value;

    /// <summary>KOSKI's default cut-off dates with every code list.</summary>
    public static Validointiymparisto Ymparisto => new(new Rajapaivat(), Kaikki);
}
