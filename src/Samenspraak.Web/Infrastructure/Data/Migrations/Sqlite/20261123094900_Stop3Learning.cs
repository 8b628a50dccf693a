using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenspraak.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Stop3Learning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CancellationReason",
                table: "LearningEvents",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CancelledAt",
                table: "LearningEvents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LearningCourseDrafts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BasedOnVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    DefinitionJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedById = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningCourseDrafts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LearningCourseMaterials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedById = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningCourseMaterials", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LearningCourseDrafts_Slug",
                table: "LearningCourseDrafts",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LearningCourseMaterials_CourseSlug",
                table: "LearningCourseMaterials",
                column: "CourseSlug");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LearningCourseDrafts");

            migrationBuilder.DropTable(
                name: "LearningCourseMaterials");

            migrationBuilder.DropColumn(
                name: "CancellationReason",
                table: "LearningEvents");

            migrationBuilder.DropColumn(
                name: "CancelledAt",
                table: "LearningEvents");
        }
    }
}
