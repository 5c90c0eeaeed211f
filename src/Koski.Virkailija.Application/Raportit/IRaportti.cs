using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Kayttooikeudet;
using Koski.Virkailija.Application.Kieli;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Organisaatiot;

namespace Koski.Virkailija.Application.Raportit;

/// <summary>A text in Finnish and Swedish; <see cref="Teksti"/> picks the user's language.</summary>
public sealed record Kaksikielinen(string Fi, string Sv)
{
    public string Teksti => Tekstit.Ruotsiksi ? Sv : Fi;
}

/// <summary>What a report's organisation parameter is: an oppilaitos, or any organisation whose subtree it covers.</summary>
public enum RaportinOrganisaatio
{
    Oppilaitos,
    Organisaatio,
}

/// <summary>
/// One report of the Raportit page (docs/DOMAIN.md §7), found by <see cref="Raporttirekisteri"/>: its key, names and
/// description in both languages, its parameters, the rights rule saying which role groups may run it, and its
/// tables. Adding a report is adding one class implementing this (with a parameterless constructor); the page, the
/// file writers and the audit read it from the registry.
/// </summary>
public interface IRaportti
{
    /// <summary>The stable key: in audit entries, on the page and in parameters.</summary>
    RaporttiLaji Laji { get; }

    Kaksikielinen Nimi { get; }

    /// <summary>The group the page lists it under (a koulutusmuoto, or "Käyttöoikeudet").</summary>
    Kaksikielinen Ryhma { get; }

    Kaksikielinen Kuvaus { get; }

    /// <summary>The first part of the downloaded file's name, e.g. <c>esiopetus</c>.</summary>
    string Tiedostonimi { get; }

    RaportinOrganisaatio Organisaatio => RaportinOrganisaatio.Oppilaitos;

    /// <summary>Takes a date range (Alku–Loppu).</summary>
    bool Aikavali => false;

    /// <summary>Takes a date and a grade (Paiva, Vuosiluokka).</summary>
    bool Vuosiluokka => false;

    /// <summary>The rights rule: may a role of this group run the report (in the organisations of that role)?</summary>
    bool Sallii(Kayttooikeusryhma ryhma);

    /// <summary>The report's tables for a checked request: <paramref name="konteksti"/> is already within the user's rights.</summary>
    Task<RaportinTaulukot> LuoAsync(RaportinKonteksti konteksti, CancellationToken ct);
}

/// <summary>
/// What a report is created from: the user, the checked parameters, the organisation tree, and either the oppilaitos
/// source (<see cref="Lahde"/>, for <see cref="RaportinOrganisaatio.Oppilaitos"/>) or the organisations it covers
/// (<see cref="Alue"/>, for <see cref="RaportinOrganisaatio.Organisaatio"/>).
/// </summary>
public sealed record RaportinKonteksti(
    Kayttaja Kayttaja,
    RaportinParametrit Parametrit,
    OrganisaatioPuu Puu,
    IKoskiDbFactory Tietokanta,
    RaportinLahde? Lahde,
    IReadOnlySet<string> Alue,
    KayttooikeusHallinta Kayttooikeudet,
    DateOnly Tanaan)
{
    public RaportinLahde OppilaitoksenLahde => Lahde ?? throw new InvalidOperationException("Raportti ei lue oppilaitoksen opiskeluoikeuksia");
}

/// <summary>A report's tables before they are put in the user's language: the main one, extra sheets, and a row estimate (null: the oppilaitos's study rights).</summary>
public sealed record RaportinTaulukot(Taulukko Taulukko, IReadOnlyList<Taulukko> Lisataulukot, long? Arvio = null);
