using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Organisaatiot;
using Koski.Virkailija.Testaus;
using Npgsql;

namespace Koski.Virkailija.Benchmarks;

/// <summary>
/// Ingest as a source system sees it: <c>PUT /koski/api/oppija</c> over HTTP with Basic auth, to the app's Release build
/// in its own process on a fresh PostgreSQL database (KOSKI's code lists and the real organisations imported at start;
/// the demo data adds Opetushallitus, the organisation of the account that sends). The same documents as <see cref="Tiedonsiirtomittaus"/>; on top of the service it counts
/// Kestrel, the strict JSON reader, authentication, the per-account rate limiter (raised here: it is a deployment's
/// choice, 50 requests/s per account by default), the transfer log and the JSON answer. The app's CPU is read from
/// /proc, apart from this client's.
/// </summary>
public static class TiedonsiirtoHttpMittaus
{
    private const string Tunnus = "mittaus-oph";
    private const string Salasana = "mittaus-salasana-ei-tuotantoon";

    public static async Task AjaAsync(int maara, int rinnakkaisia)
    {
        var yhteys = PostgresPalvelin.UusiTietokanta();
        Console.WriteLine($"Tiedonsiirto HTTP:n yli: Postgres, lämmittely {Tiedonsiirtomittaus.Lammittely} dokumenttia, sitten {maara}"
            + $" dokumenttia peräkkäin ja {maara} {rinnakkaisia} rinnakkaisella lähettäjällä; sovellus Release-käännöksenä omana prosessinaan");
        await using var sovellus = await Sovellusprosessi.KaynnistaAsync([],
        [
            "--Database:Provider=Postgres", $"--Database:Postgres={yhteys}",
            $"--Seed:OrganisaatioHierarkia={Jaettu.Hierarkia}",
            $"--Seed:Palvelukayttajat:9:Tunnus={Tunnus}", $"--Seed:Palvelukayttajat:9:Salasana={Salasana}",
            $"--Seed:Palvelukayttajat:9:Organisaatio={Organisaatio.JuuriOid}",
            "--Tiedonsiirto:PyyntojaSekunnissa=1000000", "--Tiedonsiirto:PyyntojaPurskeessa=1000000",
        ]);
        using var http = new HttpClient { BaseAddress = sovellus.Osoite, Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Tunnus}:{Salasana}")));
        var esimerkit = Directory.GetFiles(Jaettu.Esimerkit, "*.json").Order()
            .Select(f => JsonNode.Parse(File.ReadAllText(f))!.AsObject()).ToList();
        await using var tietokanta = NpgsqlDataSource.Create(yhteys);

        await MittaaAsync("lämmittely", 0, Tiedonsiirtomittaus.Lammittely, rinnakkaisia);
        // As Tiedonsiirtomittaus: a running service's tables have statistics.
        await using (var analyysi = tietokanta.CreateCommand("ANALYZE")) await analyysi.ExecuteNonQueryAsync();
        var perakkain = await MittaaAsync("peräkkäin", Tiedonsiirtomittaus.Lammittely, maara, 1);
        var rinnakkain = await MittaaAsync($"{rinnakkaisia} rinnakkain", Tiedonsiirtomittaus.Lammittely + maara, maara, rinnakkaisia);

        // The floor: one INSERT of the same JSON per transaction from this process, same senders.
        await using (var taulu = tietokanta.CreateCommand("CREATE TABLE lattia (id INTEGER PRIMARY KEY, json TEXT NOT NULL)"))
            await taulu.ExecuteNonQueryAsync();
        var lattiaPerakkain = await LattiaAsync(Tiedonsiirtomittaus.Lammittely, maara, 1);
        var lattiaRinnakkain = await LattiaAsync(Tiedonsiirtomittaus.Lammittely + maara, maara, rinnakkaisia);
        Console.WriteLine($"  lattia peräkkäin {maara / lattiaPerakkain.TotalSeconds,7:0} dokumenttia/s, tiedonsiirron aika {perakkain / lattiaPerakkain:0.0}× lattian;"
            + $" {rinnakkaisia} rinnakkain {maara / lattiaRinnakkain.TotalSeconds,7:0} dokumenttia/s, tiedonsiirron aika {rinnakkain / lattiaRinnakkain:0.0}× lattian"
            + $"   ({Kuorma.Nyt()})");

        async Task<TimeSpan> MittaaAsync(string nimi, int alku, int lukumaara, int lahettajia)
        {
            // Serialised before the clock starts: a source system's own work is not the service's.
            var rungot = Enumerable.Range(alku, lukumaara)
                .Select(i => Encoding.UTF8.GetBytes(Tiedonsiirtomittaus.Dokumentti(esimerkit[i % esimerkit.Count], i).ToJsonString())).ToArray();
            var sovelluksenCpu = sovellus.Suoritinaika();
            var asiakkaanCpu = Process.GetCurrentProcess().TotalProcessorTime;
            var kone = Kuorma.Suoritin();
            var kello = Stopwatch.StartNew();
            await LahetaAsync(alku, lukumaara, lahettajia, async i =>
            {
                using var sisalto = new ByteArrayContent(rungot[i - alku]);
                sisalto.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                using var vastaus = await http.PutAsync("koski/api/oppija", sisalto);
                if (!vastaus.IsSuccessStatusCode)
                    throw new InvalidOperationException($"Dokumentti {i}: {(int)vastaus.StatusCode} {await vastaus.Content.ReadAsStringAsync()}");
            });
            var kesto = kello.Elapsed;
            var sovellukselta = sovellus.Suoritinaika() - sovelluksenCpu;
            var asiakkaalta = Process.GetCurrentProcess().TotalProcessorTime - asiakkaanCpu;
            // What the machine spent besides the app and this client: PostgreSQL, mostly.
            var muilta = Kuorma.Suoritin().Kiireinen - kone.Kiireinen - sovellukselta - asiakkaalta;
            Console.WriteLine($"  {nimi,-16} {lukumaara,7} dokumenttia {kesto.TotalSeconds,6:0.0} s = {lukumaara / kesto.TotalSeconds,7:0} dokumenttia/s"
                + $"   CPU ms/dok: sovellus {sovellukselta.TotalMilliseconds / lukumaara:0.00}, asiakas {asiakkaalta.TotalMilliseconds / lukumaara:0.00},"
                + $" muut (tietokanta) {muilta.TotalMilliseconds / lukumaara:0.00}; {Kuorma.Kaytossa(kone, kesto)}   ({Kuorma.Nyt()})");
            return kesto;
        }

        async Task<TimeSpan> LattiaAsync(int alku, int lukumaara, int lahettajia)
        {
            var kello = Stopwatch.StartNew();
            await LahetaAsync(alku, lukumaara, lahettajia, async i =>
            {
                await using var db = await tietokanta.OpenConnectionAsync();
                await using var tx = await db.BeginTransactionAsync();
                await using var lisays = new NpgsqlCommand("INSERT INTO lattia (id, json) VALUES ($1, $2)", db, tx)
                {
                    Parameters = { new() { Value = i }, new() { Value = Tiedonsiirtomittaus.Dokumentti(esimerkit[i % esimerkit.Count], i).ToJsonString() } },
                };
                await lisays.ExecuteNonQueryAsync();
                await tx.CommitAsync();
            });
            return kello.Elapsed;
        }
    }

    /// <summary>Documents <paramref name="alku"/>… shared out to <paramref name="lahettajia"/> senders, each one at a time.</summary>
    private static Task LahetaAsync(int alku, int lukumaara, int lahettajia, Func<int, Task> laheta)
    {
        var seuraava = alku - 1;
        return Task.WhenAll(Enumerable.Range(0, lahettajia).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref seuraava)) < alku + lukumaara) await laheta(i);
        }));
    }
}
