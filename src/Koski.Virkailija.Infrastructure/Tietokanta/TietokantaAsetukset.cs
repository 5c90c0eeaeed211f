namespace Koski.Virkailija.Infrastructure.Tietokanta;

/// <summary>Configuration section "Database".</summary>
public sealed class TietokantaAsetukset
{
    public const string Osio = "Database";

    /// <summary>"Sqlite" (default), "Postgres" or "SqlServer".</summary>
    public string Provider { get; set; } = "Sqlite";
    public string Sqlite { get; set; } = "Data Source=data/koski-virkailija.db";
    public string Postgres { get; set; } = "";
    public string SqlServer { get; set; } = "";

    /// <summary>
    /// A read replica of the same provider for reports and bulk handovers (<see cref="Application.Tietokanta.Lukutietokanta"/>);
    /// empty: they read the primary.
    /// </summary>
    public string Lukukopio { get; set; } = "";

    /// <summary>The provider's canonical name (<see cref="TarjoajanMigraatiot.Sqlite"/> …); an unknown name stops the start.</summary>
    public string Tarjoaja => new[] { TarjoajanMigraatiot.Sqlite, TarjoajanMigraatiot.Postgres, TarjoajanMigraatiot.SqlServer }
        .FirstOrDefault(t => string.Equals(t, Provider, StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidOperationException($"Database:Provider {Provider} ei ole Sqlite, Postgres eikä SqlServer.");
}
