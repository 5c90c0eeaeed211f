using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Koski.Virkailija.Testaus;

namespace Koski.Virkailija.Benchmarks;

/// <summary>
/// The app as a child process of its Release build on a free loopback port, on a throwaway SQLite file (or the
/// database the extra settings name), so that a load client's own memory and CPU are not counted as the app's.
/// </summary>
internal sealed class Sovellusprosessi : IAsyncDisposable
{
    private readonly Process prosessi;
    private readonly string kansio;
    private readonly HttpClient http;

    private Sovellusprosessi(Process prosessi, string kansio, Uri osoite)
    {
        (this.prosessi, this.kansio, Osoite) = (prosessi, kansio, osoite);
        http = new HttpClient { BaseAddress = osoite, Timeout = TimeSpan.FromMinutes(5) };
    }

    public Uri Osoite { get; }

    public int Pid => prosessi.Id;

    /// <summary>The app process's CPU time so far, user and system (/proc/PID/stat utime + stime).</summary>
    public TimeSpan Suoritinaika()
    {
        prosessi.Refresh();
        return prosessi.TotalProcessorTime;
    }

    public static async Task<Sovellusprosessi> KaynnistaAsync(List<(string Nimi, string Arvo)> ymparisto, List<string> lisa)
    {
        var dll = Path.Combine(Jaettu.WebProjekti, "bin", "Release", "net10.0", "Koski.Virkailija.Web.dll");
        if (!File.Exists(dll))
            throw new InvalidOperationException($"{dll} puuttuu: dotnet build Koski.Virkailija.sln -c Release");
        var kansio = Path.Combine(Path.GetTempPath(), "koski-piirit-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(kansio);
        int portti;
        using (var kuuntelija = new TcpListener(IPAddress.Loopback, 0))
        {
            kuuntelija.Start();
            portti = ((IPEndPoint)kuuntelija.LocalEndpoint).Port;
        }
        var aloitus = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Jaettu.WebProjekti,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in (string[])[dll, $"--urls=http://127.0.0.1:{portti}", "--environment=Development",
                     $"--contentRoot={Jaettu.WebProjekti}", "--Database:Provider=Sqlite",
                     $"--Database:Sqlite=Data Source={Path.Combine(kansio, "koski.db")}", "--Authentication:Mode=Development",
                     "--Authentication:KirjautumisiaMinuutissa=1000000", "--Seed:DemoData=true", $"--Seed:KoodistoFolder={Jaettu.Koodistot}",
                     "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.AspNetCore.SignalR=None",
                     "--Logging:LogLevel:Microsoft.AspNetCore.Components.Server=Error", "--Piirit:Diagnostiikka=true", .. lisa])
            aloitus.ArgumentList.Add(a);
        foreach (var (nimi, arvo) in ymparisto) aloitus.Environment[nimi] = arvo;
        var prosessi = Process.Start(aloitus)!;
        // A failure's first line names its logger; the next says what failed.
        var virheenRiveja = 0;
        prosessi.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not { Length: > 0 } rivi) return;
            if (rivi.Contains("fail", StringComparison.Ordinal)) virheenRiveja = 3;
            if (virheenRiveja-- > 0) Console.WriteLine("  [sovellus] " + rivi);
        };
        prosessi.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 } rivi) Console.WriteLine("  [sovellus] " + rivi); };
        prosessi.BeginOutputReadLine();
        prosessi.BeginErrorReadLine();
        var sovellus = new Sovellusprosessi(prosessi, kansio, new Uri($"http://127.0.0.1:{portti}/"));
        // Until it answers (migrations and demo data first).
        var raja = Stopwatch.StartNew();
        while (true)
        {
            if (prosessi.HasExited) throw new InvalidOperationException($"Sovellus päättyi koodilla {prosessi.ExitCode}");
            try
            {
                await sovellus.MuistiAsync(keraa: false);
                return sovellus;
            }
            catch (HttpRequestException) when (raja.Elapsed < TimeSpan.FromMinutes(5))
            {
                await Task.Delay(500);
            }
        }
    }

    public async Task<Piirimittaus.Muisti> MuistiAsync(bool keraa)
    {
        var muisti = (await http.GetFromJsonAsync<Piirimittaus.Muisti>("_diagnostiikka/piirit" + (keraa ? "?keraa=true" : "")))!;
        // The working set as the kernel counts it (VmRSS), the figure a container's memory limit is held against.
        var status = $"/proc/{prosessi.Id}/status";
        if (File.Exists(status) && File.ReadLines(status).FirstOrDefault(r => r.StartsWith("VmRSS:", StringComparison.Ordinal)) is { } rss)
            muisti = muisti with { Tyojoukko = long.Parse(rss.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024 };
        return muisti;
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        if (!prosessi.HasExited)
        {
            prosessi.Kill(entireProcessTree: true);
            await prosessi.WaitForExitAsync();
        }
        prosessi.Dispose();
        try { Directory.Delete(kansio, recursive: true); } catch (IOException) { }
    }
}
