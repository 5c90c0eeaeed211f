using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Koski.Virkailija.Testaus;

namespace Koski.Virkailija.EndToEnd.Tests;

/// <summary>
/// panva's oidc-provider (oidc/tunnistuspalvelu.js) as a node process on a free loopback port, for one app address.
/// ./test.sh installs its packages (npm ci) when they are missing.
/// </summary>
public sealed class Tunnistuspalvelu : IAsyncDisposable
{
    public const string ClientId = "koski-virkailija";
    public const string ClientSecret = "e2e-testisalaisuus";

    private readonly Process prosessi;

    private Tunnistuspalvelu(Process prosessi, string osoite)
    {
        this.prosessi = prosessi;
        Osoite = osoite;
    }

    public string Osoite { get; }

    public static async Task<Tunnistuspalvelu> KaynnistaAsync(string sovelluksenOsoite)
    {
        var kansio = Path.Combine(Jaettu.RepoJuuri, "tests", "Koski.Virkailija.EndToEnd.Tests", "oidc");
        if (!Directory.Exists(Path.Combine(kansio, "node_modules", "oidc-provider")))
            throw new InvalidOperationException($"oidc-provider puuttuu: aja ./test.sh tai `npm ci` kansiossa {kansio}.");
        var portti = VapaaPortti();
        var info = new ProcessStartInfo("node", "tunnistuspalvelu.js")
        {
            WorkingDirectory = kansio,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["PORT"] = portti.ToString(CultureInfo.InvariantCulture), ["APP_URL"] = sovelluksenOsoite, ["CLIENT_SECRET"] = ClientSecret },
        };
        var prosessi = Process.Start(info)!;
        var valmis = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var virheet = new System.Text.StringBuilder();
        prosessi.OutputDataReceived += (_, e) => { if (e.Data?.Contains("tunnistuspalvelu valmis") == true) valmis.TrySetResult(); };
        prosessi.ErrorDataReceived += (_, e) => { lock (virheet) virheet.AppendLine(e.Data); };
        prosessi.BeginOutputReadLine();
        prosessi.BeginErrorReadLine();
        var palvelu = new Tunnistuspalvelu(prosessi, $"http://127.0.0.1:{portti}");
        if (await Task.WhenAny(valmis.Task, prosessi.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(30))) != valmis.Task)
        {
            await palvelu.DisposeAsync();
            throw new InvalidOperationException("oidc-provider ei käynnistynyt: " + virheet);
        }
        return palvelu;
    }

    public static int VapaaPortti()
    {
        using var kuuntelija = new TcpListener(IPAddress.Loopback, 0);
        kuuntelija.Start();
        return ((IPEndPoint)kuuntelija.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!prosessi.HasExited)
        {
            prosessi.Kill(entireProcessTree: true);
            await prosessi.WaitForExitAsync();
        }
        prosessi.Dispose();
    }
}
