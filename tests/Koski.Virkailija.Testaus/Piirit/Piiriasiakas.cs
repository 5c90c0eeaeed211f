using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace Koski.Virkailija.Testaus.Piirit;

/// <summary>
/// One open page of the app as Blazor Server sees it, without a browser: the page's prerendered HTML is fetched,
/// its server component markers (<c>&lt;!--Blazor:{...}--&gt;</c>) and persisted state are handed to a circuit
/// over SignalR (<c>/_blazor</c>: StartCircuit, then UpdateRootComponents as blazor.web.js does), every render
/// batch is acknowledged (OnRenderCompleted) and every JavaScript call answered with an empty result
/// (EndInvokeJSFromDotNet). The DOM is never built: an interaction is a client-side navigation (OnLocationChanged)
/// to a URL whose query carries the search or the page, timed to the last render batch it causes.
/// </summary>
public sealed partial class Piiriasiakas : IAsyncDisposable
{
    private readonly HubConnection yhteys;
    private readonly Channel<long> erat = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Uri osoite;
    private long jsOlioita;
    private int eria;

    private Piiriasiakas(Virkailijaistunto istunto, HttpMessageHandler? kasittelija)
    {
        osoite = istunto.Osoite;
        var rakentaja = new HubConnectionBuilder();
        rakentaja.Services.AddSingleton<IHubProtocol, BlazorPack>();
        yhteys = rakentaja
            .WithUrl(new Uri(osoite, "_blazor"), o =>
            {
                o.Headers["Cookie"] = istunto.Evasteotsake;
                if (kasittelija is null) o.Transports = HttpTransportType.WebSockets;
                else
                {
                    // An in-memory test server: long polling through its handler.
                    o.HttpMessageHandlerFactory = _ => kasittelija;
                    o.Transports = HttpTransportType.LongPolling;
                }
            })
            .Build();
        yhteys.ServerTimeout = TimeSpan.FromMinutes(2);
        yhteys.On<long, byte[]>("JS.RenderBatch", async (id, _) =>
        {
            Interlocked.Increment(ref eria);
            erat.Writer.TryWrite(Stopwatch.GetTimestamp());
            await yhteys.SendAsync("OnRenderCompleted", id, null);
        });
        yhteys.On("JS.BeginInvokeJS", [typeof(long), typeof(string), typeof(string), typeof(int), typeof(long), typeof(int)],
            (args, _) => VastaaJsKutsuunAsync((long)args[0]!, (int)args[3]!), this);
        yhteys.On<string>("JS.Error", virhe => Virhe = virhe);
        yhteys.Closed += e =>
        {
            Virhe ??= e?.Message ?? "yhteys suljettu";
            return Task.CompletedTask;
        };
    }

    /// <summary>Render batches received so far.</summary>
    public int Eria => Volatile.Read(ref eria);

    /// <summary>The error the circuit reported (JS.Error) or the reason its connection closed; null while it works.</summary>
    public string? Virhe { get; private set; }

    /// <summary>
    /// Opens <paramref name="polku"/> as a browser would: GET, then a circuit for its interactive root components;
    /// returns once the first render batch has arrived.
    /// </summary>
    public static async Task<Piiriasiakas> AvaaAsync(Virkailijaistunto istunto, string polku, HttpMessageHandler? kasittelija = null,
        CancellationToken ct = default)
    {
        var html = await istunto.HaeSivuAsync(polku, ct);
        var asiakas = new Piiriasiakas(istunto, kasittelija);
        try
        {
            await asiakas.KaynnistaAsync(new Uri(istunto.Osoite, polku.TrimStart('/')), html, ct);
            return asiakas;
        }
        catch
        {
            await asiakas.DisposeAsync();
            throw;
        }
    }

    private async Task KaynnistaAsync(Uri sivu, string html, CancellationToken ct)
    {
        var merkit = Merkki().Matches(html).Select(m => JsonNode.Parse(m.Groups[1].Value)!.AsObject())
            .Where(m => (string?)m["type"] == "server").OrderBy(m => (int?)m["sequence"]).ToList();
        if (merkit.Count == 0) throw new InvalidOperationException($"Sivulla {sivu} ei ole interaktiivisia palvelinkomponentteja");
        var tila = Tila().Match(html) is { Success: true } t ? t.Groups[1].Value : "";

        await yhteys.StartAsync(ct);
        var tunniste = await yhteys.InvokeAsync<string?>("StartCircuit", osoite.ToString(), sivu.ToString(), "[]", tila, ct);
        if (tunniste is null) throw new InvalidOperationException($"Piiriä ei voitu aloittaa: {Virhe}");
        var toiminnot = new JsonArray(merkit.Select((m, i) => (JsonNode)new JsonObject
        {
            ["type"] = "add",
            ["ssrComponentId"] = i + 1,
            ["marker"] = m,
        }).ToArray());
        var alku = Stopwatch.GetTimestamp();
        await yhteys.SendAsync("UpdateRootComponents", new JsonObject { ["batchId"] = 1, ["operations"] = toiminnot }.ToJsonString(), tila, ct);
        await OdotaEraaAsync(alku, TimeSpan.FromMinutes(1), ct);
    }

    /// <summary>
    /// Navigates inside the circuit to <paramref name="polku"/> (as a click on a link would) and returns the time from
    /// sending it to the last render batch it caused: batches are awaited until none comes for <paramref name="hiljaisuus"/>
    /// (a page that loads its data renders once with "loading" and again with the rows).
    /// </summary>
    public async Task<TimeSpan> NavigoiAsync(string polku, TimeSpan hiljaisuus, CancellationToken ct = default)
    {
        while (erat.Reader.TryRead(out _))
        {
        }
        var alku = Stopwatch.GetTimestamp();
        await yhteys.SendAsync("OnLocationChanged", new Uri(osoite, polku.TrimStart('/')).ToString(), null, true, ct);
        var viimeinen = await OdotaEraaAsync(alku, TimeSpan.FromMinutes(1), ct);
        while (true)
        {
            using var aikaraja = CancellationTokenSource.CreateLinkedTokenSource(ct);
            aikaraja.CancelAfter(hiljaisuus);
            try
            {
                viimeinen = await erat.Reader.ReadAsync(aikaraja.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                return Stopwatch.GetElapsedTime(alku, viimeinen);
            }
        }
    }

    private async Task<long> OdotaEraaAsync(long alku, TimeSpan raja, CancellationToken ct)
    {
        using var aikaraja = CancellationTokenSource.CreateLinkedTokenSource(ct);
        aikaraja.CancelAfter(raja);
        try
        {
            return await erat.Reader.ReadAsync(aikaraja.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"Renderöintierää ei tullut {Stopwatch.GetElapsedTime(alku).TotalSeconds:0} sekunnissa: {Virhe}");
        }
    }

    // A JavaScript call the page makes (MudBlazor's and the app's interop): answered as done with no value, or with a
    // fresh object reference when .NET asked for one. Fire-and-forget calls (handle 0) need no answer.
    private async Task VastaaJsKutsuunAsync(long kahva, int tulostyyppi)
    {
        if (kahva == 0) return;
        object? tulos = tulostyyppi == 1 ? new Dictionary<string, long> { ["__jsObjectId"] = Interlocked.Increment(ref jsOlioita) } : null;
        await yhteys.SendAsync("EndInvokeJSFromDotNet", kahva, true, JsonSerializer.Serialize(new object?[] { kahva, true, tulos }));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await yhteys.DisposeAsync();
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or InvalidOperationException)
        {
            // The server may already have closed it.
        }
    }

    [GeneratedRegex(@"<!--Blazor:(\{.*?\})-->", RegexOptions.Singleline)]
    private static partial Regex Merkki();

    [GeneratedRegex(@"<!--Blazor-Server-Component-State:([a-zA-Z0-9+/=]+)-->")]
    private static partial Regex Tila();
}
