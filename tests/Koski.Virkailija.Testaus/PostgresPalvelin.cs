using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Koski.Virkailija.Testaus;

/// <summary>
/// A real PostgreSQL server for tests. Uses KOSKI_TEST_POSTGRES (an admin connection string) when set; otherwise
/// starts a throwaway cluster of the machine's PostgreSQL (initdb + pg_ctl) on a free loopback port, once per test
/// process, and removes it when the process ends. Each caller gets a database of its own.
/// </summary>
public static class PostgresPalvelin
{
    private static readonly Lazy<string> Yllapito = new(Kaynnista, LazyThreadSafetyMode.ExecutionAndPublication);
    private static string? klusteri;

    /// <summary>Creates a new empty database and returns its connection string.</summary>
    public static string UusiTietokanta()
    {
        var nimi = "koski_" + Guid.NewGuid().ToString("N")[..12];
        using (var yhteys = new NpgsqlConnection(Yllapito.Value))
        {
            yhteys.Open();
            using var komento = new NpgsqlCommand($"CREATE DATABASE {nimi}", yhteys);
            komento.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(Yllapito.Value) { Database = nimi, Pooling = true }.ToString();
    }

    /// <summary>Runs <paramref name="sql"/> as the server's administrator, e.g. to take a test's database out of service.</summary>
    public static void YllapitajanaAja(string sql)
    {
        using var yhteys = new NpgsqlConnection(Yllapito.Value);
        yhteys.Open();
        using var komento = new NpgsqlCommand(sql, yhteys);
        komento.ExecuteNonQuery();
    }

    private static string Kaynnista()
    {
        if (Environment.GetEnvironmentVariable("KOSKI_TEST_POSTGRES") is { Length: > 0 } annettu) return annettu;

        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        if (bin is null)
            throw new InvalidOperationException(
                "PostgreSQL ei ole asennettu (initdb puuttuu). Aja ./test.sh, joka asentaa sen, tai aseta KOSKI_TEST_POSTGRES.");

        klusteri = Path.Combine(Path.GetTempPath(), $"koski-pg-{Environment.ProcessId}-{Guid.NewGuid():N}"[..40]);
        Directory.CreateDirectory(klusteri);
        var root = Environment.UserName == "root";
        if (root) Aja("chown", $"postgres:postgres {klusteri}", false);
        var portti = VapaaPortti();
        Aja(Path.Combine(bin, "initdb"), $"-D {klusteri}/data -U postgres -A trust -E UTF8 --locale=C --no-sync", root);
        Aja(Path.Combine(bin, "pg_ctl"),
            $"-D {klusteri}/data -l {klusteri}/postgres.log -w -t 60 start " +
            $"-o \"-p {portti} -k {klusteri} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off " +
            "-c full_page_writes=off -c max_connections=200\"", root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Pysayta(bin, root);
        return $"Host=127.0.0.1;Port={portti};Username=postgres;Database=postgres;Timeout=30";
    }

    private static void Pysayta(string bin, bool root)
    {
        if (klusteri is null) return;
        try
        {
            Aja(Path.Combine(bin, "pg_ctl"), $"-D {klusteri}/data -m immediate -w stop", root);
        }
        finally
        {
            Directory.Delete(klusteri, recursive: true);
        }
    }

    private static int VapaaPortti()
    {
        using var kuuntelija = new TcpListener(IPAddress.Loopback, 0);
        kuuntelija.Start();
        return ((IPEndPoint)kuuntelija.LocalEndpoint).Port;
    }

    /// <summary>PostgreSQL refuses to run as root: as root, the server's tools run as the postgres user.</summary>
    private static void Aja(string ohjelma, string argumentit, bool postgresKayttajana)
    {
        var info = postgresKayttajana
            ? new ProcessStartInfo("runuser", $"-u postgres -- {ohjelma} {argumentit}")
            : new ProcessStartInfo(ohjelma, argumentit);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        using var prosessi = Process.Start(info)!;
        var tuloste = prosessi.StandardOutput.ReadToEndAsync();
        var virheet = prosessi.StandardError.ReadToEnd();
        prosessi.WaitForExit();
        if (prosessi.ExitCode != 0)
            throw new InvalidOperationException($"{ohjelma} {argumentit} päättyi koodiin {prosessi.ExitCode}: {virheet}{tuloste.Result}");
    }
}
