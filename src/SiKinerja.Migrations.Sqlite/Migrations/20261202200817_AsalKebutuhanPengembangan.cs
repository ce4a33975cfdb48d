using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SiKinerja.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AsalKebutuhanPengembangan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Asal",
                table: "KebutuhanPengembangan",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "Lainnya");

            migrationBuilder.AddColumn<int>(
                name: "PeriodeEvaluasiId",
                table: "KebutuhanPengembangan",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SkpId",
                table: "KebutuhanPengembangan",
                type: "INTEGER",
                nullable: true);

            // Needs recorded before this migration: the page they came from, from the evaluation row they name.
            migrationBuilder.Sql(
                """
                UPDATE "KebutuhanPengembangan" SET "Asal" = 'EvaluasiPeriodik',
                    "SkpId" = (SELECT e."SkpId" FROM "EvaluasiPeriode" AS e WHERE e."Id" = "KebutuhanPengembangan"."EvaluasiPeriodeId"),
                    "PeriodeEvaluasiId" = (SELECT e."PeriodeEvaluasiId" FROM "EvaluasiPeriode" AS e WHERE e."Id" = "KebutuhanPengembangan"."EvaluasiPeriodeId")
                WHERE "EvaluasiPeriodeId" IS NOT NULL;
                """);
            migrationBuilder.Sql("""UPDATE "KebutuhanPengembangan" SET "Asal" = 'EvaluasiTahunan' WHERE "EvaluasiTahunanId" IS NOT NULL;""");

            migrationBuilder.CreateIndex(
                name: "IX_KebutuhanPengembangan_PeriodeEvaluasiId",
                table: "KebutuhanPengembangan",
                column: "PeriodeEvaluasiId");

            migrationBuilder.CreateIndex(
                name: "IX_KebutuhanPengembangan_SkpId_PeriodeEvaluasiId",
                table: "KebutuhanPengembangan",
                columns: new[] { "SkpId", "PeriodeEvaluasiId" });

            migrationBuilder.AddForeignKey(
                name: "FK_KebutuhanPengembangan_PeriodeEvaluasi_PeriodeEvaluasiId",
                table: "KebutuhanPengembangan",
                column: "PeriodeEvaluasiId",
                principalTable: "PeriodeEvaluasi",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_KebutuhanPengembangan_Skp_SkpId",
                table: "KebutuhanPengembangan",
                column: "SkpId",
                principalTable: "Skp",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_KebutuhanPengembangan_PeriodeEvaluasi_PeriodeEvaluasiId",
                table: "KebutuhanPengembangan");

            migrationBuilder.DropForeignKey(
                name: "FK_KebutuhanPengembangan_Skp_SkpId",
                table: "KebutuhanPengembangan");

            migrationBuilder.DropIndex(
                name: "IX_KebutuhanPengembangan_PeriodeEvaluasiId",
                table: "KebutuhanPengembangan");

            migrationBuilder.DropIndex(
                name: "IX_KebutuhanPengembangan_SkpId_PeriodeEvaluasiId",
                table: "KebutuhanPengembangan");

            migrationBuilder.DropColumn(
                name: "Asal",
                table: "KebutuhanPengembangan");

            migrationBuilder.DropColumn(
                name: "PeriodeEvaluasiId",
                table: "KebutuhanPengembangan");

            migrationBuilder.DropColumn(
                name: "SkpId",
                table: "KebutuhanPengembangan");
        }
    }
}
