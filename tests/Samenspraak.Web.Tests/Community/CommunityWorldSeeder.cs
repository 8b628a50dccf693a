using Microsoft.Extensions.DependencyInjection;
using Samenspraak.Web.Community.Questions;
using Samenspraak.Web.Community.Shared;
using Samenspraak.Web.Community.Support;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Community;

/// <summary>
/// The community's part of the test world, made through the module's own services: a published question by the home
/// municipality's staff member with an expert's answer ("community.question", "community.answer"), and a support
/// request of the home municipality ("community.home-support-request").
/// </summary>
internal sealed class CommunityWorldSeeder : IWorldSeeder
{
    public const string Theme = "haatspraak";

    public async Task SeedAsync(IServiceProvider services, TestWorld world)
    {
        await using var scope = services.CreateAsyncScope();
        var community = scope.ServiceProvider.GetRequiredService<CommunityService>();
        var support = scope.ServiceProvider.GetRequiredService<SupportService>();

        var asked = await community.AskAsync(CommunityActors.Of(world, Principal.Staff),
            "Hoe reageren we op haatreacties onder onze berichten?",
            "Onder onze berichten over de nieuwe sporthal verschijnen kwetsende reacties over nieuwkomers. Wat werkt bij jullie?", Theme);
        var questionId = Succeeded(asked);
        var answered = await community.AnswerAsync(CommunityActors.Of(world, Principal.Expert), questionId,
            "Werk met **huisregels** die je vooraf publiceert, en antwoord kort en rustig met een verwijzing ernaar.");
        world.AddResource("community.question", questionId.ToString());
        world.AddResource("community.answer", Succeeded(answered).ToString());

        var requested = await support.SubmitAsync(CommunityActors.Of(world, Principal.Staff), new SupportIntake(
            "Begeleiding bij een gespannen buurtvergadering", "Er komt een opvanglocatie; de vorige vergadering liep uit de hand.",
            SupportUrgency.High, SupportMode.OnSite, "dinsdagen in maart"));
        world.AddResource("community.home-support-request", Succeeded(requested).ToString());
    }

    private static Guid Succeeded(CommunityResult result) =>
        result is { Succeeded: true, Held: false, Id: { } id } ? id : throw new InvalidOperationException(string.Join(" ", result.Errors));
}

/// <summary>The test world's users as the community module sees them.</summary>
internal static class CommunityActors
{
    public static Actor Of(TestWorld world, Principal principal)
    {
        var user = world[principal];
        return new Actor(user.Id, user.DisplayName, user.MunicipalityId,
            IsExpert: principal == Principal.Expert,
            IsModerator: principal is Principal.Moderator or Principal.PlatformAdmin,
            IsPlatformAdmin: principal == Principal.PlatformAdmin);
    }
}
