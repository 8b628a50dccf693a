using Samenspraak.Web.Tests.Infrastructure;
using Samenspraak.Web.Tests.Knowledge;
using static Samenspraak.Web.Tests.Authorization.AccessRule;

namespace Samenspraak.Web.Tests.Authorization;

/// <summary>The Knowledge module's rows of the authorization matrix (see <see cref="EndpointExpectations"/>).</summary>
public static class KnowledgeExpectations
{
    /// <summary>A proposal may be edited by its proposer (here the home staff member, while it is a draft) and by curators.</summary>
    private static readonly AccessRule CuratorOrProposer = new("Redacteur of indiener",
        new HashSet<Principal> { Principal.PlatformAdmin, Principal.Curator, Principal.Staff });

    public static IReadOnlyList<EndpointExpectation> Rows { get; } =
    [
        // Published knowledge is public; contact details are hidden inside the page (tested separately).
        new("GET", "/kennisbank", Anonymous, _ => "/kennisbank"),
        new("GET", "/kennisbank/{Segment}/{Slug}", Anonymous, _ => "/kennisbank/praktijken/rolmodellen-polrad"),
        new("GET", "/kennisbank/duiding", Anonymous, _ => "/kennisbank/duiding?signaal=hate&doelgroep=religion"),
        new("GET", "/sociale-kaart", Anonymous, _ => "/sociale-kaart"),
        new("GET", "/factchecks", Anonymous, _ => "/factchecks"),
        new("GET", "/api/v1/knowledge/search", Anonymous, _ => "/api/v1/knowledge/search?q=polarisatie"),
        new("GET", "/api/v1/knowledge/items/{slug}", Anonymous, _ => "/api/v1/knowledge/items/rolmodellen-polrad"),
        // A published item's attachment is public; drafts' attachments answer 404 to others (tested in AttachmentTests).
        new("GET", "/kennisbank/bijlagen/{id:guid}/{fileName}", Anonymous, w => $"/kennisbank/bijlagen/{w.Resource(KnowledgeWorldSeeder.AttachmentKey)}/verslag.pdf"),

        // Proposing and exporting: professionals.
        new("GET", "/kennisbank/voorstellen/nieuw", Professional, _ => "/kennisbank/voorstellen/nieuw"),
        new("GET", "/kennisbank/mijn-voorstellen", Professional, _ => "/kennisbank/mijn-voorstellen"),
        new("GET", "/kennisbank/exporteren", Professional, _ => "/kennisbank/exporteren"),
        new("GET", "/api/v1/knowledge/export/{format}", Professional, _ => "/api/v1/knowledge/export/csv"),
        new("GET", "/kennisbank/voorstellen/{Id:guid}", CuratorOrProposer, w => $"/kennisbank/voorstellen/{w.Resource(KnowledgeWorldSeeder.DraftKey)}"),

        // Review, fact-check import: curators.
        new("GET", "/kennisbank/beoordelen", Curator, _ => "/kennisbank/beoordelen"),
        new("GET", "/kennisbank/beoordelen/{Id:guid}", Curator, w => $"/kennisbank/beoordelen/{w.Resource(KnowledgeWorldSeeder.DraftKey)}"),
        new("GET", "/factchecks/importeren", Curator, _ => "/factchecks/importeren"),
        new("GET", "/kennisbank/importeren", Curator, _ => "/kennisbank/importeren"),
        // Every curator may follow an import (the world seeds one checked import); only its own curator can start it (KnowledgeImportTests).
        new("GET", "/kennisbank/importeren/{Id:guid}", Curator, w => $"/kennisbank/importeren/{w.Resource(KnowledgeWorldSeeder.ImportKey)}"),
        new("GET", "/api/v1/knowledge/import/template/{format}", Curator, _ => "/api/v1/knowledge/import/template/xlsx"),
        new("GET", "/kennisbank/taxonomie", Curator, _ => "/kennisbank/taxonomie"),
        new("GET", "/kennisbank/taxonomie/nieuw", Curator, _ => "/kennisbank/taxonomie/nieuw?soort=thema"),
        new("GET", "/kennisbank/taxonomie/{Id:guid}", Curator, w => $"/kennisbank/taxonomie/{w.Resource(KnowledgeWorldSeeder.TermKey)}"),
        new("POST", "/api/v1/knowledge/factchecks/import", Curator, _ => "/api/v1/knowledge/factchecks/import", AllowedStatus: 400, Body: "{}"),
    ];
}
