using Koski.Virkailija.Domain.Validointi;

namespace Koski.Virkailija.Application.Syotto;

/// <summary>A save refused by the validation catalogue; each error names the field (JSON location) it concerns.</summary>
public sealed class Validointivirheet(IReadOnlyList<ValidointiVirhe> virheet)
    : Exception(string.Join("; ", virheet.Select(v => $"{v.Polku}: {v.Viesti}")))
{
    public IReadOnlyList<ValidointiVirhe> Virheet { get; } = virheet;
}
