using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SiKinerja.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TambahImporBatch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ImporBatch",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NamaBerkas = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    UkuranByte = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Isi = table.Column<byte[]>(type: "BLOB", nullable: true),
                    DiunggahOleh = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DiunggahUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DikonfirmasiOleh = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DikonfirmasiUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SelesaiUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    BarisSelesai = table.Column<int>(type: "INTEGER", nullable: false),
                    BarisTotal = table.Column<int>(type: "INTEGER", nullable: false),
                    JumlahGalat = table.Column<int>(type: "INTEGER", nullable: false),
                    RingkasanJson = table.Column<string>(type: "TEXT", nullable: true),
                    GalatJson = table.Column<string>(type: "TEXT", nullable: true),
                    HasilJson = table.Column<string>(type: "TEXT", nullable: true),
                    GagalJson = table.Column<string>(type: "TEXT", nullable: true),
                    Pemilik = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DetakUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImporBatch", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ImporBatch_DiunggahUtc",
                table: "ImporBatch",
                column: "DiunggahUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ImporBatch_Status",
                table: "ImporBatch",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ImporBatch");
        }
    }
}
