using Microsoft.EntityFrameworkCore;
using Samenspraak.Web.Community.Questions;
using Samenspraak.Web.Community.Shared;
using Samenspraak.Web.Community.Support;
using Samenspraak.Web.Infrastructure.Data;
using Samenspraak.Web.Infrastructure.FirstRun;

namespace Samenspraak.Web.Community.Demo;

/// <summary>
/// Demo content for the demo municipality (only when demo data is on): a few questions with answers, one of them by
/// the demo expert, and an open support request, so a newcomer sees the community and support at work. Written in our
/// own words through the module's services (so it is screened like every post). Runs once: skipped when the demo staff
/// member has posted anything.
/// </summary>
internal sealed class CommunityDemoSeeder(AppDbContext db, CommunityService community, SupportService support) : IModuleSeeder
{
    public int Order => 400;

    public async Task SeedAsync(bool seedDemo, CancellationToken cancellationToken)
    {
        if (!seedDemo)
        {
            return;
        }

        var staff = await DemoActorAsync("medewerker", cancellationToken);
        var expert = await DemoActorAsync("expert", cancellationToken);
        var partner = await DemoActorAsync("partner", cancellationToken);
        if (staff is null || expert is null || partner is null
            || await db.Set<Post>().AnyAsync(p => p.AuthorId == staff.Id, cancellationToken))
        {
            return;
        }

        var first = await community.AskAsync(staff, "Hoe reageren we als stad op kwetsende reacties onder onze berichten?",
            "Onder onze berichten over de nieuwe sporthal verschijnen steeds meer kwetsende reacties over nieuwkomers. "
            + "Verwijderen we die, antwoorden we erop, of laten we ze staan? Hoe pakken jullie dat aan?", "haatspraak", cancellationToken);
        if (first.Id is { } firstId)
        {
            await community.AnswerAsync(expert, firstId,
                "Een werkwijze die vaak helpt:\n\n1. Publiceer vooraf **huisregels** en verwijs ernaar.\n"
                + "2. Antwoord kort en rustig, richt je op de meelezers, niet op de schrijver.\n"
                + "3. Verberg wat strafbaar is en bewaar een schermafbeelding; meld bedreigingen bij de politie.", cancellationToken);
            await community.AnswerAsync(partner, firstId,
                "Wij werken met een klein team dat elke ochtend de reacties doorneemt. Vooral het vaste antwoordschema maakt het haalbaar.",
                cancellationToken);
        }

        await community.AskAsync(partner, "Wie heeft ervaring met een omstaanderstraining voor jeugdwerkers?",
            "We willen onze jeugdwerkers leren reageren als jongeren online worden uitgescholden. Welke aanpak of organisatie raden jullie aan?",
            "omstaanders", cancellationToken);

        await support.SubmitAsync(staff, new SupportIntake(
            "Begeleiding bij een buurtvergadering over een opvanglocatie",
            "Er komt een tijdelijke opvanglocatie in een woonwijk. De eerste infoavond verliep gespannen; we zoeken iemand die de volgende mee voorbereidt en begeleidt.",
            SupportUrgency.High, SupportMode.OnSite, "avonden in de tweede helft van de maand"), cancellationToken);
    }

    private async Task<Actor?> DemoActorAsync(string local, CancellationToken ct)
    {
        var email = $"{local}@{DemoData.DemoMailDomain}".ToUpperInvariant();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedEmail == email, ct);
        return user is null ? null : new Actor(user.Id, user.DisplayName, user.MunicipalityId, local == "expert", false, false);
    }
}
