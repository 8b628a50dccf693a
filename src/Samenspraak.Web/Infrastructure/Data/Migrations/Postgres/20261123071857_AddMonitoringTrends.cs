using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Samenspraak.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddMonitoringTrends : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AlertRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Signal = table.Column<int>(type: "integer", nullable: true),
                    ThemeId = table.Column<long>(type: "bigint", nullable: true),
                    ChannelId = table.Column<Guid>(type: "uuid", nullable: true),
                    Threshold = table.Column<int>(type: "integer", nullable: false),
                    WindowHours = table.Column<int>(type: "integer", nullable: false),
                    Email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    Digest = table.Column<int>(type: "integer", nullable: false),
                    WebhookUrl = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    WebhookSecretProtected = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastDigestAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SignalDailyCounts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    Harmful = table.Column<int>(type: "integer", nullable: false),
                    Hate = table.Column<int>(type: "integer", nullable: false),
                    Toxicity = table.Column<int>(type: "integer", nullable: false),
                    Threat = table.Column<int>(type: "integer", nullable: false),
                    Dehumanisation = table.Column<int>(type: "integer", nullable: false),
                    Polarisation = table.Column<int>(type: "integer", nullable: false),
                    Doxxing = table.Column<int>(type: "integer", nullable: false),
                    Disinformation = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignalDailyCounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ThemeClusterStates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    LastMessageId = table.Column<long>(type: "bigint", nullable: false),
                    Documents = table.Column<long>(type: "bigint", nullable: false),
                    DocumentFrequencyJson = table.Column<string>(type: "text", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThemeClusterStates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Themes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<long>(type: "bigint", nullable: false),
                    Label = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    KeyCountsJson = table.Column<string>(type: "text", nullable: false),
                    MessageCount = table.Column<int>(type: "integer", nullable: false),
                    HarmfulCount = table.Column<int>(type: "integer", nullable: false),
                    FirstSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastSeenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DailyStatus = table.Column<int>(type: "integer", nullable: false),
                    WeeklyStatus = table.Column<int>(type: "integer", nullable: false),
                    DailyObserved = table.Column<int>(type: "integer", nullable: false),
                    DailyExpected = table.Column<double>(type: "double precision", nullable: false),
                    DailyPValue = table.Column<double>(type: "double precision", nullable: false),
                    EvaluatedDay = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Themes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AlertNotifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    RuleId = table.Column<Guid>(type: "uuid", nullable: false),
                    DedupeKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    ThemeId = table.Column<long>(type: "bigint", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EmailedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    WebhookDeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    WebhookAttempts = table.Column<int>(type: "integer", nullable: false),
                    WebhookNextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    WebhookLastError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertNotifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AlertNotifications_AlertRules_RuleId",
                        column: x => x.RuleId,
                        principalTable: "AlertRules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ThemeDailyCounts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    ThemeId = table.Column<long>(type: "bigint", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    HarmfulCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThemeDailyCounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ThemeDailyCounts_Themes_ThemeId",
                        column: x => x.ThemeId,
                        principalTable: "Themes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ThemeFindings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    ThemeId = table.Column<long>(type: "bigint", nullable: true),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    MessageCount = table.Column<int>(type: "integer", nullable: false),
                    DistinctAuthors = table.Column<int>(type: "integer", nullable: false),
                    MessageIdsJson = table.Column<string>(type: "text", nullable: false),
                    StartAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DetectedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThemeFindings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ThemeFindings_Themes_ThemeId",
                        column: x => x.ThemeId,
                        principalTable: "Themes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ThemeMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MunicipalityId = table.Column<Guid>(type: "uuid", nullable: false),
                    ThemeId = table.Column<long>(type: "bigint", nullable: false),
                    MessageId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThemeMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ThemeMessages_Messages_MessageId",
                        column: x => x.MessageId,
                        principalTable: "Messages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ThemeMessages_Themes_ThemeId",
                        column: x => x.ThemeId,
                        principalTable: "Themes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AlertNotifications_MunicipalityId_CreatedAt",
                table: "AlertNotifications",
                columns: new[] { "MunicipalityId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AlertNotifications_RuleId_DedupeKey",
                table: "AlertNotifications",
                columns: new[] { "RuleId", "DedupeKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AlertNotifications_WebhookDeliveredAt_WebhookNextAttemptAt",
                table: "AlertNotifications",
                columns: new[] { "WebhookDeliveredAt", "WebhookNextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AlertRules_MunicipalityId_Active",
                table: "AlertRules",
                columns: new[] { "MunicipalityId", "Active" });

            migrationBuilder.CreateIndex(
                name: "IX_SignalDailyCounts_MunicipalityId_Day",
                table: "SignalDailyCounts",
                columns: new[] { "MunicipalityId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ThemeClusterStates_MunicipalityId",
                table: "ThemeClusterStates",
                column: "MunicipalityId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ThemeDailyCounts_MunicipalityId_Day",
                table: "ThemeDailyCounts",
                columns: new[] { "MunicipalityId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_ThemeDailyCounts_ThemeId_Day",
                table: "ThemeDailyCounts",
                columns: new[] { "ThemeId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ThemeFindings_MunicipalityId_Kind_EndAt",
                table: "ThemeFindings",
                columns: new[] { "MunicipalityId", "Kind", "EndAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ThemeFindings_ThemeId",
                table: "ThemeFindings",
                column: "ThemeId");

            migrationBuilder.CreateIndex(
                name: "IX_ThemeMessages_MessageId",
                table: "ThemeMessages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ThemeMessages_ThemeId_MessageId",
                table: "ThemeMessages",
                columns: new[] { "ThemeId", "MessageId" });

            migrationBuilder.CreateIndex(
                name: "IX_Themes_MunicipalityId_LastSeenAt",
                table: "Themes",
                columns: new[] { "MunicipalityId", "LastSeenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Themes_MunicipalityId_MessageCount",
                table: "Themes",
                columns: new[] { "MunicipalityId", "MessageCount" });

            migrationBuilder.CreateIndex(
                name: "IX_Themes_MunicipalityId_Number",
                table: "Themes",
                columns: new[] { "MunicipalityId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AlertNotifications");

            migrationBuilder.DropTable(
                name: "SignalDailyCounts");

            migrationBuilder.DropTable(
                name: "ThemeClusterStates");

            migrationBuilder.DropTable(
                name: "ThemeDailyCounts");

            migrationBuilder.DropTable(
                name: "ThemeFindings");

            migrationBuilder.DropTable(
                name: "ThemeMessages");

            migrationBuilder.DropTable(
                name: "AlertRules");

            migrationBuilder.DropTable(
                name: "Themes");
        }
    }
}
