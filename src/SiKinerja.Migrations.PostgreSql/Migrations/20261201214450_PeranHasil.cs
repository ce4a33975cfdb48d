using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SiKinerja.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class PeranHasil : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PeranHasil",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RhkAtasanId = table.Column<int>(type: "integer", nullable: false),
                    PegawaiId = table.Column<int>(type: "integer", nullable: false),
                    Teks = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    DibuatOleh = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DibuatUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_PeranHasil_PegawaiId",
                table: "PeranHasil",
                column: "PegawaiId");

            migrationBuilder.CreateIndex(
                name: "IX_PeranHasil_RhkAtasanId_PegawaiId",
                table: "PeranHasil",
                columns: new[] { "RhkAtasanId", "PegawaiId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PeranHasil");
        }
    }
}
