using Samenspraak.Web.Tests.Monitoring.Review;
using static Samenspraak.Web.Tests.Authorization.AccessRule;

namespace Samenspraak.Web.Tests.Authorization;

/// <summary>
/// The review queue's rows of the authorization matrix. Reviewing is staff work (Medewerker, Moderator,
/// Gemeentebeheerder); the threshold calibration and the bulk export of labelled message text are the
/// Gemeentebeheerder's (a platform admin has no municipality and sees an empty page/file).
/// </summary>
public static class ReviewExpectations
{
    public static IReadOnlyList<EndpointExpectation> Rows { get; } =
    [
        new("GET", "/signalen", Staff, _ => "/signalen"),
        new("GET", "/signalen/{Id:long}", Staff, w => $"/signalen/{w.Resource(ReviewWorldSeeder.HomeMessage)}", HomeResource: true),
        new("GET", "/signalen/kalibratie", MunicipalityAdmin, _ => "/signalen/kalibratie"),
        new("GET", "/signalen/export/gelabeld.csv", MunicipalityAdmin, _ => "/signalen/export/gelabeld.csv"),
    ];
}
