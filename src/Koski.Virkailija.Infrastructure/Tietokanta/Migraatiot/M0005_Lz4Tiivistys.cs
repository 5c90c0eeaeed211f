using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Koski.Virkailija.Infrastructure.Tietokanta.Migraatiot;

/// <summary>
/// PostgreSQL compresses the study-right documents (tens of kilobytes, each written twice: the row and its version)
/// with lz4 instead of the default pglz, which costs several times the CPU per write. Rows already stored keep their
/// compression; SQLite does not compress.
/// </summary>
[DbContext(typeof(KoskiDbContext))]
[Migration("202611220005_Lz4Tiivistys")]
public sealed class M0005_Lz4Tiivistys : Migration
{
    protected override void Up(MigrationBuilder mb)
    {
        if (ActiveProvider != "Npgsql.EntityFrameworkCore.PostgreSQL") return;
        // A server built without lz4 keeps pglz: the schema stays the same either way.
        mb.Sql("""
            DO $$
            BEGIN
              IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)) THEN
                ALTER TABLE opiskeluoikeus ALTER COLUMN json SET COMPRESSION lz4;
                ALTER TABLE opiskeluoikeus_versio ALTER COLUMN json SET COMPRESSION lz4;
              END IF;
            END $$;
            """);
    }

    protected override void Down(MigrationBuilder mb)
    {
        if (ActiveProvider != "Npgsql.EntityFrameworkCore.PostgreSQL") return;
        mb.Sql("""
            ALTER TABLE opiskeluoikeus ALTER COLUMN json SET COMPRESSION default;
            ALTER TABLE opiskeluoikeus_versio ALTER COLUMN json SET COMPRESSION default;
            """);
    }
}
