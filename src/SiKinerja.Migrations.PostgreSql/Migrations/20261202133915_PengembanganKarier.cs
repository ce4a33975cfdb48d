using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SiKinerja.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class PengembanganKarier : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "TmtGolongan",
                table: "Pegawai",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Asesmen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PegawaiId = table.Column<int>(type: "integer", nullable: false),
                    Tanggal = table.Column<DateOnly>(type: "date", nullable: false),
                    Penyelenggara = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Metode = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    NilaiPotensi = table.Column<int>(type: "integer", nullable: true),
                    Catatan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DicatatOlehNip = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Asesmen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Asesmen_Pegawai_PegawaiId",
                        column: x => x.PegawaiId,
                        principalTable: "Pegawai",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HukumanDisiplin",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PegawaiId = table.Column<int>(type: "integer", nullable: false),
                    Tingkat = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Jenis = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    NomorSk = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TanggalSk = table.Column<DateOnly>(type: "date", nullable: false),
                    TmtMulai = table.Column<DateOnly>(type: "date", nullable: false),
                    TmtSelesai = table.Column<DateOnly>(type: "date", nullable: true),
                    Keterangan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HukumanDisiplin", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HukumanDisiplin_Pegawai_PegawaiId",
                        column: x => x.PegawaiId,
                        principalTable: "Pegawai",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "KebutuhanPengembangan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PegawaiId = table.Column<int>(type: "integer", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    JenisKompetensi = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Uraian = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    EvaluasiPeriodeId = table.Column<int>(type: "integer", nullable: true),
                    EvaluasiTahunanId = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DicatatOlehNip = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DicatatUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SelesaiOlehKegiatanId = table.Column<int>(type: "integer", nullable: true),
                    SelesaiUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AlasanPembatalan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KebutuhanPengembangan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KebutuhanPengembangan_EvaluasiPeriode_EvaluasiPeriodeId",
                        column: x => x.EvaluasiPeriodeId,
                        principalTable: "EvaluasiPeriode",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_KebutuhanPengembangan_EvaluasiTahunan_EvaluasiTahunanId",
                        column: x => x.EvaluasiTahunanId,
                        principalTable: "EvaluasiTahunan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_KebutuhanPengembangan_Pegawai_PegawaiId",
                        column: x => x.PegawaiId,
                        principalTable: "Pegawai",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Kompetensi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Nama = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Jenis = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Deskripsi = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Aktif = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kompetensi", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Penghargaan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PegawaiId = table.Column<int>(type: "integer", nullable: false),
                    Jenis = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Nama = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Pemberi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    NomorSk = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TanggalSk = table.Column<DateOnly>(type: "date", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Keterangan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Penghargaan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Penghargaan_Pegawai_PegawaiId",
                        column: x => x.PegawaiId,
                        principalTable: "Pegawai",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RiwayatPangkat",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PegawaiId = table.Column<int>(type: "integer", nullable: false),
                    GolonganKode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Tmt = table.Column<DateOnly>(type: "date", nullable: false),
                    NomorSk = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    TanggalSk = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiwayatPangkat", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiwayatPangkat_Pegawai_PegawaiId",
                        column: x => x.PegawaiId,
                        principalTable: "Pegawai",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "KegiatanPengembangan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PegawaiId = table.Column<int>(type: "integer", nullable: false),
                    Jenis = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    JenisKompetensi = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Nama = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Penyelenggara = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TanggalMulai = table.Column<DateOnly>(type: "date", nullable: false),
                    TanggalSelesai = table.Column<DateOnly>(type: "date", nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Jp = table.Column<int>(type: "integer", nullable: false),
                    NomorSertifikat = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    KunciBerkas = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    NamaBerkas = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    JenisKonten = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    UkuranBerkas = table.Column<long>(type: "bigint", nullable: true),
                    KebutuhanPengembanganId = table.Column<int>(type: "integer", nullable: true),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DicatatOlehNip = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DicatatUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DiverifikasiOlehNip = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    DiverifikasiUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AlasanPenolakan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AlasanKoreksi = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KegiatanPengembangan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KegiatanPengembangan_KebutuhanPengembangan_KebutuhanPengemb~",
                        column: x => x.KebutuhanPengembanganId,
                        principalTable: "KebutuhanPengembangan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_KegiatanPengembangan_Pegawai_PegawaiId",
                        column: x => x.PegawaiId,
                        principalTable: "Pegawai",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LevelAsesmen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AsesmenId = table.Column<int>(type: "integer", nullable: false),
                    KompetensiId = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LevelAsesmen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LevelAsesmen_Asesmen_AsesmenId",
                        column: x => x.AsesmenId,
                        principalTable: "Asesmen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LevelAsesmen_Kompetensi_KompetensiId",
                        column: x => x.KompetensiId,
                        principalTable: "Kompetensi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StandarKompetensiJabatan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    JabatanId = table.Column<int>(type: "integer", nullable: false),
                    KompetensiId = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StandarKompetensiJabatan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StandarKompetensiJabatan_Jabatan_JabatanId",
                        column: x => x.JabatanId,
                        principalTable: "Jabatan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StandarKompetensiJabatan_Kompetensi_KompetensiId",
                        column: x => x.KompetensiId,
                        principalTable: "Kompetensi",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Asesmen_PegawaiId_Tanggal",
                table: "Asesmen",
                columns: new[] { "PegawaiId", "Tanggal" });

            migrationBuilder.CreateIndex(
                name: "IX_HukumanDisiplin_PegawaiId_Tingkat",
                table: "HukumanDisiplin",
                columns: new[] { "PegawaiId", "Tingkat" });

            migrationBuilder.CreateIndex(
                name: "IX_HukumanDisiplin_Tingkat_TmtMulai",
                table: "HukumanDisiplin",
                columns: new[] { "Tingkat", "TmtMulai" });

            migrationBuilder.CreateIndex(
                name: "IX_KebutuhanPengembangan_EvaluasiPeriodeId",
                table: "KebutuhanPengembangan",
                column: "EvaluasiPeriodeId");

            migrationBuilder.CreateIndex(
                name: "IX_KebutuhanPengembangan_EvaluasiTahunanId",
                table: "KebutuhanPengembangan",
                column: "EvaluasiTahunanId");

            migrationBuilder.CreateIndex(
                name: "IX_KebutuhanPengembangan_PegawaiId_Status",
                table: "KebutuhanPengembangan",
                columns: new[] { "PegawaiId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_KebutuhanPengembangan_Tahun_Status",
                table: "KebutuhanPengembangan",
                columns: new[] { "Tahun", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_KegiatanPengembangan_KebutuhanPengembanganId",
                table: "KegiatanPengembangan",
                column: "KebutuhanPengembanganId");

            migrationBuilder.CreateIndex(
                name: "IX_KegiatanPengembangan_PegawaiId_Tahun_Status",
                table: "KegiatanPengembangan",
                columns: new[] { "PegawaiId", "Tahun", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_KegiatanPengembangan_Status_PegawaiId",
                table: "KegiatanPengembangan",
                columns: new[] { "Status", "PegawaiId" });

            migrationBuilder.CreateIndex(
                name: "IX_KegiatanPengembangan_Tahun_Status",
                table: "KegiatanPengembangan",
                columns: new[] { "Tahun", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Kompetensi_Kode",
                table: "Kompetensi",
                column: "Kode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LevelAsesmen_AsesmenId_KompetensiId",
                table: "LevelAsesmen",
                columns: new[] { "AsesmenId", "KompetensiId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LevelAsesmen_KompetensiId",
                table: "LevelAsesmen",
                column: "KompetensiId");

            migrationBuilder.CreateIndex(
                name: "IX_Penghargaan_PegawaiId_Jenis",
                table: "Penghargaan",
                columns: new[] { "PegawaiId", "Jenis" });

            migrationBuilder.CreateIndex(
                name: "IX_Penghargaan_Tahun_Jenis",
                table: "Penghargaan",
                columns: new[] { "Tahun", "Jenis" });

            migrationBuilder.CreateIndex(
                name: "IX_RiwayatPangkat_PegawaiId_Tmt",
                table: "RiwayatPangkat",
                columns: new[] { "PegawaiId", "Tmt" });

            migrationBuilder.CreateIndex(
                name: "IX_StandarKompetensiJabatan_JabatanId_KompetensiId",
                table: "StandarKompetensiJabatan",
                columns: new[] { "JabatanId", "KompetensiId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StandarKompetensiJabatan_KompetensiId",
                table: "StandarKompetensiJabatan",
                column: "KompetensiId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "HukumanDisiplin");

            migrationBuilder.DropTable(
                name: "KegiatanPengembangan");

            migrationBuilder.DropTable(
                name: "LevelAsesmen");

            migrationBuilder.DropTable(
                name: "Penghargaan");

            migrationBuilder.DropTable(
                name: "RiwayatPangkat");

            migrationBuilder.DropTable(
                name: "StandarKompetensiJabatan");

            migrationBuilder.DropTable(
                name: "KebutuhanPengembangan");

            migrationBuilder.DropTable(
                name: "Asesmen");

            migrationBuilder.DropTable(
                name: "Kompetensi");

            migrationBuilder.DropColumn(
                name: "TmtGolongan",
                table: "Pegawai");
        }
    }
}
