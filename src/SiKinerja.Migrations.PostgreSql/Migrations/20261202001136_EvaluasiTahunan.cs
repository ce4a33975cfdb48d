using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SiKinerja.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class EvaluasiTahunan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EvaluasiTahunan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PegawaiId = table.Column<int>(type: "integer", nullable: false),
                    TahunKinerjaId = table.Column<int>(type: "integer", nullable: false),
                    SkpId = table.Column<int>(type: "integer", nullable: false),
                    RatingHasil = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RatingPerilaku = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Predikat = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SaranHasil = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    SaranPerilaku = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    AlasanPenyesuaian = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Catatan = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DinilaiOlehNip = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DinilaiUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinalUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AlasanBukaKembali = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluasiTahunan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluasiTahunan_Pegawai_PegawaiId",
                        column: x => x.PegawaiId,
                        principalTable: "Pegawai",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvaluasiTahunan_Skp_SkpId",
                        column: x => x.SkpId,
                        principalTable: "Skp",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EvaluasiTahunan_TahunKinerja_TahunKinerjaId",
                        column: x => x.TahunKinerjaId,
                        principalTable: "TahunKinerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluasiTahunan_PegawaiId_TahunKinerjaId",
                table: "EvaluasiTahunan",
                columns: new[] { "PegawaiId", "TahunKinerjaId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvaluasiTahunan_SkpId",
                table: "EvaluasiTahunan",
                column: "SkpId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluasiTahunan_TahunKinerjaId_Status",
                table: "EvaluasiTahunan",
                columns: new[] { "TahunKinerjaId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EvaluasiTahunan");
        }
    }
}
