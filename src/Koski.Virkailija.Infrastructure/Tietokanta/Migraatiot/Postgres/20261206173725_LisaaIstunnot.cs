using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Koski.Virkailija.Infrastructure.Tietokanta.Migraatiot.Postgres
{
    /// <inheritdoc />
    public partial class LisaaIstunnot : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "istunto",
                columns: table => new
                {
                    tiiviste = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    tunniste = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    virkailija_id = table.Column<long>(type: "bigint", nullable: true),
                    tiketti = table.Column<byte[]>(type: "bytea", nullable: false),
                    alkanut = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    vanhenee = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    paattyy = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_istunto", x => x.tiiviste);
                });

            migrationBuilder.CreateIndex(
                name: "ix_istunto_tunniste",
                table: "istunto",
                column: "tunniste");

            migrationBuilder.CreateIndex(
                name: "ix_istunto_vanhenee",
                table: "istunto",
                column: "vanhenee");

            migrationBuilder.CreateIndex(
                name: "ix_istunto_virkailija_id",
                table: "istunto",
                column: "virkailija_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "istunto");
        }
    }
}
