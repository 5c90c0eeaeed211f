namespace Koski.Virkailija.Infrastructure.Tietokanta;

/// <summary>Configuration section "Database".</summary>
public sealed class TietokantaAsetukset
{
    public const string Osio = "Database";

    /// <summary>"Sqlite" (default) or "Postgres".</summary>
    public string Provider { get; set; } = "Sqlite";
    public string Sqlite { get; set; } = "Data Source=data/koski-virkailija.db";
    public string Postgres { get; set; } = "";

    public bool OnPostgres => string.Equals(Provider, "Postgres", StringComparison.OrdinalIgnoreCase);
}
