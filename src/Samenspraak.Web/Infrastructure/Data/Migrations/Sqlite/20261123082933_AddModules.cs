using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenspraak.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddModules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ActionPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartYear = table.Column<int>(type: "INTEGER", nullable: false),
                    EndYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AdoptedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AdoptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Context = table.Column<string>(type: "TEXT", nullable: false),
                    Gaps = table.Column<string>(type: "TEXT", nullable: false),
                    Goals = table.Column<string>(type: "TEXT", nullable: false),
                    Themes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    FollowUp = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionPlans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AlertRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Signal = table.Column<int>(type: "INTEGER", nullable: true),
                    ThemeId = table.Column<long>(type: "INTEGER", nullable: true),
                    ChannelId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Threshold = table.Column<int>(type: "INTEGER", nullable: false),
                    WindowHours = table.Column<int>(type: "INTEGER", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Digest = table.Column<int>(type: "INTEGER", nullable: false),
                    WebhookUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    WebhookSecretProtected = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastDigestAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertRules", x => x.Id);
                });

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
                name: "CommunityDigestPreferences",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Frequency = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunityDigestPreferences", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "CommunityFollows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ThemeSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    QuestionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunityFollows", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CommunityNotifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunityNotifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CommunityPosts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ThemeSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AuthorMunicipalityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ByExpert = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ScreeningReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ModerationReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AcceptedAnswerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EditedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunityPosts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 40000, nullable: false),
                    Approach = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Lessons = table.Column<string>(type: "TEXT", nullable: false),
                    Themes = table.Column<string>(type: "TEXT", nullable: false),
                    TargetGroups = table.Column<string>(type: "TEXT", nullable: false),
                    Municipalities = table.Column<string>(type: "TEXT", nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Provinces = table.Column<string>(type: "TEXT", nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Partners = table.Column<string>(type: "TEXT", nullable: false),
                    PeriodStart = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    PeriodEnd = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    Funding = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Results = table.Column<string>(type: "TEXT", nullable: false),
                    Links = table.Column<string>(type: "TEXT", nullable: false),
                    Keywords = table.Column<string>(type: "TEXT", nullable: false),
                    SignalKinds = table.Column<string>(type: "TEXT", nullable: false),
                    KeyPhrases = table.Column<string>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    SourceTitle = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SourceUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Expertise = table.Column<string>(type: "TEXT", nullable: false),
                    Languages = table.Column<string>(type: "TEXT", nullable: false),
                    OnSiteSupport = table.Column<bool>(type: "INTEGER", nullable: true),
                    Claim = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Verdict = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Publisher = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ClaimReviewDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReviewUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactRole = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ContactConsentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ContactConsentNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ProposedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProposedByMunicipalityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    SeedHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EditedAfterSeed = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SearchDocument = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeTerms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    LabelNl = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    LabelEn = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeTerms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LearningCourses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IsCurrent = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DefinitionJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningCourses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LearningEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    OnlineUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordingUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    ConfirmedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    RegistrationQuestion = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    OrganiserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LearningRoleModels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Motivation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ConsentGiven = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConsentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Screening = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Training = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TrainingPlan = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CoachId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    AppliedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningRoleModels", x => x.Id);
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
                name: "ReviewCalibrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Thresholds = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedByUserId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewCalibrations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SignalDailyCounts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    Harmful = table.Column<int>(type: "INTEGER", nullable: false),
                    Hate = table.Column<int>(type: "INTEGER", nullable: false),
                    Toxicity = table.Column<int>(type: "INTEGER", nullable: false),
                    Threat = table.Column<int>(type: "INTEGER", nullable: false),
                    Dehumanisation = table.Column<int>(type: "INTEGER", nullable: false),
                    Polarisation = table.Column<int>(type: "INTEGER", nullable: false),
                    Doxxing = table.Column<int>(type: "INTEGER", nullable: false),
                    Disinformation = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignalDailyCounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SupportRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Context = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Urgency = table.Column<int>(type: "INTEGER", nullable: false),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    PreferredDates = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RequestedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    TriageNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AssignedExpertId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssignedExpertName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AssignedOrganisationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssignedOrganisationName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    FollowUpOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EvaluationScore = table.Column<int>(type: "INTEGER", nullable: true),
                    EvaluationComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ThemeClusterStates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LastMessageId = table.Column<long>(type: "INTEGER", nullable: false),
                    Documents = table.Column<long>(type: "INTEGER", nullable: false),
                    DocumentFrequencyJson = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ThemeClusterStates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Themes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<long>(type: "INTEGER", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    KeyCountsJson = table.Column<string>(type: "TEXT", nullable: false),
                    MessageCount = table.Column<int>(type: "INTEGER", nullable: false),
                    HarmfulCount = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstSeenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastSeenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DailyStatus = table.Column<int>(type: "INTEGER", nullable: false),
                    WeeklyStatus = table.Column<int>(type: "INTEGER", nullable: false),
                    DailyObserved = table.Column<int>(type: "INTEGER", nullable: false),
                    DailyExpected = table.Column<double>(type: "REAL", nullable: false),
                    DailyPValue = table.Column<double>(type: "REAL", nullable: false),
                    EvaluatedDay = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Themes", x => x.Id);
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
                name: "ActionPlanActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OwnerEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Partners = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    TargetGroup = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    End = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProgressNote = table.Column<string>(type: "TEXT", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PracticeIds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    LastReminderOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionPlanActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionPlanActions_ActionPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "ActionPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionPlanComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Section = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionPlanComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionPlanComments_ActionPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "ActionPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionPlanKpis",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Baseline = table.Column<double>(type: "REAL", nullable: true),
                    Target = table.Column<double>(type: "REAL", nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    IndicatorKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionPlanKpis", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionPlanKpis_ActionPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "ActionPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionPlanPartners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionPlanPartners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionPlanPartners_ActionPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "ActionPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionPlanReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionPlanReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionPlanReports_ActionPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "ActionPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionPlanVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Change = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionPlanVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionPlanVersions_ActionPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "ActionPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AlertNotifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RuleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DedupeKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    ThemeId = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EmailedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WebhookDeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WebhookAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    WebhookNextAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WebhookLastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
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
                name: "CommunityModerationActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ModeratorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModeratorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    PreviousBody = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunityModerationActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommunityModerationActions_CommunityPosts_PostId",
                        column: x => x.PostId,
                        principalTable: "CommunityPosts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CommunityReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReporterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    HandledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HandledById = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunityReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommunityReports_CommunityPosts_PostId",
                        column: x => x.PostId,
                        principalTable: "CommunityPosts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CommunityVotes",
                columns: table => new
                {
                    PostId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Value = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommunityVotes", x => new { x.PostId, x.UserId });
                    table.ForeignKey(
                        name: "FK_CommunityVotes_CommunityPosts_PostId",
                        column: x => x.PostId,
                        principalTable: "CommunityPosts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeItemVersions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeItemVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KnowledgeItemVersions_KnowledgeItems_ItemId",
                        column: x => x.ItemId,
                        principalTable: "KnowledgeItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LearningCertificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsProfessional = table.Column<bool>(type: "INTEGER", nullable: false),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CourseTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CourseVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningCertificates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearningCertificates_LearningCourses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "LearningCourses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LearningLessonProgress",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LessonSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsProfessional = table.Column<bool>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningLessonProgress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearningLessonProgress_LearningCourses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "LearningCourses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LearningQuizAttempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionIds = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ShuffleSeed = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AnswersJson = table.Column<string>(type: "TEXT", nullable: true),
                    Score = table.Column<double>(type: "REAL", nullable: true),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningQuizAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearningQuizAttempts_LearningCourses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "LearningCourses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LearningEventRegistrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Attended = table.Column<bool>(type: "INTEGER", nullable: true),
                    ReminderSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EvaluationScore = table.Column<int>(type: "INTEGER", nullable: true),
                    EvaluationComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningEventRegistrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearningEventRegistrations_LearningEvents_EventId",
                        column: x => x.EventId,
                        principalTable: "LearningEvents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LearningCoachingSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleModelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoachId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningCoachingSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearningCoachingSessions_LearningRoleModels_RoleModelId",
                        column: x => x.RoleModelId,
                        principalTable: "LearningRoleModels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LearningRoleModelActivities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleModelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActivityType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ParticipantsReached = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningRoleModelActivities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearningRoleModelActivities_LearningRoleModels_RoleModelId",
                        column: x => x.RoleModelId,
                        principalTable: "LearningRoleModels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupportMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupportRequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    NewStatus = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportMessages_SupportRequests_SupportRequestId",
                        column: x => x.SupportRequestId,
                        principalTable: "SupportRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ThemeDailyCounts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ThemeId = table.Column<long>(type: "INTEGER", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    HarmfulCount = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ThemeId = table.Column<long>(type: "INTEGER", nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MessageCount = table.Column<int>(type: "INTEGER", nullable: false),
                    DistinctAuthors = table.Column<int>(type: "INTEGER", nullable: false),
                    MessageIdsJson = table.Column<string>(type: "TEXT", nullable: false),
                    StartAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DetectedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "ActionPlanBudgetLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Planned = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Spent = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionPlanBudgetLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionPlanBudgetLines_ActionPlanActions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "ActionPlanActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActionPlanBudgetLines_ActionPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "ActionPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionPlanKpiMeasurements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    KpiId = table.Column<Guid>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionPlanKpiMeasurements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionPlanKpiMeasurements_ActionPlanKpis_KpiId",
                        column: x => x.KpiId,
                        principalTable: "ActionPlanKpis",
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

            migrationBuilder.CreateTable(
                name: "ThemeMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ThemeId = table.Column<long>(type: "INTEGER", nullable: false),
                    MessageId = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "IX_ActionPlanActions_PlanId",
                table: "ActionPlanActions",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlanActions_Status_End",
                table: "ActionPlanActions",
                columns: new[] { "Status", "End" });

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlanBudgetLines_ActionId",
                table: "ActionPlanBudgetLines",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlanBudgetLines_PlanId",
                table: "ActionPlanBudgetLines",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlanComments_PlanId",
                table: "ActionPlanComments",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlanKpiMeasurements_KpiId",
                table: "ActionPlanKpiMeasurements",
                column: "KpiId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlanKpis_PlanId",
                table: "ActionPlanKpis",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlanPartners_PlanId",
                table: "ActionPlanPartners",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlanReports_PlanId",
                table: "ActionPlanReports",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlans_MunicipalityId",
                table: "ActionPlans",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlans_PartnershipId",
                table: "ActionPlans",
                column: "PartnershipId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionPlanVersions_PlanId_Number",
                table: "ActionPlanVersions",
                columns: new[] { "PlanId", "Number" },
                unique: true);

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
                name: "IX_CommunityFollows_QuestionId",
                table: "CommunityFollows",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_CommunityFollows_ThemeSlug",
                table: "CommunityFollows",
                column: "ThemeSlug");

            migrationBuilder.CreateIndex(
                name: "IX_CommunityFollows_UserId_ThemeSlug_QuestionId",
                table: "CommunityFollows",
                columns: new[] { "UserId", "ThemeSlug", "QuestionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommunityModerationActions_PostId",
                table: "CommunityModerationActions",
                column: "PostId");

            migrationBuilder.CreateIndex(
                name: "IX_CommunityNotifications_UserId_CreatedAt",
                table: "CommunityNotifications",
                columns: new[] { "UserId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CommunityPosts_Kind_Status_CreatedAt",
                table: "CommunityPosts",
                columns: new[] { "Kind", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CommunityPosts_QuestionId",
                table: "CommunityPosts",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_CommunityPosts_ThemeSlug",
                table: "CommunityPosts",
                column: "ThemeSlug");

            migrationBuilder.CreateIndex(
                name: "IX_CommunityReports_HandledAt",
                table: "CommunityReports",
                column: "HandledAt");

            migrationBuilder.CreateIndex(
                name: "IX_CommunityReports_PostId",
                table: "CommunityReports",
                column: "PostId");

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
                name: "IX_KnowledgeItems_Slug",
                table: "KnowledgeItems",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeItems_Status_Kind",
                table: "KnowledgeItems",
                columns: new[] { "Status", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeItemVersions_ItemId_Version",
                table: "KnowledgeItemVersions",
                columns: new[] { "ItemId", "Version" });

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeTerms_Kind_Slug",
                table: "KnowledgeTerms",
                columns: new[] { "Kind", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LearningCertificates_Code",
                table: "LearningCertificates",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LearningCertificates_CourseId",
                table: "LearningCertificates",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningCertificates_MunicipalityId_IssuedAt",
                table: "LearningCertificates",
                columns: new[] { "MunicipalityId", "IssuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LearningCertificates_UserId_CourseId",
                table: "LearningCertificates",
                columns: new[] { "UserId", "CourseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LearningCoachingSessions_RoleModelId_Date",
                table: "LearningCoachingSessions",
                columns: new[] { "RoleModelId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_LearningCourses_Slug_Version",
                table: "LearningCourses",
                columns: new[] { "Slug", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LearningEventRegistrations_EventId_Status_RegisteredAt",
                table: "LearningEventRegistrations",
                columns: new[] { "EventId", "Status", "RegisteredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LearningEventRegistrations_EventId_UserId",
                table: "LearningEventRegistrations",
                columns: new[] { "EventId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LearningEvents_StartsAt",
                table: "LearningEvents",
                column: "StartsAt");

            migrationBuilder.CreateIndex(
                name: "IX_LearningLessonProgress_CourseId",
                table: "LearningLessonProgress",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningLessonProgress_MunicipalityId_CourseId",
                table: "LearningLessonProgress",
                columns: new[] { "MunicipalityId", "CourseId" });

            migrationBuilder.CreateIndex(
                name: "IX_LearningLessonProgress_UserId_CourseId_LessonSlug",
                table: "LearningLessonProgress",
                columns: new[] { "UserId", "CourseId", "LessonSlug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LearningQuizAttempts_CourseId",
                table: "LearningQuizAttempts",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningQuizAttempts_UserId_CourseId_Number",
                table: "LearningQuizAttempts",
                columns: new[] { "UserId", "CourseId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LearningRoleModelActivities_MunicipalityId_Date",
                table: "LearningRoleModelActivities",
                columns: new[] { "MunicipalityId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_LearningRoleModelActivities_RoleModelId",
                table: "LearningRoleModelActivities",
                column: "RoleModelId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningRoleModels_MunicipalityId",
                table: "LearningRoleModels",
                column: "MunicipalityId");

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
                name: "IX_ReviewCalibrations_MunicipalityId",
                table: "ReviewCalibrations",
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
                name: "IX_SignalDailyCounts_MunicipalityId_Day",
                table: "SignalDailyCounts",
                columns: new[] { "MunicipalityId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupportMessages_SupportRequestId_CreatedAt",
                table: "SupportMessages",
                columns: new[] { "SupportRequestId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SupportRequests_AssignedExpertId",
                table: "SupportRequests",
                column: "AssignedExpertId");

            migrationBuilder.CreateIndex(
                name: "IX_SupportRequests_MunicipalityId_Status",
                table: "SupportRequests",
                columns: new[] { "MunicipalityId", "Status" });

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
                name: "ActionPlanBudgetLines");

            migrationBuilder.DropTable(
                name: "ActionPlanComments");

            migrationBuilder.DropTable(
                name: "ActionPlanKpiMeasurements");

            migrationBuilder.DropTable(
                name: "ActionPlanPartners");

            migrationBuilder.DropTable(
                name: "ActionPlanReports");

            migrationBuilder.DropTable(
                name: "ActionPlanVersions");

            migrationBuilder.DropTable(
                name: "AlertNotifications");

            migrationBuilder.DropTable(
                name: "ChannelApiKeys");

            migrationBuilder.DropTable(
                name: "CommunityDigestPreferences");

            migrationBuilder.DropTable(
                name: "CommunityFollows");

            migrationBuilder.DropTable(
                name: "CommunityModerationActions");

            migrationBuilder.DropTable(
                name: "CommunityNotifications");

            migrationBuilder.DropTable(
                name: "CommunityReports");

            migrationBuilder.DropTable(
                name: "CommunityVotes");

            migrationBuilder.DropTable(
                name: "ImportRowIssues");

            migrationBuilder.DropTable(
                name: "KnowledgeItemVersions");

            migrationBuilder.DropTable(
                name: "KnowledgeTerms");

            migrationBuilder.DropTable(
                name: "LearningCertificates");

            migrationBuilder.DropTable(
                name: "LearningCoachingSessions");

            migrationBuilder.DropTable(
                name: "LearningEventRegistrations");

            migrationBuilder.DropTable(
                name: "LearningLessonProgress");

            migrationBuilder.DropTable(
                name: "LearningQuizAttempts");

            migrationBuilder.DropTable(
                name: "LearningRoleModelActivities");

            migrationBuilder.DropTable(
                name: "PseudonymKeys");

            migrationBuilder.DropTable(
                name: "ReviewCalibrations");

            migrationBuilder.DropTable(
                name: "ReviewDecisions");

            migrationBuilder.DropTable(
                name: "SignalDailyCounts");

            migrationBuilder.DropTable(
                name: "SupportMessages");

            migrationBuilder.DropTable(
                name: "ThemeClusterStates");

            migrationBuilder.DropTable(
                name: "ThemeDailyCounts");

            migrationBuilder.DropTable(
                name: "ThemeFindings");

            migrationBuilder.DropTable(
                name: "ThemeMessages");

            migrationBuilder.DropTable(
                name: "WorkItems");

            migrationBuilder.DropTable(
                name: "ActionPlanActions");

            migrationBuilder.DropTable(
                name: "ActionPlanKpis");

            migrationBuilder.DropTable(
                name: "AlertRules");

            migrationBuilder.DropTable(
                name: "CommunityPosts");

            migrationBuilder.DropTable(
                name: "ImportJobs");

            migrationBuilder.DropTable(
                name: "KnowledgeItems");

            migrationBuilder.DropTable(
                name: "LearningEvents");

            migrationBuilder.DropTable(
                name: "LearningCourses");

            migrationBuilder.DropTable(
                name: "LearningRoleModels");

            migrationBuilder.DropTable(
                name: "SupportRequests");

            migrationBuilder.DropTable(
                name: "Messages");

            migrationBuilder.DropTable(
                name: "Themes");

            migrationBuilder.DropTable(
                name: "ActionPlans");

            migrationBuilder.DropTable(
                name: "Channels");
        }
    }
}
