namespace Koski.Virkailija.Application.Opiskeluoikeudet;

/// <summary>A transfer document that cannot be stored; <see cref="Avain"/> is KOSKI's error key (e.g. for an API answer).</summary>
public sealed class TiedonsiirtoVirhe(string avain, string viesti, Exception? syy = null) : Exception(viesti, syy)
{
    public string Avain { get; } = avain;
}
