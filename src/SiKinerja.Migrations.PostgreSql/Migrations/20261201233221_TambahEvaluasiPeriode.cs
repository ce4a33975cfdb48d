using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SiKinerja.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class TambahEvaluasiPeriode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EvaluasiPeriode",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SkpId = table.Column<int>(type: "integer", nullable: false),
                    PeriodeEvaluasiId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RatingHasil = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    RatingPerilaku = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Predikat = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Catatan = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    FinalUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DiterimaUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    KeberatanUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AlasanKeberatan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    KeberatanDiterima = table.Column<bool>(type: "boolean", nullable: true),
                    CatatanKeputusanKeberatan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluasiPeriode", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluasiPeriode_PeriodeEvaluasi_PeriodeEvaluasiId",
                        column: x => x.PeriodeEvaluasiId,
                        principalTable: "PeriodeEvaluasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvaluasiPeriode_Skp_SkpId",
                        column: x => x.SkpId,
                        principalTable: "Skp",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RiwayatEvaluasi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EvaluasiPeriodeId = table.Column<int>(type: "integer", nullable: false),
                    Peristiwa = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Dari = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Ke = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PelakuNip = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    WaktuUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Catatan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiwayatEvaluasi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiwayatEvaluasi_EvaluasiPeriode_EvaluasiPeriodeId",
                        column: x => x.EvaluasiPeriodeId,
                        principalTable: "EvaluasiPeriode",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluasiPeriode_PeriodeEvaluasiId_Status",
                table: "EvaluasiPeriode",
                columns: new[] { "PeriodeEvaluasiId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluasiPeriode_SkpId_PeriodeEvaluasiId",
                table: "EvaluasiPeriode",
                columns: new[] { "SkpId", "PeriodeEvaluasiId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RiwayatEvaluasi_EvaluasiPeriodeId",
                table: "RiwayatEvaluasi",
                column: "EvaluasiPeriodeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RiwayatEvaluasi");

            migrationBuilder.DropTable(
                name: "EvaluasiPeriode");
        }
    }
}
