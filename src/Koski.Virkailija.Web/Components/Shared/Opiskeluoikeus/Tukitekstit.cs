namespace Koski.Virkailija.Web.Components.Shared.Opiskeluoikeus;

/// <summary>
/// The texts of the learning-support model, shared by the form's support section and the study-right view
/// (Resources/Components/Shared/Opiskeluoikeus/Tukitekstit): each field's label by its KOSKI name, and the sentences.
/// </summary>
public sealed class Tukitekstit;
