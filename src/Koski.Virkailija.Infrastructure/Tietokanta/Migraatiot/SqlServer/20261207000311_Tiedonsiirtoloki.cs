using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Koski.Virkailija.Infrastructure.Tietokanta.Migraatiot.SqlServer
{
    /// <inheritdoc />
    public partial class Tiedonsiirtoloki : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "tiedonsiirto",
                columns: table => new
                {
                    id = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    tallentaja_organisaatio_oid = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    kayttaja_oid = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    kayttajatunnus = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: true),
                    oppilaitos_oid = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    koulutusmuoto = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    lahdejarjestelma = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    oppija_oid = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    hetu = table.Column<string>(type: "nvarchar(11)", maxLength: 11, nullable: true),
                    etunimet = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    sukunimi = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    onnistui = table.Column<bool>(type: "bit", nullable: false),
                    virheet = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    data = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    aikaleima = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tiedonsiirto", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_tiedonsiirto_aikaleima",
                table: "tiedonsiirto",
                column: "aikaleima");

            migrationBuilder.CreateIndex(
                name: "ix_tiedonsiirto_oppilaitos_aikaleima",
                table: "tiedonsiirto",
                columns: new[] { "oppilaitos_oid", "aikaleima" });

            migrationBuilder.CreateIndex(
                name: "ix_tiedonsiirto_tallentaja_aikaleima",
                table: "tiedonsiirto",
                columns: new[] { "tallentaja_organisaatio_oid", "aikaleima" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "tiedonsiirto");
        }
    }
}
