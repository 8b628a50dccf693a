using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenspraak.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Stop7Learn8 : Migration
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LearningRoleModelProgrammes");

            migrationBuilder.DropColumn(
                name: "UserId",
                table: "LearningRoleModels");
        }
    }
}
