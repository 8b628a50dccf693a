using static Samenspraak.Web.Tests.Authorization.AccessRule;

namespace Samenspraak.Web.Tests.Authorization;

/// <summary>The Learning module's rows of the authorization matrix (see <see cref="EndpointExpectations"/>).</summary>
public static class LearningExpectations
{
    private const string PublicCourse = "omstaander-online";
    private const string DraftCourse = "matrix-concept";

    public static IReadOnlyList<EndpointExpectation> Rows { get; } =
    [
        // Courses: the list, the overview of a public course and the verification are public; taking a course needs an account.
        new("GET", "/leren", Anonymous, _ => "/leren"),
        new("GET", "/leren/cursus/{Slug}", Anonymous, _ => $"/leren/cursus/{PublicCourse}"),
        new("GET", "/leren/cursus/{Slug}/les/{Lesson}", Authenticated, _ => $"/leren/cursus/{PublicCourse}/les/haat-en-polarisatie-herkennen"),
        new("GET", "/leren/cursus/{Slug}/toets", Authenticated, _ => $"/leren/cursus/{PublicCourse}/toets"),
        new("GET", "/leren/registreren", Anonymous, _ => "/leren/registreren"),
        new("GET", "/certificaat-controleren", Anonymous, w => $"/certificaat-controleren?code={w.Resource("learning.citizen-certificate")}"),
        new("GET", "/leren/voortgang", MunicipalityAdmin, _ => "/leren/voortgang"),
        // A learner's own course data (always the caller's: no id in the address); see LearningPrivacyTests.
        new("GET", "/leren/mijn-gegevens", Authenticated, _ => "/leren/mijn-gegevens"),
        new("GET", "/leren/mijn-gegevens.json", Authenticated, _ => "/leren/mijn-gegevens.json"),
        // Course authoring: authors (Expert, Redacteur, Platformbeheerder) only; courses are platform-wide content.
        new("GET", "/leren/beheer", Author, _ => "/leren/beheer"),
        new("GET", "/leren/beheer/nieuw", Author, _ => "/leren/beheer/nieuw"),
        new("GET", "/leren/beheer/{Slug}", Author, _ => $"/leren/beheer/{DraftCourse}"),
        new("GET", "/leren/beheer/{Slug}/les/{Lesson}", Author, w => $"/leren/beheer/{DraftCourse}/les/{w.Resource("learning.draft-lesson")}"),
        new("GET", "/leren/beheer/{Slug}/vraag/{Question}", Author, w => $"/leren/beheer/{DraftCourse}/vraag/{w.Resource("learning.draft-question")}"),
        // Uploaded lesson material: whoever may take its course (the public course: anyone logged in); see AuthoringTests.
        new("GET", "/leren/materiaal/{id:guid}", Authenticated, w => $"/leren/materiaal/{w.Resource("learning.public-material")}"),
        // A certificate page and its document answer only to the holder; the matrix (which cannot name "the holder")
        // checks that they need a log-in with an unknown code (404 for everyone); holder-only access is tested in
        // CertificateTests.
        new("GET", "/leren/certificaten/{Code}", Authenticated, _ => "/leren/certificaten/ONBE-KEND0-CODE", AllowedStatus: 404),
        new("GET", "/leren/certificaten/{code}/document", Authenticated, _ => "/leren/certificaten/ONBE-KEND0-CODE/document", AllowedStatus: 404),

        // Agenda: public events are readable by anyone; publishing and participant lists are for authors (organiser or curator).
        new("GET", "/agenda", Anonymous, _ => "/agenda"),
        new("GET", "/agenda/{Id:guid}", Anonymous, w => $"/agenda/{w.Resource("learning.public-event")}"),
        new("GET", "/agenda/feed.ics", Anonymous, _ => "/agenda/feed.ics"),
        new("GET", "/agenda/{id:guid}/agenda.ics", Anonymous, w => $"/agenda/{w.Resource("learning.public-event")}/agenda.ics"),
        new("GET", "/agenda/nieuw", Author, _ => "/agenda/nieuw"),
        // Changing or cancelling: the organiser or a curator; other authors get 404 (EventChangeTests).
        new("GET", "/agenda/{Id:guid}/bewerken", Author, w => $"/agenda/{w.Resource("learning.public-event")}/bewerken"),
        new("GET", "/agenda/{Id:guid}/deelnemers", Author, w => $"/agenda/{w.Resource("learning.public-event")}/deelnemers"),
        new("GET", "/agenda/{id:guid}/deelnemers.csv", Author, w => $"/agenda/{w.Resource("learning.public-event")}/deelnemers.csv"),
        new("GET", "/agenda/{id:guid}/deelnemers.xlsx", Author, w => $"/agenda/{w.Resource("learning.public-event")}/deelnemers.xlsx"),

        // Role models: the municipality's staff; another municipality's role model answers 404.
        new("GET", "/rolmodellen", Staff, _ => "/rolmodellen"),
        new("GET", "/rolmodellen/aanmelden", Staff, _ => "/rolmodellen/aanmelden"),
        new("GET", "/rolmodellen/{id:guid}/gegevens.json", Staff, w => $"/rolmodellen/{w.Resource("learning.home-rolemodel")}/gegevens.json", HomeResource: true),
        // The public application form of the programme: no account needed (rate-limited, antiforgery).
        new("GET", "/rolmodel-worden", Anonymous, _ => "/rolmodel-worden"),
        new("GET", "/rolmodellen/{Id:guid}", Staff, w => $"/rolmodellen/{w.Resource("learning.home-rolemodel")}", HomeResource: true),
    ];
}
