using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Validointi;

namespace Koski.Virkailija.Application.Opiskeluoikeudet;

/// <summary>
/// The save-time catalogue (<see cref="Validointisaannot"/>) with what it reads from this installation: the cut-off
/// dates in force and the imported code lists. Every save path and the form's pre-check go through here, so they
/// judge a document alike.
/// </summary>
public sealed class OpiskeluoikeudenValidointi(Rajapaivat rajapaivat, Koodistot.Koodistot koodistot)
{
    public Rajapaivat Rajapaivat { get; } = rajapaivat;

    public async Task<IReadOnlyList<ValidointiVirhe>> ValidoiAsync(JsonObject opiskeluoikeus, CancellationToken ct = default) =>
        Validointisaannot.Validoi(opiskeluoikeus, new Validointiymparisto(Rajapaivat, await koodistot.LuettelotAsync(ct)));
}
