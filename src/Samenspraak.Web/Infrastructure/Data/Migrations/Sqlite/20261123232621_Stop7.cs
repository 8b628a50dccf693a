using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenspraak.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Stop7 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "UserId",
                table: "LearningRoleModels",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "KnowledgeImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CuratorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CuratorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    CuratorMunicipalityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    PlanJson = table.Column<string>(type: "TEXT", nullable: false),
                    TotalRows = table.Column<int>(type: "INTEGER", nullable: false),
                    ProcessedRows = table.Column<int>(type: "INTEGER", nullable: false),
                    Created = table.Column<int>(type: "INTEGER", nullable: false),
                    Updated = table.Column<int>(type: "INTEGER", nullable: false),
                    Unchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    Invalid = table.Column<int>(type: "INTEGER", nullable: false),
                    SkippedJson = table.Column<string>(type: "TEXT", nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Claims = table.Column<int>(type: "INTEGER", nullable: false),
                    HeartbeatAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LearningRoleModelProgrammes",
                columns: table => new
                {
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrainingCourses = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    TrainingEventTypes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningRoleModelProgrammes", x => x.MunicipalityId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeImports_CreatedAt",
                table: "KnowledgeImports",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeImports_State_CreatedAt",
                table: "KnowledgeImports",
                columns: new[] { "State", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KnowledgeImports");

            migrationBuilder.DropTable(
                name: "LearningRoleModelProgrammes");

            migrationBuilder.DropColumn(
                name: "UserId",
                table: "LearningRoleModels");
        }
    }
}
