namespace Koski.Virkailija.Domain.Organisaatiot;

/// <summary>Organisaatiotyyppi, numbered as the organisation service's code list (organisaatiotyyppi_01…08).</summary>
public enum OrganisaatioTyyppi
{
    Koulutustoimija = 1,
    Oppilaitos = 2,
    Toimipiste = 3,
    Oppisopimustoimipiste = 4,
    Muu = 5,
    VarhaiskasvatuksenJarjestaja = 7,
    VarhaiskasvatuksenToimipaikka = 8,
}
