using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SiKinerja.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class TambahTahunKinerja : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TahunKinerja",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    JenisPeriode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    BatasPerencanaan = table.Column<DateOnly>(type: "date", nullable: false),
                    BatasEvaluasiTahunan = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TahunKinerja", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PeriodeEvaluasi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TahunKinerjaId = table.Column<int>(type: "integer", nullable: false),
                    Nomor = table.Column<int>(type: "integer", nullable: false),
                    Mulai = table.Column<DateOnly>(type: "date", nullable: false),
                    Selesai = table.Column<DateOnly>(type: "date", nullable: false),
                    BatasEvaluasi = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PeriodeEvaluasi", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PeriodeEvaluasi_TahunKinerja_TahunKinerjaId",
                        column: x => x.TahunKinerjaId,
                        principalTable: "TahunKinerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PeriodeEvaluasi_TahunKinerjaId",
                table: "PeriodeEvaluasi",
                column: "TahunKinerjaId");

            migrationBuilder.CreateIndex(
                name: "IX_TahunKinerja_Tahun",
                table: "TahunKinerja",
                column: "Tahun",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PeriodeEvaluasi");

            migrationBuilder.DropTable(
                name: "TahunKinerja");
        }
    }
}
