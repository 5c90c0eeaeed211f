using Koski.Virkailija.Domain.Organisaatiot;

namespace Koski.Virkailija.Domain.Validointi;

/// <summary>
/// What the rules read besides the document: the cut-off dates in force, the imported code lists, the organisation
/// tree (rules on koulutustoimija and toimipisteet are skipped without it) and today's date in Finland.
/// </summary>
public sealed record Validointiymparisto(Rajapaivat Rajapaivat, Koodiluettelot? Koodit = null, OrganisaatioPuu? Organisaatiot = null,
    DateOnly? Tanaan = null)
{
    /// <summary>KOSKI's own cut-off dates, no code lists, no organisation tree.</summary>
    public static Validointiymparisto Oletus { get; } = new(new Rajapaivat());

    /// <summary>The given day, else today in Finnish time (KOSKI's rules compare with LocalDate.now()).</summary>
    public DateOnly Paiva => Tanaan ?? DateOnly.FromDateTime(Suomenaika.Paikallinen(DateTimeOffset.UtcNow));
}
