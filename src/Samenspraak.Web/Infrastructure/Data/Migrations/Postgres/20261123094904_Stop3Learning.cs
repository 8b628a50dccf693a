using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenspraak.Web.Infrastructure.Data.Migrations.Postgres
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
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CancelledAt",
                table: "LearningEvents",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LearningCourseDrafts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BasedOnVersion = table.Column<int>(type: "integer", nullable: true),
                    DefinitionJson = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedById = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningCourseDrafts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LearningCourseMaterials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CourseSlug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UploadedById = table.Column<Guid>(type: "uuid", nullable: true)
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
