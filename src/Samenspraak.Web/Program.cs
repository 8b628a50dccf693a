using Samenspraak.Web.Community;
using Samenspraak.Web.ActionPlans;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.FirstRun;
using Samenspraak.Web.Infrastructure.Health;
using Samenspraak.Web.Infrastructure.Http;
using Samenspraak.Web.Infrastructure.Mail;
using Samenspraak.Web.Infrastructure.OpenApi;
using Samenspraak.Web.Infrastructure.Telemetry;
using Samenspraak.Web.Learning;
using Samenspraak.Web.Monitoring;
using Samenspraak.Web.Monitoring.Api;
using Samenspraak.Web.Knowledge;
using Samenspraak.Web.Knowledge.Import;
using Samenspraak.Web.Monitoring.Review;
using Samenspraak.Web.Platform.Accounts.Identity;
using Samenspraak.Web.Platform.Api;
using Samenspraak.Web.Platform.Audit;
using Samenspraak.Web.Platform.Indicators;
using Samenspraak.Web.Shell;

var builder = WebApplication.CreateBuilder(args);

builder.AddTelemetry();
builder.AddData();
builder.AddAudit();
builder.AddIndicators();
builder.AddAccounts();
builder.AddMail();
builder.AddFirstRun();
builder.AddErrorHandling();
builder.AddRateLimits();
builder.AddHealth();
builder.AddApiDocumentation();
builder.AddShell();
builder.AddLearning();
builder.AddCommunity();
builder.AddActionPlans();
builder.AddMonitoring();
builder.AddMonitoringTrends();
builder.AddKnowledge();
builder.AddKnowledgeImport();
builder.AddMonitoringReview();

var app = builder.Build();

app.UseReverseProxyHeaders();
app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

// Early, so that error responses are in the user's language too.
app.UseRequestLocalization();
app.UseErrorHandling();
app.UseRequestLimitsWithPushBodies();
app.UseRouting();
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
app.UseAntiforgery();

app.MapHealth();
app.MapApiDocumentation();
app.MapPlatformApi();
app.MapShell();
app.MapLearning();
app.MapCommunity();
app.MapActionPlans();
app.MapMonitoring();
app.MapMonitoringTrends();
app.MapKnowledge();
app.MapKnowledgeImport();
app.MapMonitoringReview();
app.MapNotFoundFallback();
app.MarkFrameworkEndpointsAnonymous();

await app.InitializeDatabaseAsync();
await app.RunAsync();

/// <summary>The web application's entry point; public for WebApplicationFactory in the tests.</summary>
public partial class Program;
