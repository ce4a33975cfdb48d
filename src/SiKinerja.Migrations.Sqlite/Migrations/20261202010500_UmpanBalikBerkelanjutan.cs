using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SiKinerja.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class UmpanBalikBerkelanjutan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PermintaanMasukan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SkpId = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodeEvaluasiId = table.Column<int>(type: "INTEGER", nullable: false),
                    RekanPegawaiId = table.Column<int>(type: "INTEGER", nullable: false),
                    DimintaOlehPegawaiId = table.Column<int>(type: "INTEGER", nullable: false),
                    Pesan = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DimintaUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SelesaiUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PermintaanMasukan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PermintaanMasukan_Pegawai_DimintaOlehPegawaiId",
                        column: x => x.DimintaOlehPegawaiId,
                        principalTable: "Pegawai",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PermintaanMasukan_Pegawai_RekanPegawaiId",
                        column: x => x.RekanPegawaiId,
                        principalTable: "Pegawai",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PermintaanMasukan_PeriodeEvaluasi_PeriodeEvaluasiId",
                        column: x => x.PeriodeEvaluasiId,
                        principalTable: "PeriodeEvaluasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PermintaanMasukan_Skp_SkpId",
                        column: x => x.SkpId,
                        principalTable: "Skp",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UmpanBalik",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SkpId = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodeEvaluasiId = table.Column<int>(type: "INTEGER", nullable: false),
                    RhkKunci = table.Column<Guid>(type: "TEXT", nullable: true),
                    NilaiBerakhlak = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Teks = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Jenis = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PermintaanMasukanId = table.Column<int>(type: "INTEGER", nullable: true),
                    PenulisPegawaiId = table.Column<int>(type: "INTEGER", nullable: false),
                    PenulisNip = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DibuatUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DiubahUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UmpanBalik", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UmpanBalik_Pegawai_PenulisPegawaiId",
                        column: x => x.PenulisPegawaiId,
                        principalTable: "Pegawai",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UmpanBalik_PeriodeEvaluasi_PeriodeEvaluasiId",
                        column: x => x.PeriodeEvaluasiId,
                        principalTable: "PeriodeEvaluasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UmpanBalik_PermintaanMasukan_PermintaanMasukanId",
                        column: x => x.PermintaanMasukanId,
                        principalTable: "PermintaanMasukan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UmpanBalik_Skp_SkpId",
                        column: x => x.SkpId,
                        principalTable: "Skp",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PermintaanMasukan_DimintaOlehPegawaiId",
                table: "PermintaanMasukan",
                column: "DimintaOlehPegawaiId");

            migrationBuilder.CreateIndex(
                name: "IX_PermintaanMasukan_PeriodeEvaluasiId",
                table: "PermintaanMasukan",
                column: "PeriodeEvaluasiId");

            migrationBuilder.CreateIndex(
                name: "IX_PermintaanMasukan_RekanPegawaiId_Status",
                table: "PermintaanMasukan",
                columns: new[] { "RekanPegawaiId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_PermintaanMasukan_SkpId_PeriodeEvaluasiId",
                table: "PermintaanMasukan",
                columns: new[] { "SkpId", "PeriodeEvaluasiId" });

            migrationBuilder.CreateIndex(
                name: "IX_UmpanBalik_PenulisPegawaiId",
                table: "UmpanBalik",
                column: "PenulisPegawaiId");

            migrationBuilder.CreateIndex(
                name: "IX_UmpanBalik_PeriodeEvaluasiId",
                table: "UmpanBalik",
                column: "PeriodeEvaluasiId");

            migrationBuilder.CreateIndex(
                name: "IX_UmpanBalik_PermintaanMasukanId",
                table: "UmpanBalik",
                column: "PermintaanMasukanId");

            migrationBuilder.CreateIndex(
                name: "IX_UmpanBalik_SkpId_PeriodeEvaluasiId",
                table: "UmpanBalik",
                columns: new[] { "SkpId", "PeriodeEvaluasiId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UmpanBalik");

            migrationBuilder.DropTable(
                name: "PermintaanMasukan");
        }
    }
}
