namespace Koski.Virkailija.Web;

/// <summary>
/// Marker of the texts shared by many components (buttons, common words, the shell). A component's own texts live in
/// a resource file named after the component under Resources/ (Finnish as the neutral culture, .sv for Swedish).
/// </summary>
public sealed class Yhteiset;
