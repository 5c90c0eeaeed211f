using System.Text.Json;
using System.Text.Json.Serialization;

namespace Koski.Virkailija.Application.Raportit;

/// <summary>
/// A report's key (<see cref="IRaportti.Laji"/>), written as its name in audit entries. The named ones are shortcuts
/// to the existing reports for callers; a new report names its own key in its own file.
/// </summary>
[JsonConverter(typeof(RaporttiLajiJson))]
public readonly record struct RaporttiLaji(string Tunnus)
{
    public static RaporttiLaji PaallekkaisetOpiskeluoikeudet => new(nameof(PaallekkaisetOpiskeluoikeudet));
    public static RaporttiLaji PerusopetuksenVuosiluokka => new(nameof(PerusopetuksenVuosiluokka));
    public static RaporttiLaji Esiopetus => new(nameof(Esiopetus));
    public static RaporttiLaji Lahdejarjestelmat => new(nameof(Lahdejarjestelmat));
    public static RaporttiLaji Kayttooikeudet => new(nameof(Kayttooikeudet));

    public override string ToString() => Tunnus;
}

internal sealed class RaporttiLajiJson : JsonConverter<RaporttiLaji>
{
    public override RaporttiLaji Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(reader.GetString() ?? "");

    public override void Write(Utf8JsonWriter writer, RaporttiLaji value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Tunnus);
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
