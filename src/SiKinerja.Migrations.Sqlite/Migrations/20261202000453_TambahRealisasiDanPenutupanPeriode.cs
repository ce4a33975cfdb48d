using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SiKinerja.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TambahRealisasiDanPenutupanPeriode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Ditutup",
                table: "PeriodeEvaluasi",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "DitutupUtc",
                table: "PeriodeEvaluasi",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "UnitKerjaId",
                table: "EvaluasiPeriode",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "PredikatOrganisasiUnit",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitKerjaId = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodeEvaluasiId = table.Column<int>(type: "INTEGER", nullable: false),
                    Predikat = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Catatan = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DitetapkanOlehNip = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DitetapkanUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PredikatOrganisasiUnit", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PredikatOrganisasiUnit_PeriodeEvaluasi_PeriodeEvaluasiId",
                        column: x => x.PeriodeEvaluasiId,
                        principalTable: "PeriodeEvaluasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PredikatOrganisasiUnit_UnitKerja_UnitKerjaId",
                        column: x => x.UnitKerjaId,
                        principalTable: "UnitKerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RealisasiPeriode",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SkpId = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodeEvaluasiId = table.Column<int>(type: "INTEGER", nullable: false),
                    CatatanMandiri = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RealisasiPeriode", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RealisasiPeriode_PeriodeEvaluasi_PeriodeEvaluasiId",
                        column: x => x.PeriodeEvaluasiId,
                        principalTable: "PeriodeEvaluasi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RealisasiPeriode_Skp_SkpId",
                        column: x => x.SkpId,
                        principalTable: "Skp",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RealisasiIki",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RealisasiPeriodeId = table.Column<int>(type: "INTEGER", nullable: false),
                    IkiKunci = table.Column<Guid>(type: "TEXT", nullable: false),
                    RencanaAksi = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RealisasiAngka = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    RealisasiTanggal = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RealisasiTeks = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RealisasiIki", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RealisasiIki_RealisasiPeriode_RealisasiPeriodeId",
                        column: x => x.RealisasiPeriodeId,
                        principalTable: "RealisasiPeriode",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BuktiDukung",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RealisasiIkiId = table.Column<int>(type: "INTEGER", nullable: false),
                    Jenis = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    KunciBerkas = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NamaBerkas = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    UkuranByte = table.Column<long>(type: "INTEGER", nullable: true),
                    JenisKonten = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Keterangan = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DiunggahOlehNip = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DiunggahUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BuktiDukung", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BuktiDukung_RealisasiIki_RealisasiIkiId",
                        column: x => x.RealisasiIkiId,
                        principalTable: "RealisasiIki",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluasiPeriode_UnitKerjaId_PeriodeEvaluasiId",
                table: "EvaluasiPeriode",
                columns: new[] { "UnitKerjaId", "PeriodeEvaluasiId" });

            migrationBuilder.CreateIndex(
                name: "IX_BuktiDukung_RealisasiIkiId",
                table: "BuktiDukung",
                column: "RealisasiIkiId");

            migrationBuilder.CreateIndex(
                name: "IX_PredikatOrganisasiUnit_PeriodeEvaluasiId",
                table: "PredikatOrganisasiUnit",
                column: "PeriodeEvaluasiId");

            migrationBuilder.CreateIndex(
                name: "IX_PredikatOrganisasiUnit_UnitKerjaId_PeriodeEvaluasiId",
                table: "PredikatOrganisasiUnit",
                columns: new[] { "UnitKerjaId", "PeriodeEvaluasiId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RealisasiIki_RealisasiPeriodeId_IkiKunci",
                table: "RealisasiIki",
                columns: new[] { "RealisasiPeriodeId", "IkiKunci" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RealisasiPeriode_PeriodeEvaluasiId",
                table: "RealisasiPeriode",
                column: "PeriodeEvaluasiId");

            migrationBuilder.CreateIndex(
                name: "IX_RealisasiPeriode_SkpId_PeriodeEvaluasiId",
                table: "RealisasiPeriode",
                columns: new[] { "SkpId", "PeriodeEvaluasiId" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_EvaluasiPeriode_UnitKerja_UnitKerjaId",
                table: "EvaluasiPeriode",
                column: "UnitKerjaId",
                principalTable: "UnitKerja",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_EvaluasiPeriode_UnitKerja_UnitKerjaId",
                table: "EvaluasiPeriode");

            migrationBuilder.DropTable(
                name: "BuktiDukung");

            migrationBuilder.DropTable(
                name: "PredikatOrganisasiUnit");

            migrationBuilder.DropTable(
                name: "RealisasiIki");

            migrationBuilder.DropTable(
                name: "RealisasiPeriode");

            migrationBuilder.DropIndex(
                name: "IX_EvaluasiPeriode_UnitKerjaId_PeriodeEvaluasiId",
                table: "EvaluasiPeriode");

            migrationBuilder.DropColumn(
                name: "Ditutup",
                table: "PeriodeEvaluasi");

            migrationBuilder.DropColumn(
                name: "DitutupUtc",
                table: "PeriodeEvaluasi");

            migrationBuilder.DropColumn(
                name: "UnitKerjaId",
                table: "EvaluasiPeriode");
        }
    }
}
