using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenspraak.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddMonitoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Channels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    OwnerUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    FeedUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AccountOrHashtag = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PollIntervalMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Cursor = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    NextPollAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastPolledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastSuccessAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConsecutiveErrors = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    StoreRawHandles = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Channels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Channels_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PseudonymKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProtectedKey = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PseudonymKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PseudonymKeys_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WorkItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: true),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UniqueKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AvailableAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LeaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LeasedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChannelApiKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChannelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastUsedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChannelApiKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChannelApiKeys_Channels_ChannelId",
                        column: x => x.ChannelId,
                        principalTable: "Channels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImportJobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChannelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    StoredFileName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Format = table.Column<int>(type: "INTEGER", nullable: false),
                    EncodingName = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    FileSize = table.Column<long>(type: "INTEGER", nullable: false),
                    MappingJson = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    BytesRead = table.Column<long>(type: "INTEGER", nullable: false),
                    RowsRead = table.Column<long>(type: "INTEGER", nullable: false),
                    Accepted = table.Column<long>(type: "INTEGER", nullable: false),
                    Duplicates = table.Column<long>(type: "INTEGER", nullable: false),
                    Skipped = table.Column<long>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportJobs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportJobs_Channels_ChannelId",
                        column: x => x.ChannelId,
                        principalTable: "Channels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Messages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChannelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Fingerprint = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    AuthorPseudonym = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    RawHandle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReplyToExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    AnalysisState = table.Column<int>(type: "INTEGER", nullable: false),
                    ModelVersion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AnalysedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LeaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LeasedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    AnalysisAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    ScoreHate = table.Column<float>(type: "REAL", nullable: false),
                    ScoreToxicity = table.Column<float>(type: "REAL", nullable: false),
                    ScoreThreat = table.Column<float>(type: "REAL", nullable: false),
                    ScoreDehumanisation = table.Column<float>(type: "REAL", nullable: false),
                    ScorePolarisation = table.Column<float>(type: "REAL", nullable: false),
                    ScoreDoxxing = table.Column<float>(type: "REAL", nullable: false),
                    ScoreDisinformation = table.Column<float>(type: "REAL", nullable: false),
                    Flags = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxBand = table.Column<int>(type: "INTEGER", nullable: false),
                    MaxScore = table.Column<float>(type: "REAL", nullable: false),
                    Harmful = table.Column<bool>(type: "INTEGER", nullable: false),
                    TargetGroups = table.Column<int>(type: "INTEGER", nullable: false),
                    EvidenceJson = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClaimSimilarity = table.Column<float>(type: "REAL", nullable: true),
                    ReviewStatus = table.Column<int>(type: "INTEGER", nullable: false),
                    AssignedUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Labels = table.Column<int>(type: "INTEGER", nullable: true),
                    PurgedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Messages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Messages_Channels_ChannelId",
                        column: x => x.ChannelId,
                        principalTable: "Channels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImportRowIssues",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ImportJobId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Row = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportRowIssues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportRowIssues_ImportJobs_ImportJobId",
                        column: x => x.ImportJobId,
                        principalTable: "ImportJobs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewDecisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MessageId = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Action = table.Column<int>(type: "INTEGER", nullable: false),
                    OldStatus = table.Column<int>(type: "INTEGER", nullable: false),
                    NewStatus = table.Column<int>(type: "INTEGER", nullable: false),
                    OldLabels = table.Column<int>(type: "INTEGER", nullable: false),
                    NewLabels = table.Column<int>(type: "INTEGER", nullable: false),
                    AssignedUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewDecisions_Messages_MessageId",
                        column: x => x.MessageId,
                        principalTable: "Messages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChannelApiKeys_ChannelId",
                table: "ChannelApiKeys",
                column: "ChannelId");

            migrationBuilder.CreateIndex(
                name: "IX_ChannelApiKeys_Hash",
                table: "ChannelApiKeys",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChannelApiKeys_MunicipalityId_ChannelId",
                table: "ChannelApiKeys",
                columns: new[] { "MunicipalityId", "ChannelId" });

            migrationBuilder.CreateIndex(
                name: "IX_Channels_Active_NextPollAt",
                table: "Channels",
                columns: new[] { "Active", "NextPollAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Channels_MunicipalityId_Name",
                table: "Channels",
                columns: new[] { "MunicipalityId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportJobs_ChannelId",
                table: "ImportJobs",
                column: "ChannelId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportJobs_MunicipalityId_CreatedAt",
                table: "ImportJobs",
                columns: new[] { "MunicipalityId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportRowIssues_ImportJobId_Row",
                table: "ImportRowIssues",
                columns: new[] { "ImportJobId", "Row" });

            migrationBuilder.CreateIndex(
                name: "IX_Messages_AnalysisState_Id",
                table: "Messages",
                columns: new[] { "AnalysisState", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Messages_ChannelId_ExternalId",
                table: "Messages",
                columns: new[] { "ChannelId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Messages_ChannelId_Fingerprint",
                table: "Messages",
                columns: new[] { "ChannelId", "Fingerprint" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Messages_ChannelId_ReplyToExternalId",
                table: "Messages",
                columns: new[] { "ChannelId", "ReplyToExternalId" });

            migrationBuilder.CreateIndex(
                name: "IX_Messages_MunicipalityId_AuthorPseudonym",
                table: "Messages",
                columns: new[] { "MunicipalityId", "AuthorPseudonym" });

            migrationBuilder.CreateIndex(
                name: "IX_Messages_MunicipalityId_PublishedAt",
                table: "Messages",
                columns: new[] { "MunicipalityId", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Messages_MunicipalityId_ReceivedAt",
                table: "Messages",
                columns: new[] { "MunicipalityId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Messages_MunicipalityId_ReviewStatus_MaxScore_Id",
                table: "Messages",
                columns: new[] { "MunicipalityId", "ReviewStatus", "MaxScore", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PseudonymKeys_MunicipalityId",
                table: "PseudonymKeys",
                column: "MunicipalityId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewDecisions_MessageId",
                table: "ReviewDecisions",
                column: "MessageId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewDecisions_MunicipalityId_At",
                table: "ReviewDecisions",
                columns: new[] { "MunicipalityId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewDecisions_MunicipalityId_MessageId",
                table: "ReviewDecisions",
                columns: new[] { "MunicipalityId", "MessageId" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkItems_State_AvailableAt",
                table: "WorkItems",
                columns: new[] { "State", "AvailableAt" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkItems_UniqueKey",
                table: "WorkItems",
                column: "UniqueKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChannelApiKeys");

            migrationBuilder.DropTable(
                name: "ImportRowIssues");

            migrationBuilder.DropTable(
                name: "PseudonymKeys");

            migrationBuilder.DropTable(
                name: "ReviewDecisions");

            migrationBuilder.DropTable(
                name: "WorkItems");

            migrationBuilder.DropTable(
                name: "ImportJobs");

            migrationBuilder.DropTable(
                name: "Messages");

            migrationBuilder.DropTable(
                name: "Channels");
        }
    }
}
