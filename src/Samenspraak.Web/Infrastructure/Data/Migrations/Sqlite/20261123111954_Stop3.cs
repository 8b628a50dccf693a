using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenspraak.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Stop3 : Migration
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

            migrationBuilder.AddColumn<string>(
                name: "KeyPhrases",
                table: "KnowledgeTerms",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "MergedInto",
                table: "KnowledgeTerms",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RetiredAt",
                table: "KnowledgeTerms",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignalKinds",
                table: "KnowledgeTerms",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "AdoptionRecordedBy",
                table: "ActionPlans",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ThemeSnapshotAt",
                table: "ActionPlans",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ActionPlanMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionPlanMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionPlanMembers_ActionPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "ActionPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionPlanThemeRows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    MessageCount = table.Column<int>(type: "INTEGER", nullable: false),
                    RecentCount = table.Column<int>(type: "INTEGER", nullable: false),
                    HarmfulCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Trend = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionPlanThemeRows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionPlanThemeRows_ActionPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "ActionPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "IX_ActionPlanMembers_PlanId_UserId",
                table: "ActionPlanMembers",
                columns: new[] { "PlanId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlanMembers_UserId",
                table: "ActionPlanMembers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlanThemeRows_PlanId",
                table: "ActionPlanThemeRows",
                column: "PlanId");

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
                name: "ActionPlanMembers");

            migrationBuilder.DropTable(
                name: "ActionPlanThemeRows");

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

            migrationBuilder.DropColumn(
                name: "KeyPhrases",
                table: "KnowledgeTerms");

            migrationBuilder.DropColumn(
                name: "MergedInto",
                table: "KnowledgeTerms");

            migrationBuilder.DropColumn(
                name: "RetiredAt",
                table: "KnowledgeTerms");

            migrationBuilder.DropColumn(
                name: "SignalKinds",
                table: "KnowledgeTerms");

            migrationBuilder.DropColumn(
                name: "AdoptionRecordedBy",
                table: "ActionPlans");

            migrationBuilder.DropColumn(
                name: "ThemeSnapshotAt",
                table: "ActionPlans");
        }
    }
}
