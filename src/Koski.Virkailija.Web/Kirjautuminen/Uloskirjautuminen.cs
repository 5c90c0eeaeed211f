namespace Koski.Virkailija.Web.Kirjautuminen;

/// <summary>
/// A circuit whose page has sent the sign-out form. The session ends on the server before the browser has the answer,
/// and the circuit's session check (<see cref="IstunnonTarkistus"/>) may notice it first: the page must then not send
/// the browser to sign in (<c>OhjaaKirjautumiseen</c>), which would replace the sign-out's own answer.
/// </summary>
public sealed class Uloskirjautuminen
{
    public bool Kaynnissa { get; private set; }

    public void Aloita() => Kaynnissa = true;
}
