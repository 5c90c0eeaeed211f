using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Infrastructure.Tietokanta;

/// <summary>Maps every property to a snake_case column (OppilaitosOid → oppilaitos_oid), as the migrations name them.</summary>
internal static class SnakeCase
{
    public static void Apply(ModelBuilder model)
    {
        foreach (var entity in model.Model.GetEntityTypes())
            foreach (var property in entity.GetProperties())
                property.SetColumnName(Muunna(property.Name));
    }

    public static string Muunna(string nimi)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < nimi.Length; i++)
        {
            if (char.IsUpper(nimi[i]) && i > 0) sb.Append('_');
            sb.Append(char.ToLowerInvariant(nimi[i]));
        }
        return sb.ToString();
    }
}
