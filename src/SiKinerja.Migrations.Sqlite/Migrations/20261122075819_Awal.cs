using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SiKinerja.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Awal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntry",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Entitas = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EntitasId = table.Column<int>(type: "INTEGER", nullable: false),
                    Aksi = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Pengguna = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    WaktuUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Sebelum = table.Column<string>(type: "TEXT", nullable: true),
                    Sesudah = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntry", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKey",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKey", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UnitKerja",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Jenis = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    Aktif = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitKerja", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitKerja_UnitKerja_ParentId",
                        column: x => x.ParentId,
                        principalTable: "UnitKerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    PegawaiId = table.Column<int>(type: "INTEGER", nullable: true),
                    HarusGantiPassword = table.Column<bool>(type: "INTEGER", nullable: false),
                    TerakhirMasukUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<long>(type: "INTEGER", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Jabatan",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Jenis = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Jenjang = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    UnitKerjaId = table.Column<int>(type: "INTEGER", nullable: false),
                    AtasanJabatanId = table.Column<int>(type: "INTEGER", nullable: true),
                    PenggantiPegawaiId = table.Column<int>(type: "INTEGER", nullable: true),
                    JenisPengganti = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Aktif = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Jabatan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Jabatan_Jabatan_AtasanJabatanId",
                        column: x => x.AtasanJabatanId,
                        principalTable: "Jabatan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Jabatan_UnitKerja_UnitKerjaId",
                        column: x => x.UnitKerjaId,
                        principalTable: "UnitKerja",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Pegawai",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Nip = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    GelarDepan = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Nama = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    GelarBelakang = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    KataKunci = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TanggalLahir = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TmtCpns = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    JenisKelamin = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    JenisPegawai = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    GolonganKode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    JabatanId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    TanggalStatus = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    SiasnId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AtasanLangsungId = table.Column<int>(type: "INTEGER", nullable: true),
                    MasalahAtasan = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pegawai", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Pegawai_Jabatan_JabatanId",
                        column: x => x.JabatanId,
                        principalTable: "Jabatan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Pegawai_Pegawai_AtasanLangsungId",
                        column: x => x.AtasanLangsungId,
                        principalTable: "Pegawai",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_PegawaiId",
                table: "AspNetUsers",
                column: "PegawaiId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntry_Entitas_EntitasId",
                table: "AuditEntry",
                columns: new[] { "Entitas", "EntitasId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntry_WaktuUtc",
                table: "AuditEntry",
                column: "WaktuUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Jabatan_AtasanJabatanId",
                table: "Jabatan",
                column: "AtasanJabatanId");

            migrationBuilder.CreateIndex(
                name: "IX_Jabatan_Kode",
                table: "Jabatan",
                column: "Kode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Jabatan_PenggantiPegawaiId",
                table: "Jabatan",
                column: "PenggantiPegawaiId");

            migrationBuilder.CreateIndex(
                name: "IX_Jabatan_UnitKerjaId",
                table: "Jabatan",
                column: "UnitKerjaId");

            migrationBuilder.CreateIndex(
                name: "IX_Pegawai_AtasanLangsungId",
                table: "Pegawai",
                column: "AtasanLangsungId");

            migrationBuilder.CreateIndex(
                name: "IX_Pegawai_JabatanId",
                table: "Pegawai",
                column: "JabatanId");

            migrationBuilder.CreateIndex(
                name: "IX_Pegawai_Nama",
                table: "Pegawai",
                column: "Nama");

            migrationBuilder.CreateIndex(
                name: "IX_Pegawai_Nip",
                table: "Pegawai",
                column: "Nip",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Pegawai_Status",
                table: "Pegawai",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_UnitKerja_Kode",
                table: "UnitKerja",
                column: "Kode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitKerja_ParentId",
                table: "UnitKerja",
                column: "ParentId");

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                table: "AspNetUserClaims",
                column: "UserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                table: "AspNetUserLogins",
                column: "UserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                table: "AspNetUserRoles",
                column: "UserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUsers_Pegawai_PegawaiId",
                table: "AspNetUsers",
                column: "PegawaiId",
                principalTable: "Pegawai",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Jabatan_Pegawai_PenggantiPegawaiId",
                table: "Jabatan",
                column: "PenggantiPegawaiId",
                principalTable: "Pegawai",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Jabatan_Pegawai_PenggantiPegawaiId",
                table: "Jabatan");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditEntry");

            migrationBuilder.DropTable(
                name: "DataProtectionKey");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Pegawai");

            migrationBuilder.DropTable(
                name: "Jabatan");

            migrationBuilder.DropTable(
                name: "UnitKerja");
        }
    }
}
