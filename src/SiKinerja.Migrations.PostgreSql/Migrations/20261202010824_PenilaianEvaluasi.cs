using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SiKinerja.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class PenilaianEvaluasi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PenilaianPerilaku",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EvaluasiPeriodeId = table.Column<int>(type: "integer", nullable: false),
                    Nilai = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Rating = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    UmpanBalik = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PenilaianPerilaku", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PenilaianPerilaku_EvaluasiPeriode_EvaluasiPeriodeId",
                        column: x => x.EvaluasiPeriodeId,
                        principalTable: "EvaluasiPeriode",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PenilaianRhk",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EvaluasiPeriodeId = table.Column<int>(type: "integer", nullable: false),
                    RhkKunci = table.Column<Guid>(type: "uuid", nullable: false),
                    Kategori = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    UmpanBalik = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PenilaianRhk", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PenilaianRhk_EvaluasiPeriode_EvaluasiPeriodeId",
                        column: x => x.EvaluasiPeriodeId,
                        principalTable: "EvaluasiPeriode",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PenilaianPerilaku_EvaluasiPeriodeId_Nilai",
                table: "PenilaianPerilaku",
                columns: new[] { "EvaluasiPeriodeId", "Nilai" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PenilaianRhk_EvaluasiPeriodeId_RhkKunci",
                table: "PenilaianRhk",
                columns: new[] { "EvaluasiPeriodeId", "RhkKunci" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PenilaianPerilaku");

            migrationBuilder.DropTable(
                name: "PenilaianRhk");
        }
    }
}
