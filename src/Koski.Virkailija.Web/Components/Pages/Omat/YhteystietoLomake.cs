using System.ComponentModel.DataAnnotations;
using Koski.Virkailija.Application.Kayttajat;

namespace Koski.Virkailija.Web.Components.Pages.Omat;

/// <summary>The contact form's model; the rule itself is the application layer's <see cref="Sahkoposti"/>.</summary>
public sealed class YhteystietoLomake
{
    [SahkopostiOsoite]
    public string? Sahkoposti { get; set; }
}

[AttributeUsage(AttributeTargets.Property)]
public sealed class SahkopostiOsoiteAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext context) =>
        Koski.Virkailija.Application.Kayttajat.Sahkoposti.Virhe(value as string) is { } virhe
            ? new ValidationResult(virhe, [context.MemberName!])
            : ValidationResult.Success;
}
