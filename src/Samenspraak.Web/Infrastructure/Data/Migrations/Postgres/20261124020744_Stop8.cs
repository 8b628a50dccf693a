using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenspraak.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Stop8 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Messages_ChannelId_Fingerprint",
                table: "Messages");

            migrationBuilder.DropIndex(
                name: "IX_Messages_MunicipalityId_ReviewStatus_MaxScore_Id",
                table: "Messages");

            migrationBuilder.AddColumn<int>(
                name: "Severity",
                table: "Messages",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Existing messages: the whole percentage of their highest score, as MessageSeverity.Of computes it.
            migrationBuilder.Sql("UPDATE \"Messages\" SET \"Severity\" = LEAST(100, GREATEST(0, ROUND((\"MaxScore\" * 100)::numeric)::integer)) WHERE \"MaxScore\" > 0");

            migrationBuilder.CreateIndex(
                name: "IX_Messages_ChannelId_Fingerprint",
                table: "Messages",
                columns: new[] { "ChannelId", "Fingerprint" },
                unique: true,
                filter: "\"ExternalId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Messages_MunicipalityId_ReviewStatus_Severity_Id",
                table: "Messages",
                columns: new[] { "MunicipalityId", "ReviewStatus", "Severity", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Messages_ChannelId_Fingerprint",
                table: "Messages");

            migrationBuilder.DropIndex(
                name: "IX_Messages_MunicipalityId_ReviewStatus_Severity_Id",
                table: "Messages");

            migrationBuilder.DropColumn(
                name: "Severity",
                table: "Messages");

            migrationBuilder.CreateIndex(
                name: "IX_Messages_ChannelId_Fingerprint",
                table: "Messages",
                columns: new[] { "ChannelId", "Fingerprint" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Messages_MunicipalityId_ReviewStatus_MaxScore_Id",
                table: "Messages",
                columns: new[] { "MunicipalityId", "ReviewStatus", "MaxScore", "Id" });
        }
    }
}
