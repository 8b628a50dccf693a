using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenspraak.Web.Infrastructure.Data.Migrations.Postgres
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
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CancelledAt",
                table: "LearningEvents",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "KeyPhrases",
                table: "KnowledgeTerms",
                type: "text[]",
                nullable: false);

            migrationBuilder.AddColumn<string>(
                name: "MergedInto",
                table: "KnowledgeTerms",
                type: "character varying(80)",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RetiredAt",
                table: "KnowledgeTerms",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "SignalKinds",
                table: "KnowledgeTerms",
                type: "text[]",
                nullable: false);

            migrationBuilder.AddColumn<string>(
                name: "AdoptionRecordedBy",
                table: "ActionPlans",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ThemeSnapshotAt",
                table: "ActionPlans",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ActionPlanMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    Label = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    MessageCount = table.Column<int>(type: "integer", nullable: false),
                    RecentCount = table.Column<int>(type: "integer", nullable: false),
                    HarmfulCount = table.Column<int>(type: "integer", nullable: false),
                    Trend = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
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
