using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SiKinerja.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class DokumenResmi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DokumenTercetak",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Jenis = table.Column<int>(type: "integer", nullable: false),
                    Id1 = table.Column<int>(type: "integer", nullable: false),
                    Id2 = table.Column<int>(type: "integer", nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Judul = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DicetakOleh = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DicetakUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DokumenTercetak", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TugasCetak",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Jenis = table.Column<int>(type: "integer", nullable: false),
                    PeriodeEvaluasiId = table.Column<int>(type: "integer", nullable: true),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    UnitKerjaId = table.Column<int>(type: "integer", nullable: false),
                    TermasukSubunit = table.Column<bool>(type: "boolean", nullable: false),
                    Gabung = table.Column<bool>(type: "boolean", nullable: false),
                    AlamatVerifikasi = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DibuatOleh = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DibuatUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    MulaiUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SelesaiUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    Selesai = table.Column<int>(type: "integer", nullable: false),
                    Dilewati = table.Column<int>(type: "integer", nullable: false),
                    CatatanJson = table.Column<string>(type: "text", nullable: true),
                    KodeGalat = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    BerkasZip = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    BerkasGabungan = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    UkuranByte = table.Column<long>(type: "bigint", nullable: false),
                    Percobaan = table.Column<int>(type: "integer", nullable: false),
                    Pemilik = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DetakUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TugasCetak", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TugasCetak_PeriodeEvaluasi_PeriodeEvaluasiId",
                        column: x => x.PeriodeEvaluasiId,
                        principalTable: "PeriodeEvaluasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TugasCetak_UnitKerja_UnitKerjaId",
                        column: x => x.UnitKerjaId,
                        principalTable: "UnitKerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DokumenTercetak_Jenis_Id1_Id2_Hash",
                table: "DokumenTercetak",
                columns: new[] { "Jenis", "Id1", "Id2", "Hash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DokumenTercetak_Kode",
                table: "DokumenTercetak",
                column: "Kode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TugasCetak_DibuatUtc",
                table: "TugasCetak",
                column: "DibuatUtc");

            migrationBuilder.CreateIndex(
                name: "IX_TugasCetak_PeriodeEvaluasiId",
                table: "TugasCetak",
                column: "PeriodeEvaluasiId");

            migrationBuilder.CreateIndex(
                name: "IX_TugasCetak_Status",
                table: "TugasCetak",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_TugasCetak_UnitKerjaId",
                table: "TugasCetak",
                column: "UnitKerjaId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DokumenTercetak");

            migrationBuilder.DropTable(
                name: "TugasCetak");
        }
    }
}
