using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Community;
using Samenspraak.Web.Community.Moderation;
using Samenspraak.Web.Community.Notifications;
using Samenspraak.Web.Community.Privacy;
using Samenspraak.Web.Community.Questions;
using Samenspraak.Web.Community.Support;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Pages;

namespace Samenspraak.Web.Tests.Community;

/// <summary>
/// Erasing one's community data (issue 7: personal data deletable). The home staff member asks (the world's question),
/// answers, votes, follows, reports, is mentioned and writes in their support request; then erases through
/// "mijn gegevens". Every page and JSON shows "Voormalig lid" and nothing of them; others' posts, votes and the foreign
/// municipality's request are untouched; a second erasure changes nothing. One test per class: the erasure is final.
/// </summary>
public abstract class CommunityDataErasureTests<TFixture>(TFixture app) where TFixture : AppFixture
{
    private CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work) =>
        WithScopeAsync(s => work(s.GetRequiredService<AppDbContext>()));

    private static Guid Id(CommunityResult result) =>
        result is { Succeeded: true, Id: { } id } ? id : throw new InvalidOperationException(string.Join(" ", result.Errors));

    [Fact]
    public async Task AnErasedMemberReadsAsFormerMemberEverywhereAndOthersKeepTheirData()
    {
        var staffUser = app.World[Principal.Staff];
        var staff = CommunityActors.Of(app.World, Principal.Staff);
        var partner = CommunityActors.Of(app.World, Principal.Partner);
        var expert = CommunityActors.Of(app.World, Principal.Expert);
        var questionId = Guid.Parse(app.World.Resource("community.question"));
        var expertAnswerId = Guid.Parse(app.World.Resource("community.answer"));
        var requestId = Guid.Parse(app.World.Resource("community.home-support-request"));

        // The staff member's community life: an answer, a vote, a follow, a report, a mention, a message, a digest choice.
        var partnerQuestion = Id(await WithScopeAsync(s => s.GetRequiredService<CommunityService>().AskAsync(partner,
            "Hoe houden jullie een buurtgesprek rustig?", $"Wie heeft ervaring? @{Mentions.HandleOf(staffUser.DisplayName)} misschien?", CommunityWorldSeeder.Theme, Ct)));
        var staffAnswer = Id(await WithScopeAsync(s => s.GetRequiredService<CommunityService>().AnswerAsync(staff, partnerQuestion,
            "Spreek vooraf huisregels af en laat een neutrale gespreksleider het woord geven.", Ct)));
        Assert.True((await WithScopeAsync(s => s.GetRequiredService<CommunityService>().VoteAsync(staff, expertAnswerId, 1, Ct))).Succeeded);
        Assert.True((await WithScopeAsync(s => s.GetRequiredService<CommunityService>().VoteAsync(partner, expertAnswerId, 1, Ct))).Succeeded);
        Assert.True((await WithScopeAsync(s => s.GetRequiredService<CommunityService>().ToggleThemeAsync(staff, CommunityWorldSeeder.Theme, Ct))).Succeeded);
        Assert.True((await WithScopeAsync(s => s.GetRequiredService<CommunityService>().ReportAsync(staff, partnerQuestion, "Dit lijkt me dubbel gepost.", Ct))).Succeeded);
        Assert.True((await WithScopeAsync(s => s.GetRequiredService<SupportService>().PostMessageAsync(staff, requestId, "Eigen aanvulling: de zaal is op 12 maart vrij.", Ct))).Succeeded);
        var foreignRequest = Id(await WithScopeAsync(s => s.GetRequiredService<SupportService>().SubmitAsync(
            CommunityActors.Of(app.World, Principal.ForeignMunicipalityAdmin), new SupportIntake(
                "Hulp bij een online haatcampagne", "Een raadslid wordt online bedreigd.", SupportUrgency.High, SupportMode.Online, ""), Ct)));
        await WithDbAsync(async db =>
        {
            db.Add(new DigestPreference { UserId = staffUser.Id, Frequency = DigestFrequency.Weekly, LastSentAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync(Ct);
        });
        Assert.True(await WithDbAsync(db => db.Set<Notification>().AnyAsync(n => n.UserId == staffUser.Id && n.Kind == NotificationKind.Mentioned, Ct)));

        // Erasing needs the confirmation; without it nothing changes.
        var client = await app.ClientAsync(Principal.Staff);
        var unconfirmed = await PageForm.SubmitAsync(client, "/leren/mijn-gegevens", "gemeenschap-gegevens-wissen", []);
        Assert.Contains("Vink aan dat je je gemeenschapsgegevens definitief wilt wissen.", PageForm.Text(await unconfirmed.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        Assert.True(await WithDbAsync(db => db.Set<Post>().AnyAsync(p => p.AuthorId == staffUser.Id, Ct)));

        var erased = await PageForm.SubmitAsync(client, "/leren/mijn-gegevens", "gemeenschap-gegevens-wissen", [new("ConfirmCommunityErase", "ja")]);
        var after = PageForm.Text(await PageForm.FollowAsync(client, erased));
        Assert.Contains("Je gemeenschapsgegevens zijn gewist.", after, StringComparison.Ordinal);
        Assert.Contains("Berichten die je schreef in de gemeenschap: 0. Ondersteuningsvragen die je indiende: 0.", after, StringComparison.Ordinal);

        // The database: the posts stay without their author, the votes keep counting without the voter, the rest is gone.
        var posts = await WithDbAsync(db => db.Set<Post>().AsNoTracking().Where(p => p.Id == questionId || p.Id == staffAnswer || p.Id == expertAnswerId || p.Id == partnerQuestion).ToListAsync(Ct));
        Assert.All(posts.Where(p => p.Id == questionId || p.Id == staffAnswer), p => Assert.Equal((FormerMember.Id, "", (Guid?)null), (p.AuthorId, p.AuthorName, p.AuthorMunicipalityId)));
        Assert.Equal(expert.Name, posts.Single(p => p.Id == expertAnswerId).AuthorName);
        Assert.Equal(partner.Id, posts.Single(p => p.Id == partnerQuestion).AuthorId);
        Assert.Equal(2, posts.Single(p => p.Id == expertAnswerId).Score);
        var votes = await WithDbAsync(db => db.Set<PostVote>().AsNoTracking().Where(v => v.PostId == expertAnswerId).ToListAsync(Ct));
        Assert.Equal(2, votes.Count);
        Assert.Contains(votes, v => v.UserId == partner.Id);
        Assert.DoesNotContain(votes, v => v.UserId == staffUser.Id || v.UserId == FormerMember.Id);
        Assert.False(await WithDbAsync(db => db.Set<Follow>().AnyAsync(f => f.UserId == staffUser.Id, Ct)));
        Assert.False(await WithDbAsync(db => db.Set<Notification>().AnyAsync(n => n.UserId == staffUser.Id, Ct)));
        Assert.False(await WithDbAsync(db => db.Set<DigestPreference>().AnyAsync(d => d.UserId == staffUser.Id, Ct)));
        var report = await WithDbAsync(db => db.Set<PostReport>().AsNoTracking().SingleAsync(r => r.PostId == partnerQuestion, Ct));
        Assert.Equal(FormerMember.Id, report.ReporterId);
        var request = await WithDbAsync(db => db.Set<SupportRequest>().IgnoreTenantFilter().AsNoTracking().SingleAsync(r => r.Id == requestId, Ct));
        Assert.Equal((FormerMember.Id, ""), (request.RequestedById, request.RequestedByName));
        Assert.Equal("Begeleiding bij een gespannen buurtvergadering", request.Question);
        var messages = await WithDbAsync(db => db.Set<SupportMessage>().AsNoTracking().Where(m => m.SupportRequestId == requestId).ToListAsync(Ct));
        Assert.Contains(messages, m => m.Body.StartsWith("Eigen aanvulling", StringComparison.Ordinal) && m.AuthorId == FormerMember.Id && m.AuthorName == "");
        var foreign = await WithDbAsync(db => db.Set<SupportRequest>().IgnoreTenantFilter().AsNoTracking().SingleAsync(r => r.Id == foreignRequest, Ct));
        Assert.Equal(app.World[Principal.ForeignMunicipalityAdmin].DisplayName, foreign.RequestedByName);

        // The pages and the API show "Voormalig lid" and no trace of the name.
        var expertClient = await app.ClientAsync(Principal.Expert);
        // The partner's question still says "@Staff": mentions in other people's words are not rewritten (by design).
        Assert.Contains("Voormalig lid", PageForm.Text(await PageForm.HtmlAsync(expertClient, CommunityService.QuestionLink(partnerQuestion))), StringComparison.Ordinal);
        foreach (var path in new[] { CommunityService.QuestionLink(questionId), "/gemeenschap" })
        {
            var page = PageForm.Text(await PageForm.HtmlAsync(expertClient, path));
            Assert.Contains("Voormalig lid", page, StringComparison.Ordinal);
            Assert.DoesNotContain(staffUser.DisplayName, page, StringComparison.Ordinal);
        }

        var supportPage = PageForm.Text(await PageForm.HtmlAsync(await app.ClientAsync(Principal.MunicipalityAdmin), SupportService.Link(requestId)));
        Assert.Contains("Voormalig lid", supportPage, StringComparison.Ordinal);
        Assert.DoesNotContain(staffUser.DisplayName, supportPage, StringComparison.Ordinal);
        var api = await expertClient.GetFromJsonAsync<QuestionResponse>($"/api/v1/community/questions/{questionId}", Ct);
        Assert.Equal("Voormalig lid", api!.AuthorName);
        var list = await expertClient.GetStringAsync("/api/v1/community/questions", Ct);
        Assert.DoesNotContain(staffUser.DisplayName, list, StringComparison.Ordinal);

        // A second export holds nothing personal.
        var export = JsonDocument.Parse(await client.GetStringAsync("/gemeenschap/mijn-gegevens.json", Ct)).RootElement;
        Assert.Empty(export.GetProperty("posts").EnumerateArray());
        Assert.Empty(export.GetProperty("follows").EnumerateArray());
        Assert.Empty(export.GetProperty("supportRequests").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, export.GetProperty("digest").ValueKind);

        // Audited with counts only; erasing again is harmless and changes nothing.
        var audit = await WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == "community.my-data-deleted").ToListAsync(Ct));
        var entry = Assert.Single(audit);
        Assert.Equal(staffUser.Id.ToString(), entry.EntityId);
        Assert.DoesNotContain(staffUser.DisplayName, entry.Details ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain(TestWorld.EmailOf(Principal.Staff), entry.Details ?? "", StringComparison.OrdinalIgnoreCase);
        var again = await WithScopeAsync(s => s.GetRequiredService<ICommunityDataEraser>().EraseAsync(staffUser.Id, Ct));
        Assert.Equal(new CommunityErasure(0, 0, 0, 0, 0, 0, 0, 0), again);

        // Activity on an erased question notifies nobody in the erased member's place.
        Id(await WithScopeAsync(s => s.GetRequiredService<CommunityService>().AnswerAsync(expert, questionId, "Nog een tip: nodig een bemiddelaar uit.", Ct)));
        Assert.False(await WithDbAsync(db => db.Set<Notification>().AnyAsync(n => n.UserId == FormerMember.Id, Ct)));
    }

    [Fact]
    public void TheFormerMemberLabelFollowsTheReadersLanguage()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("nl-BE");
            Assert.Equal("Voormalig lid", FormerMember.Name(""));
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            Assert.Equal("Former member", FormerMember.Name(""));
            Assert.Equal("An Peeters", FormerMember.Name("An Peeters"));
            Assert.Null(FormerMember.Optional(null));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}

public sealed class SqliteCommunityDataErasureTests(SqliteAppFixture app) : CommunityDataErasureTests<SqliteAppFixture>(app), IClassFixture<SqliteAppFixture>;

public sealed class PostgresCommunityDataErasureTests(PostgresAppFixture app) : CommunityDataErasureTests<PostgresAppFixture>(app), IClassFixture<PostgresAppFixture>;
