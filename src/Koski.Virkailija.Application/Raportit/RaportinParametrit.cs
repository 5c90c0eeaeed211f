namespace Koski.Virkailija.Application.Raportit;

/// <summary>The reports the Raportit page offers (by name in audit entries).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<RaporttiLaji>))]
public enum RaporttiLaji
{
    PaallekkaisetOpiskeluoikeudet,
    PerusopetuksenVuosiluokka,
    Esiopetus,
    Lahdejarjestelmat,
    Kayttooikeudet,
}

/// <summary>
/// Typed parameters of one report run (never filter strings from the browser). <see cref="Alku"/>–<see cref="Loppu"/>
/// is the range of range reports, <see cref="Paiva"/> the date of the vuosiluokka report. <see cref="OppilaitosOid"/>
/// is the käyttöoikeusraportti's organisation, whose subtree it covers.
/// </summary>
public sealed record RaportinParametrit(
    RaporttiLaji Laji,
    string OppilaitosOid,
    DateOnly Alku,
    DateOnly Loppu,
    DateOnly? Paiva = null,
    int? Vuosiluokka = null);

/// <summary>
/// A report ready to stream: its main table and any <see cref="Lisataulukot"/> (summaries, written after it as sheets
/// of their own), the file name (without extension) saying report, organisation and date, and an upper estimate of its
/// rows for the progress bar.
/// </summary>
public sealed record RaportinSisalto(Taulukko Taulukko, string Tiedostonimi, long Arvio)
{
    public IReadOnlyList<Taulukko> Lisataulukot { get; init; } = [];

    public IReadOnlyList<Taulukko> Taulukot => [Taulukko, .. Lisataulukot];
}
