using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SiKinerja.Migrations.PostgreSql.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NamaBerkas = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    UkuranByte = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Isi = table.Column<byte[]>(type: "bytea", nullable: true),
                    DiunggahOleh = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DiunggahUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DikonfirmasiOleh = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DikonfirmasiUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SelesaiUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    BarisSelesai = table.Column<int>(type: "integer", nullable: false),
                    BarisTotal = table.Column<int>(type: "integer", nullable: false),
                    JumlahGalat = table.Column<int>(type: "integer", nullable: false),
                    RingkasanJson = table.Column<string>(type: "text", nullable: true),
                    GalatJson = table.Column<string>(type: "text", nullable: true),
                    HasilJson = table.Column<string>(type: "text", nullable: true),
                    GagalJson = table.Column<string>(type: "text", nullable: true),
                    Pemilik = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DetakUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
