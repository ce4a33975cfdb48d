using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SiKinerja.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TambahSkp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Skp",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PegawaiId = table.Column<int>(type: "INTEGER", nullable: false),
                    PejabatPenilaiId = table.Column<int>(type: "INTEGER", nullable: true),
                    TahunKinerjaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    TanggalMulai = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TanggalSelesai = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Ditutup = table.Column<bool>(type: "INTEGER", nullable: false),
                    Pendekatan = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SnapshotPegawaiId = table.Column<int>(type: "INTEGER", nullable: false),
                    PegawaiNip = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    PegawaiNamaLengkap = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PegawaiGolonganKode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    PegawaiPangkat = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    PegawaiJabatanNama = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PegawaiUnitNama = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SnapshotPenilaiId = table.Column<int>(type: "INTEGER", nullable: true),
                    PenilaiNip = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    PenilaiNamaLengkap = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    PenilaiGolonganKode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    PenilaiPangkat = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    PenilaiJabatanNama = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PenilaiUnitNama = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SnapshotAtasanPenilaiId = table.Column<int>(type: "INTEGER", nullable: true),
                    AtasanPenilaiNip = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    AtasanPenilaiNamaLengkap = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    AtasanPenilaiGolonganKode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    AtasanPenilaiPangkat = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    AtasanPenilaiJabatanNama = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AtasanPenilaiUnitNama = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Revisi = table.Column<int>(type: "INTEGER", nullable: false),
                    RevisiSebelumnyaId = table.Column<int>(type: "INTEGER", nullable: true),
                    Direvisi = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Skp", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Skp_Pegawai_PegawaiId",
                        column: x => x.PegawaiId,
                        principalTable: "Pegawai",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Skp_Pegawai_PejabatPenilaiId",
                        column: x => x.PejabatPenilaiId,
                        principalTable: "Pegawai",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Skp_Skp_RevisiSebelumnyaId",
                        column: x => x.RevisiSebelumnyaId,
                        principalTable: "Skp",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Skp_TahunKinerja_TahunKinerjaId",
                        column: x => x.TahunKinerjaId,
                        principalTable: "TahunKinerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EkspektasiPimpinan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SkpId = table.Column<int>(type: "INTEGER", nullable: false),
                    Nilai = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Teks = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EkspektasiPimpinan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EkspektasiPimpinan_Skp_SkpId",
                        column: x => x.SkpId,
                        principalTable: "Skp",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LampiranSkp",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SkpId = table.Column<int>(type: "INTEGER", nullable: false),
                    Jenis = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Urutan = table.Column<int>(type: "INTEGER", nullable: false),
                    Teks = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LampiranSkp", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LampiranSkp_Skp_SkpId",
                        column: x => x.SkpId,
                        principalTable: "Skp",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RencanaHasilKerja",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SkpId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kunci = table.Column<Guid>(type: "TEXT", nullable: false),
                    Urutan = table.Column<int>(type: "INTEGER", nullable: false),
                    Jenis = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Teks = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RhkAtasanId = table.Column<int>(type: "INTEGER", nullable: true),
                    SasaranOrganisasiId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RencanaHasilKerja", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RencanaHasilKerja_Skp_SkpId",
                        column: x => x.SkpId,
                        principalTable: "Skp",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RiwayatStatusSkp",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SkpId = table.Column<int>(type: "INTEGER", nullable: false),
                    Dari = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Ke = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PelakuNip = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    WaktuUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Catatan = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiwayatStatusSkp", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiwayatStatusSkp_Skp_SkpId",
                        column: x => x.SkpId,
                        principalTable: "Skp",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndikatorKinerjaIndividu",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RencanaHasilKerjaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kunci = table.Column<Guid>(type: "TEXT", nullable: false),
                    Urutan = table.Column<int>(type: "INTEGER", nullable: false),
                    Aspek = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Indikator = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    TargetJenis = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TargetNilai = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    TargetNilaiMaksimum = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    TargetSatuan = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    TargetNarasi = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    TargetTanggal = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndikatorKinerjaIndividu", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndikatorKinerjaIndividu_RencanaHasilKerja_RencanaHasilKerjaId",
                        column: x => x.RencanaHasilKerjaId,
                        principalTable: "RencanaHasilKerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EkspektasiPimpinan_SkpId",
                table: "EkspektasiPimpinan",
                column: "SkpId");

            migrationBuilder.CreateIndex(
                name: "IX_IndikatorKinerjaIndividu_RencanaHasilKerjaId",
                table: "IndikatorKinerjaIndividu",
                column: "RencanaHasilKerjaId");

            migrationBuilder.CreateIndex(
                name: "IX_LampiranSkp_SkpId",
                table: "LampiranSkp",
                column: "SkpId");

            migrationBuilder.CreateIndex(
                name: "IX_RencanaHasilKerja_RhkAtasanId",
                table: "RencanaHasilKerja",
                column: "RhkAtasanId");

            migrationBuilder.CreateIndex(
                name: "IX_RencanaHasilKerja_SkpId",
                table: "RencanaHasilKerja",
                column: "SkpId");

            migrationBuilder.CreateIndex(
                name: "IX_RiwayatStatusSkp_SkpId",
                table: "RiwayatStatusSkp",
                column: "SkpId");

            migrationBuilder.CreateIndex(
                name: "IX_Skp_PegawaiId_TahunKinerjaId",
                table: "Skp",
                columns: new[] { "PegawaiId", "TahunKinerjaId" });

            migrationBuilder.CreateIndex(
                name: "IX_Skp_PejabatPenilaiId_Status",
                table: "Skp",
                columns: new[] { "PejabatPenilaiId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Skp_RevisiSebelumnyaId",
                table: "Skp",
                column: "RevisiSebelumnyaId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Skp_TahunKinerjaId",
                table: "Skp",
                column: "TahunKinerjaId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EkspektasiPimpinan");

            migrationBuilder.DropTable(
                name: "IndikatorKinerjaIndividu");

            migrationBuilder.DropTable(
                name: "LampiranSkp");

            migrationBuilder.DropTable(
                name: "RiwayatStatusSkp");

            migrationBuilder.DropTable(
                name: "RencanaHasilKerja");

            migrationBuilder.DropTable(
                name: "Skp");
        }
    }
}
