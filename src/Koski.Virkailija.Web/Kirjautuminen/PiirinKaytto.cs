using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Koski.Virkailija.Web.Kirjautuminen;

/// <summary>
/// When the person last used the page of this circuit: any message from the browser (events, navigation, interop,
/// render acknowledgements). A tab left open sends none, so it does not keep its session alive.
/// </summary>
internal sealed class PiirinKaytto(TimeProvider aika) : CircuitHandler
{
    private long viimeksi;

    public DateTimeOffset? Viimeksi => Interlocked.Read(ref viimeksi) is var t and > 0 ? new DateTimeOffset(t, TimeSpan.Zero) : null;

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(
        Func<CircuitInboundActivityContext, Task> next) =>
        context =>
        {
            Interlocked.Exchange(ref viimeksi, aika.GetUtcNow().UtcTicks);
            return next(context);
        };
}
