using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenspraak.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Stop6 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Messages_AnalysisState_Id",
                table: "Messages");

            migrationBuilder.DropIndex(
                name: "IX_Messages_ChannelId_ReplyToExternalId",
                table: "Messages");

            migrationBuilder.AddColumn<List<string>>(
                name: "Themes",
                table: "LearningEvents",
                type: "text[]",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Messages_AnalysisState_Id",
                table: "Messages",
                columns: new[] { "AnalysisState", "Id" },
                filter: "\"AnalysisState\" = 0");

            migrationBuilder.CreateIndex(
                name: "IX_Messages_ChannelId_ReplyToExternalId",
                table: "Messages",
                columns: new[] { "ChannelId", "ReplyToExternalId" },
                filter: "\"ReplyToExternalId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Messages_AnalysisState_Id",
                table: "Messages");

            migrationBuilder.DropIndex(
                name: "IX_Messages_ChannelId_ReplyToExternalId",
                table: "Messages");

            migrationBuilder.DropColumn(
                name: "Themes",
                table: "LearningEvents");

            migrationBuilder.CreateIndex(
                name: "IX_Messages_AnalysisState_Id",
                table: "Messages",
                columns: new[] { "AnalysisState", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Messages_ChannelId_ReplyToExternalId",
                table: "Messages",
                columns: new[] { "ChannelId", "ReplyToExternalId" });
        }
    }
}
