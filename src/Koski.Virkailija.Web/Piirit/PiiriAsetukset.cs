using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Koski.Virkailija.Web.Piirit;

/// <summary>
/// What the server keeps for each open page (a Blazor Server circuit), from configuration section <c>Piirit</c>:
/// how many circuits whose browser went away are kept for a reconnect and for how long
/// (<c>DisconnectedCircuitMaxRetained</c>, <c>DisconnectedCircuitRetentionPeriod</c>), and, for the circuit
/// benchmark only, a memory report at <c>/_diagnostiikka/piirit</c> (<c>Piirit:Diagnostiikka=true</c>; never in
/// Production). README "Palvelimen mitoitus" says how to size a server with them.
/// </summary>
public static class PiiriAsetukset
{
    public const string Osio = "Piirit";

    public static WebApplicationBuilder AddKoskiPiirit(this WebApplicationBuilder builder)
    {
        var osio = builder.Configuration.GetSection(Osio);
        builder.Services.Configure<CircuitOptions>(o =>
        {
            // A browser that lost its connection gets its page back if it returns within the period; every retained
            // circuit holds its components in memory. ASP.NET Core's defaults are 100 circuits and 3 minutes.
            o.DisconnectedCircuitMaxRetained = osio.GetValue(nameof(o.DisconnectedCircuitMaxRetained), o.DisconnectedCircuitMaxRetained);
            o.DisconnectedCircuitRetentionPeriod = osio.GetValue(nameof(o.DisconnectedCircuitRetentionPeriod), o.DisconnectedCircuitRetentionPeriod);
        });
        if (Diagnostiikka(builder.Configuration, builder.Environment))
        {
            builder.Services.AddSingleton<Piirilaskuri>();
            builder.Services.AddScoped<CircuitHandler, PiirinLaskenta>();
        }
        return builder;
    }

    /// <summary>The memory report the circuit benchmark reads; mapped only when <c>Piirit:Diagnostiikka</c> is on outside Production.</summary>
    public static WebApplication MapKoskiPiiriDiagnostiikka(this WebApplication app)
    {
        if (!Diagnostiikka(app.Configuration, app.Environment)) return app;
        app.MapGet("/_diagnostiikka/piirit", (Piirilaskuri laskuri, bool? keraa) =>
        {
            if (keraa == true)
            {
                // The live heap, not what a lazy collector has left lying about: what a circuit costs.
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            }
            var gc = GC.GetGCMemoryInfo();
            using var prosessi = System.Diagnostics.Process.GetCurrentProcess();
            return Results.Ok(new
            {
                piireja = laskuri.Auki,
                yhteydessa = laskuri.Yhteydessa,
                tyojoukko = prosessi.WorkingSet64,
                gcKeko = gc.HeapSizeBytes,
                gcVarattu = gc.TotalCommittedBytes,
                gcElossa = GC.GetTotalMemory(false),
                // Bytes allocated since the start: the benchmark's difference over its active phase is the allocation per interaction.
                varattuKaikkiaan = GC.GetTotalAllocatedBytes(false),
                // The JIT so far: the benchmark waits for tiered compilation to settle before it measures.
                jitMetodeja = System.Runtime.JitInfo.GetCompiledMethodCount(false),
                jitAika = System.Runtime.JitInfo.GetCompilationTime(false).TotalMilliseconds,
                palvelinGc = System.Runtime.GCSettings.IsServerGC,
            });
        }).AllowAnonymous();
        return app;
    }

    private static bool Diagnostiikka(IConfiguration asetukset, IWebHostEnvironment ymparisto) =>
        asetukset.GetValue($"{Osio}:Diagnostiikka", false) && !ymparisto.IsProduction();
}

/// <summary>Open circuits and those with a connected browser, for the memory report.</summary>
internal sealed class Piirilaskuri
{
    private int auki, yhteydessa;

    public int Auki => Volatile.Read(ref auki);
    public int Yhteydessa => Volatile.Read(ref yhteydessa);

    public void Muuta(int aukiMuutos, int yhteydessaMuutos)
    {
        Interlocked.Add(ref auki, aukiMuutos);
        Interlocked.Add(ref yhteydessa, yhteydessaMuutos);
    }
}

internal sealed class PiirinLaskenta(Piirilaskuri laskuri) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        laskuri.Muuta(1, 0);
        return Task.CompletedTask;
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        laskuri.Muuta(0, 1);
        return Task.CompletedTask;
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        laskuri.Muuta(0, -1);
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        laskuri.Muuta(-1, 0);
        return Task.CompletedTask;
    }
}
