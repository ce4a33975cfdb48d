using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SiKinerja.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PerencanaanSkp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PeranHasil",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RhkAtasanId = table.Column<int>(type: "INTEGER", nullable: false),
                    PegawaiId = table.Column<int>(type: "INTEGER", nullable: false),
                    Teks = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    DibuatOleh = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DibuatUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeranHasil", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PeranHasil_Pegawai_PegawaiId",
                        column: x => x.PegawaiId,
                        principalTable: "Pegawai",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PeranHasil_RencanaHasilKerja_RhkAtasanId",
                        column: x => x.RhkAtasanId,
                        principalTable: "RencanaHasilKerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SasaranOrganisasi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitKerjaId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Jenis = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Teks = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Indikator = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Target = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Aktif = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SasaranOrganisasi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SasaranOrganisasi_UnitKerja_UnitKerjaId",
                        column: x => x.UnitKerjaId,
                        principalTable: "UnitKerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RencanaHasilKerja_SasaranOrganisasiId",
                table: "RencanaHasilKerja",
                column: "SasaranOrganisasiId");

            migrationBuilder.CreateIndex(
                name: "IX_PeranHasil_PegawaiId",
                table: "PeranHasil",
                column: "PegawaiId");

            migrationBuilder.CreateIndex(
                name: "IX_PeranHasil_RhkAtasanId_PegawaiId",
                table: "PeranHasil",
                columns: new[] { "RhkAtasanId", "PegawaiId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SasaranOrganisasi_UnitKerjaId_Tahun_Aktif",
                table: "SasaranOrganisasi",
                columns: new[] { "UnitKerjaId", "Tahun", "Aktif" });

            migrationBuilder.CreateIndex(
                name: "IX_SasaranOrganisasi_UnitKerjaId_Tahun_Kode",
                table: "SasaranOrganisasi",
                columns: new[] { "UnitKerjaId", "Tahun", "Kode" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_RencanaHasilKerja_SasaranOrganisasi_SasaranOrganisasiId",
                table: "RencanaHasilKerja",
                column: "SasaranOrganisasiId",
                principalTable: "SasaranOrganisasi",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_RencanaHasilKerja_SasaranOrganisasi_SasaranOrganisasiId",
                table: "RencanaHasilKerja");

            migrationBuilder.DropTable(
                name: "PeranHasil");

            migrationBuilder.DropTable(
                name: "SasaranOrganisasi");

            migrationBuilder.DropIndex(
                name: "IX_RencanaHasilKerja_SasaranOrganisasiId",
                table: "RencanaHasilKerja");
        }
    }
}
