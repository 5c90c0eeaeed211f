namespace Koski.Virkailija.Web;

/// <summary>
/// Marker of MudBlazor's own texts in Finnish and Swedish (Resources/MudBlazorTekstit.resx, .sv.resx); see
/// <see cref="Kieli.MudBlazorKielet"/>. Outside Resources/ for the same reason as <see cref="Yhteiset"/>.
/// </summary>
public sealed class MudBlazorTekstit;
