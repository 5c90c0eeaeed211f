namespace Koski.Virkailija.Web;

/// <summary>
/// Marker of the texts shared by many components (buttons, common words, the shell). A component's own texts live in
/// a resource file named after the component under Resources/ (Finnish as the neutral culture, .sv for Swedish).
/// It lives outside Resources/: a class beside Yhteiset.resx would name the embedded resource after itself
/// (DependentUpon), not after the path the localizer looks for ("Koski.Virkailija.Web.Resources.Yhteiset").
/// </summary>
public sealed class Yhteiset;
