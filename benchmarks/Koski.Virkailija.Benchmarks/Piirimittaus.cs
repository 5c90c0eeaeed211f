using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Koski.Virkailija.Testaus;
using Koski.Virkailija.Testaus.Piirit;

namespace Koski.Virkailija.Benchmarks;

/// <summary>
/// Open pages (Blazor Server circuits) against the server's memory, and interaction latency with many of them active.
/// The app runs as a child process of its Release build (so the load client's own memory is not counted) on a fresh
/// SQLite file with the demo data and the development sign-in; its memory is read from its diagnostics report
/// (<c>/_diagnostiikka/piirit</c>, only mapped with <c>Piirit:Diagnostiikka=true</c>) and /proc. The client speaks
/// Blazor's circuit protocol (<see cref="Piiriasiakas"/>), so no browser runs: a circuit here costs the server what
/// a browser tab costs it.
/// <para>Usage: <c>piirit [circuits] [active] [rounds] [pages] [think ms] [DOTNET_X=Y ...] [--App:Key=Value ...]</c>,
/// pages a comma list of <c>oppijat</c> (student list and search), <c>haku</c> (the same page with a search result),
/// <c>oppija</c> (a learner page). DOTNET_ settings go to the app's environment (e.g. DOTNET_gcServer=0), -- settings
/// to its command line (e.g. --Piirit:DisconnectedCircuitMaxRetained=0).</para>
/// </summary>
public static partial class Piirimittaus
{
    private static readonly string[] Sukunimet = ["kor", "vir", "mäk", "nie", "lai", "hei", "kos", "jär", "leh", "saa"];

    public static async Task AjaAsync(string[] args)
    {
        var luvut = args.Where(a => !a.StartsWith("DOTNET_", StringComparison.Ordinal) && !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var piireja = int.Parse(luvut.ElementAtOrDefault(0) ?? "1000", CultureInfo.InvariantCulture);
        var aktiivisia = Math.Min(piireja, int.Parse(luvut.ElementAtOrDefault(1) ?? "100", CultureInfo.InvariantCulture));
        var kierroksia = int.Parse(luvut.ElementAtOrDefault(2) ?? "5", CultureInfo.InvariantCulture);
        var sivut = (luvut.ElementAtOrDefault(3) ?? "oppijat,haku,oppija").Split(',');
        var miettimisaika = int.Parse(luvut.ElementAtOrDefault(4) ?? "2000", CultureInfo.InvariantCulture);
        var ymparisto = args.Where(a => a.StartsWith("DOTNET_", StringComparison.Ordinal) && a.Contains('='))
            .Select(a => (Nimi: a[..a.IndexOf('=')], Arvo: a[(a.IndexOf('=') + 1)..])).ToList();
        var sovellukselle = args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToList();

        Console.WriteLine($"Piirit: {piireja} avointa sivua ({string.Join(", ", sivut)}), niistä {aktiivisia} aktiivista × {kierroksia} kierrosta " +
            $"(haku + sivunvaihto, miettimisaika 0–{2 * miettimisaika} ms); sovellus Release-käännöksenä omana prosessinaan " +
            $"{string.Join(' ', ymparisto.Select(e => $"{e.Nimi}={e.Arvo}").Concat(sovellukselle))}");
        await using var sovellus = await Sovellusprosessi.KaynnistaAsync(ymparisto, sovellukselle);
        var lepo = await sovellus.MuistiAsync(keraa: true);
        Console.WriteLine($"Käynnistetty, ei sivuja: {lepo}   ({Kuorma.Nyt()})");

        // One session per 50 pages: officials' own sessions cost the database, not the circuit.
        var istuntoja = Math.Max(1, piireja / 50);
        var istunnot = new List<Virkailijaistunto>();
        for (var i = 0; i < istuntoja; i++) istunnot.Add(await Virkailijaistunto.KirjauduAsync(sovellus.Osoite, "katselija"));
        string? oppijaOid = null, hakusivu = "";
        foreach (var alku in Sukunimet)
        {
            hakusivu = await istunnot[0].HaeSivuAsync($"oppijat?haku={Uri.EscapeDataString(alku)}");
            if (OppijaLinkki().Match(hakusivu) is { Success: true } m) { oppijaOid = m.Groups[1].Value; break; }
        }
        if (oppijaOid is null)
            throw new InvalidOperationException("Haku ei löytänyt demo-oppijaa: " + hakusivu[Math.Max(0, hakusivu.IndexOf("<main", StringComparison.Ordinal))..][..Math.Min(3000, hakusivu.Length)]);
        string Polku(int i) => sivut[i % sivut.Length] switch
        {
            "haku" => $"/oppijat?haku={Sukunimet[i % Sukunimet.Length]}",
            "oppija" => $"/oppijat/{oppijaOid}",
            var muu when muu.StartsWith('/') => muu,
            _ => "/oppijat",
        };

        var asiakkaat = new Piiriasiakas?[piireja];
        var avausajat = new double[piireja];
        var kello = Stopwatch.StartNew();
        var virheita = 0;
        // At an even pace over a minute, as pages opened at random times: each circuit's session check runs once a
        // minute from its start, so pages opened in one burst would check in one burst, and the active phase would
        // meet all of their checks or none (p95 40–67 ms or 350 ms on SQLite in otherwise equal runs).
        var avausvali = TimeSpan.FromMinutes(1) / piireja;
        var avausalku = Stopwatch.GetTimestamp();
        async Task AvaaAsync(int alku, int loppu) =>
            await Parallel.ForAsync(alku, loppu, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
            {
                var vuoro = avausvali * i - Stopwatch.GetElapsedTime(avausalku);
                if (vuoro > TimeSpan.Zero) await Task.Delay(vuoro, ct);
                var hetki = Stopwatch.GetTimestamp();
                try
                {
                    asiakkaat[i] = await Piiriasiakas.AvaaAsync(istunnot[i % istuntoja], Polku(i), ct: ct);
                }
                catch (Exception e) when (e is InvalidOperationException or TimeoutException or HttpRequestException or IOException
                    or Microsoft.AspNetCore.SignalR.HubException or System.Net.WebSockets.WebSocketException)
                {
                    if (Interlocked.Increment(ref virheita) <= 3) Console.WriteLine($"  sivun {i} avaus epäonnistui: {e.Message}");
                }
                avausajat[i] = Stopwatch.GetElapsedTime(hetki).TotalMilliseconds;
            });
        // In two halves: the second half's cost is the marginal cost of a page, free of what the first pages of a kind
        // load once for all (code lists, compiled queries, JIT).
        await AvaaAsync(0, piireja / 2);
        await Task.Delay(TimeSpan.FromSeconds(3));
        var puolet = await sovellus.MuistiAsync(keraa: true);
        await AvaaAsync(piireja / 2, piireja);
        var auki = asiakkaat.Count(a => a is not null);
        Array.Sort(avausajat);
        Console.WriteLine($"Avattu {auki}/{piireja} sivua {kello.Elapsed.TotalSeconds:0} s:ssa, avaus p50 {Persentiili(avausajat, 0.5):0} ms " +
            $"p95 {Persentiili(avausajat, 0.95):0} ms   ({Kuorma.Nyt()})");

        // Idle: what the held circuits cost, as the process holds them and as live objects after a full collection.
        await Task.Delay(TimeSpan.FromSeconds(5));
        var levossa = await sovellus.MuistiAsync(keraa: false);
        var kerattyna = await sovellus.MuistiAsync(keraa: true);
        Console.WriteLine($"Levossa:            {levossa}");
        Console.WriteLine($"Täyden GC:n jälkeen: {kerattyna}");
        Tulosta("Sivua kohden (levossa)", levossa, lepo);
        Tulosta("Sivua kohden (täyden GC:n jälkeen)", kerattyna, lepo);
        Tulosta("Jälkimmäinen puolisko (rajakustannus)", kerattyna, puolet, lepo);
        // Time to take a heap snapshot of the idle circuits (dotnet-gcdump collect -p PID): PIIRIT_TAUKO=seconds.
        if (int.TryParse(Environment.GetEnvironmentVariable("PIIRIT_TAUKO"), out var tauko) && tauko > 0)
        {
            Console.WriteLine($"Tauko {tauko} s, sovelluksen prosessi {sovellus.Pid}");
            await Task.Delay(TimeSpan.FromSeconds(tauko));
        }

        var hiljaisuus = TimeSpan.FromMilliseconds(150);
        var haut = new List<double>();
        var sivunvaihdot = new List<double>();
        var aktiiviset = asiakkaat.Where(a => a is not null).Take(aktiivisia).ToList();
        if (aktiiviset.Count == 0) kierroksia = 0;
        async Task AjaAsync(IEnumerable<Piiriasiakas> ajettavat, int kierrokset, int siemen) =>
            await Parallel.ForEachAsync(ajettavat.Select((a, i) => (Asiakas: a, Nro: i)),
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, aktiiviset.Count) }, async (k, ct) =>
                {
                    var satunnainen = new Random(siemen + k.Nro);
                    await Task.Delay(satunnainen.Next(0, 2 * miettimisaika + 1), ct);
                    for (var r = 0; r < kierrokset; r++)
                    {
                        try
                        {
                            var haku = await k.Asiakas.NavigoiAsync($"/oppijat?haku={Sukunimet[satunnainen.Next(Sukunimet.Length)]}", hiljaisuus, ct);
                            lock (haut) haut.Add(haku.TotalMilliseconds);
                            await Task.Delay(satunnainen.Next(0, 2 * miettimisaika + 1), ct);
                            var sivu = await k.Asiakas.NavigoiAsync($"/oppijat?sivu={satunnainen.Next(2, 6)}", hiljaisuus, ct);
                            lock (sivunvaihdot) sivunvaihdot.Add(sivu.TotalMilliseconds);
                            await Task.Delay(satunnainen.Next(0, 2 * miettimisaika + 1), ct);
                        }
                        catch (TimeoutException e)
                        {
                            if (Interlocked.Increment(ref virheita) <= 6) Console.WriteLine($"  vuorovaikutus epäonnistui: {e.Message}");
                        }
                    }
                });

        // Warm-up: the interactions' code is JIT-compiled and re-compiled by tiers for a minute or so after start; a
        // third of the app's CPU in a short measured phase was that, not the interactions' steady cost. Up to 50 pages
        // interact twice (PIIRIT_LAMMITYS=0 skips it), then the measurement waits for the JIT to settle.
        var lammityskierroksia = int.TryParse(Environment.GetEnvironmentVariable("PIIRIT_LAMMITYS"), out var l) ? l : 2;
        if (lammityskierroksia > 0 && aktiiviset.Count > 0)
        {
            kello.Restart();
            await AjaAsync(aktiiviset.Take(50).Select(a => a!), lammityskierroksia, 1000);
            var jit = await sovellus.MuistiAsync(keraa: false);
            for (var odotus = 0; odotus < 60; odotus++)
            {
                await Task.Delay(TimeSpan.FromSeconds(2));
                var nyt = await sovellus.MuistiAsync(keraa: false);
                var valmis = nyt.JitMetodeja - jit.JitMetodeja < 20;
                jit = nyt;
                if (valmis) break;
            }
            Console.WriteLine($"Lämmitys: {haut.Count + sivunvaihdot.Count} vuorovaikutusta, {kello.Elapsed.TotalSeconds:0} s, JIT {jit.JitAika / 1000:0.0} s " +
                $"{jit.JitMetodeja} metodia käynnistyksestä   ({Kuorma.Nyt()})");
            haut.Clear();
            sivunvaihdot.Clear();
        }

        // Active: M of the open pages search and change page, each with think time between interactions.
        var ennen = await Kulutus.MittaaAsync(sovellus);
        var kone = Kuorma.Suoritin();
        kello.Restart();
        await AjaAsync(aktiiviset.Select(a => a!), kierroksia, 0);
        var kesto = kello.Elapsed.TotalSeconds;
        var jalkeen = await Kulutus.MittaaAsync(sovellus);
        var kaikki = haut.Concat(sivunvaihdot).Order().ToArray();
        Console.WriteLine($"Aktiivisia {aktiiviset.Count}: {kaikki.Length} vuorovaikutusta {kesto:0} s:ssa ({kaikki.Length / kesto:0.0}/s), " +
            $"muut {auki - aktiiviset.Count} sivua auki levossa");
        Console.WriteLine($"  {"Haku (navigointi ?haku=…)",-40} p50 {Persentiili(haut.Order().ToArray(), 0.5),6:0} ms   p95 {Persentiili(haut.Order().ToArray(), 0.95),6:0} ms");
        Console.WriteLine($"  {"Sivunvaihto (?sivu=…)",-40} p50 {Persentiili(sivunvaihdot.Order().ToArray(), 0.5),6:0} ms   p95 {Persentiili(sivunvaihdot.Order().ToArray(), 0.95),6:0} ms");
        Console.WriteLine($"  {"Kaikki vuorovaikutukset",-40} p50 {Persentiili(kaikki, 0.5),6:0} ms   p95 {Persentiili(kaikki, 0.95),6:0} ms   " +
            $"(tavoite p95 ≤ 100 ms; {Kuorma.Nyt()})");
        // CPU and allocation per interaction, the app and this load client apart (they share the machine): what decides
        // how many cores a number of active users needs, and far less sensitive to other load than latency is.
        var n = Math.Max(1, kaikki.Length);
        Console.WriteLine($"  {"Suoritinaika / vuorovaikutus",-40} sovellus {(jalkeen.SovellusCpu - ennen.SovellusCpu).TotalMilliseconds / n,6:0.00} ms   " +
            $"kuormittaja {(jalkeen.AsiakasCpu - ennen.AsiakasCpu).TotalMilliseconds / n,6:0.00} ms   " +
            $"(sovellus {(jalkeen.SovellusCpu - ennen.SovellusCpu).TotalSeconds / kesto:0.00} ydintä käytössä, siitä JIT " +
            $"{(jalkeen.SovellusJit - ennen.SovellusJit) / n:0.00} ms ja {(jalkeen.JitMetodeja - ennen.JitMetodeja) / (double)n:0.00} metodia / vuorovaikutus; " +
            $"{Kuorma.Kaytossa(kone, TimeSpan.FromSeconds(kesto))})");
        Console.WriteLine($"  {"Varattu muisti / vuorovaikutus",-40} sovellus {(jalkeen.SovellusVarattu - ennen.SovellusVarattu) / 1024.0 / n,6:0} KB   " +
            $"kuormittaja {(jalkeen.AsiakasVarattu - ennen.AsiakasVarattu) / 1024.0 / n,6:0} KB");
        var aktiivisena = await sovellus.MuistiAsync(keraa: false);
        Console.WriteLine($"Aktiivisten jälkeen: {aktiivisena}");

        // The browsers leave without saying goodbye (network gone, laptop shut): what the server keeps for a reconnect.
        foreach (var a in asiakkaat)
            if (a is not null) await a.DisposeAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));
        var lahteneet = await sovellus.MuistiAsync(keraa: true);
        Console.WriteLine($"Selaimet lähteneet:  {lahteneet}   (katkenneita piirejä säilytetään uudelleenyhteyttä varten)");
        Console.WriteLine($"Virheitä {virheita}; {Kuorma.Nyt()}");
        foreach (var istunto in istunnot) istunto.Dispose();
    }

    private static void Tulosta(string otsikko, Muisti nyt, Muisti alussa, Muisti? kaynnistetty = null)
    {
        var pohja = kaynnistetty ?? alussa;
        var n = Math.Max(1, nyt.Piireja - alussa.Piireja);
        var ws = (nyt.Tyojoukko - alussa.Tyojoukko) / (double)n / 1024;
        var keko = (nyt.GcKeko - alussa.GcKeko) / (double)n / 1024;
        Console.WriteLine($"{otsikko,-38} työjoukko {ws,7:0} KB, GC-keko {keko,7:0} KB   → 5 000 sivua: työjoukko " +
            $"{(pohja.Tyojoukko + ws * 1024 * 5000) / 1024 / 1024 / 1024:0.00} GB (tavoite ≤ 2 GB)");
    }

    private static double Persentiili(double[] jarjestetty, double osuus) =>
        jarjestetty.Length == 0 ? double.NaN : jarjestetty[Math.Clamp((int)Math.Ceiling(jarjestetty.Length * osuus) - 1, 0, jarjestetty.Length - 1)];

    [GeneratedRegex(@"href=""oppijat/(1\.2\.246\.562\.24\.\d+)""")]
    private static partial Regex OppijaLinkki();

    /// <summary>CPU time (user + system, from /proc) and bytes allocated so far by the app's process and by this one.</summary>
    private sealed record Kulutus(TimeSpan SovellusCpu, TimeSpan AsiakasCpu, long SovellusVarattu, long AsiakasVarattu, double SovellusJit,
        int JitMetodeja)
    {
        public static async Task<Kulutus> MittaaAsync(Sovellusprosessi sovellus)
        {
            var muisti = await sovellus.MuistiAsync(keraa: false);
            using var oma = Process.GetCurrentProcess();
            return new(sovellus.Suoritinaika(), oma.TotalProcessorTime, muisti.VarattuKaikkiaan, GC.GetTotalAllocatedBytes(false), muisti.JitAika,
                muisti.JitMetodeja);
        }
    }

    public sealed record Muisti(int Piireja, int Yhteydessa, long Tyojoukko, long GcKeko, long GcVarattu, long GcElossa, bool PalvelinGc,
        long VarattuKaikkiaan = 0, int JitMetodeja = 0, double JitAika = 0)
    {
        public override string ToString() =>
            $"piirejä {Piireja,5} (yhteydessä {Yhteydessa,5}), työjoukko {Tyojoukko / 1048576.0,7:0} MB, GC-keko {GcKeko / 1048576.0,7:0} MB, " +
            $"GC:n varaama {GcVarattu / 1048576.0,7:0} MB{(PalvelinGc ? "" : " (workstation GC)")}";
    }
}
