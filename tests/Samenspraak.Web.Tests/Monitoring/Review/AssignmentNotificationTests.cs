using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Monitoring.Messages;
using Samenspraak.Web.Monitoring.Review.Assignments;
using Samenspraak.Web.Platform.Tenancy;
using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Monitoring.Alerts;
using Samenspraak.Web.Tests.Pages;

namespace Samenspraak.Web.Tests.Monitoring.Review;

/// <summary>
/// "Opvolgen" tells the assigned colleague: an in-app notice on Signalen (read when the message is opened) and one
/// e-mail per assignment, delivered to a real SMTP listener, with links only — never the message text or the note.
/// </summary>
public abstract class AssignmentNotificationTests<TFixture>(TFixture app, Func<TFixture, SmtpTestServer> smtp) where TFixture : AppFixture
{
    private const string Secret = "Die buurman van nummer 7 moet eens goed bang gemaakt worden";

    private async Task<List<Message>> MessagesAsync(int count)
    {
        var channel = await ReviewTestData.ChannelAsync(app.Services, app.World.Home.Id, "Opvolging " + Guid.NewGuid().ToString("N")[..6]);
        var messages = Enumerable.Range(0, count).Select(i => ReviewTestData.Analysed(channel, $"{Secret} ({i})", 0.8f)).ToArray();
        return await ReviewTestData.SaveAsync(app.Services, messages);
    }

    private async Task<List<AssignmentNotice>> NoticesAsync(IEnumerable<long> messageIds)
    {
        var ids = messageIds.ToList();
        await using var scope = app.Services.CreateAsyncScope();
        await using var db = ReviewTestData.Context(scope, SystemTenantContext.Instance);
        return await db.Set<AssignmentNotice>().IgnoreTenantFilter().AsNoTracking().Where(n => ids.Contains(n.MessageId)).OrderBy(n => n.Id).ToListAsync();
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task AssigningOneMessageMailsALinkWithoutTheTextAndShowsAnInAppNoticeUntilOpened()
    {
        var message = (await MessagesAsync(1))[0];
        var staff = await app.ClientAsync(Principal.Staff);
        var moderator = app.World[Principal.Moderator];

        await PageForm.SubmitAsync(staff, $"/signalen/{message.Id}", "id=\"opvolgen\"",
            [new("toegewezen", moderator.Id.ToString()), new("notitie", "Vertrouwelijk: " + Secret)]);

        var mail = (await smtp(app).WaitForAsync(TestWorld.EmailOf(Principal.Moderator))).Parse();
        Assert.Equal("Samenspraak: een bericht om op te volgen", mail.Subject);
        Assert.Contains($"/signalen/{message.Id}", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/signalen/{message.Id}\"", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Staff", mail.TextBody, StringComparison.Ordinal);
        foreach (var body in new[] { mail.TextBody, mail.HtmlBody, mail.Subject })
        {
            Assert.DoesNotContain("buurman", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Vertrouwelijk", body, StringComparison.Ordinal);
        }

        var notice = Assert.Single(await NoticesAsync([message.Id]));
        Assert.Equal(moderator.Id, notice.UserId);
        Assert.Equal(app.World[Principal.Staff].Id, notice.AssignedByUserId);
        Assert.Null(notice.ReadAt);

        // The colleague sees the notice on Signalen; the assigner does not.
        var colleague = await app.ClientAsync(Principal.Moderator);
        var queue = PageForm.Text(await PageForm.HtmlAsync(colleague, "/signalen"));
        Assert.Contains("id=\"aan-jou-toegewezen\"", queue, StringComparison.Ordinal);
        Assert.Contains($"href=\"/signalen/{message.Id}\"", queue, StringComparison.Ordinal);
        Assert.DoesNotContain($"Bericht {message.Id}, toegewezen door", PageForm.Text(await PageForm.HtmlAsync(staff, "/signalen")), StringComparison.Ordinal);

        // Opening the message reads the notice.
        await PageForm.HtmlAsync(colleague, $"/signalen/{message.Id}");
        Assert.NotNull(Assert.Single(await NoticesAsync([message.Id])).ReadAt);
        Assert.DoesNotContain($"Bericht {message.Id}, toegewezen door", PageForm.Text(await PageForm.HtmlAsync(colleague, "/signalen")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABulkAssignmentIsOneMailWithALinkPerMessageAndTheNoticesCanBeMarkedRead()
    {
        var messages = await MessagesAsync(3);
        var staff = await app.ClientAsync(Principal.Staff);
        var admin = app.World[Principal.MunicipalityAdmin];
        var ids = messages.Select(m => new KeyValuePair<string, string>("ids", Id(m.Id)));

        var response = await PageForm.SubmitAsync(staff, $"/signalen?kanaal={messages[0].ChannelId}", "id=\"bulk\"",
            [.. ids, new("actie", "opvolgen"), new("toegewezen", admin.Id.ToString())]);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var recipient = TestWorld.EmailOf(Principal.MunicipalityAdmin);
        var mail = (await smtp(app).WaitForAsync(recipient)).Parse();
        Assert.Equal("Samenspraak: 3 berichten om op te volgen", mail.Subject);
        Assert.All(messages, m => Assert.Contains($"/signalen/{m.Id}", mail.TextBody, StringComparison.Ordinal));
        Assert.DoesNotContain("buurman", mail.TextBody, StringComparison.Ordinal);
        Assert.Single(smtp(app).Messages, m => m.Recipients.Contains(recipient) && m.Parse().Subject == mail.Subject);
        Assert.Equal(3, (await NoticesAsync(messages.Select(m => m.Id))).Count(n => n.UserId == admin.Id));

        // Assigning the same messages to the same colleague again is no news: no second notice.
        await PageForm.SubmitAsync(staff, $"/signalen?kanaal={messages[0].ChannelId}&status=alle", "id=\"bulk\"",
            [.. ids, new("actie", "opvolgen"), new("toegewezen", admin.Id.ToString())]);
        Assert.Equal(3, (await NoticesAsync(messages.Select(m => m.Id))).Count);

        var colleague = await app.ClientAsync(Principal.MunicipalityAdmin);
        var marked = await PageForm.SubmitAsync(colleague, "/signalen", "id=\"toewijzingen-gelezen\"", []);
        Assert.Contains("als gelezen gemarkeerd", PageForm.Text(await PageForm.FollowAsync(colleague, marked)), StringComparison.Ordinal);
        Assert.All(await NoticesAsync(messages.Select(m => m.Id)), n => Assert.NotNull(n.ReadAt));
    }

    [Fact]
    public async Task AssigningToYourselfNotifiesNobody()
    {
        var message = (await MessagesAsync(1))[0];
        var staff = await app.ClientAsync(Principal.Staff);

        await PageForm.SubmitAsync(staff, $"/signalen/{message.Id}", "id=\"opvolgen\"", [new("toegewezen", app.World[Principal.Staff].Id.ToString())]);

        Assert.Equal(ReviewStatus.Opvolging, (await ReviewTestData.ReloadAsync(app.Services, message.Id)).ReviewStatus);
        Assert.Empty(await NoticesAsync([message.Id]));
    }
}

public sealed class SqliteAssignmentNotificationTests(AlertSqliteFixture app)
    : AssignmentNotificationTests<AlertSqliteFixture>(app, f => f.Smtp), IClassFixture<AlertSqliteFixture>;

public sealed class PostgresAssignmentNotificationTests(AlertPostgresFixture app)
    : AssignmentNotificationTests<AlertPostgresFixture>(app, f => f.Smtp), IClassFixture<AlertPostgresFixture>;
