using Samenspraak.Web.ActionPlans;
using Samenspraak.Web.Tests.ActionPlans;
using Samenspraak.Web.Tests.Infrastructure;

namespace Samenspraak.Web.Tests.Authorization;

/// <summary>The ActionPlans module's rows of the authorization matrix (see <see cref="EndpointExpectations"/>).</summary>
public static class ActionPlanExpectations
{
    /// <summary>Medewerker and Gemeentebeheerder write the plan (DESIGN.md: staff "writes and executes the action plan").</summary>
    private static readonly AccessRule Edit = new(ActionPlanPolicies.Edit,
        new HashSet<Principal> { Principal.Staff, Principal.MunicipalityAdmin, Principal.ForeignMunicipalityAdmin });

    /// <summary>Editors, and the Mandataris who "reads dashboards and plan progress".</summary>
    private static readonly AccessRule Read = new(ActionPlanPolicies.Read,
        new HashSet<Principal> { Principal.Staff, Principal.MunicipalityAdmin, Principal.Official, Principal.ForeignMunicipalityAdmin });

    /// <summary>The vaststelling is a municipal decision, recorded by the Gemeentebeheerder only.</summary>
    private static readonly AccessRule Adopt = new(ActionPlanPolicies.Adopt,
        new HashSet<Principal> { Principal.MunicipalityAdmin, Principal.ForeignMunicipalityAdmin });

    private static string Plan(TestWorld w) => "/actieplan/" + w.Resource(ActionPlanWorld.Plan);

    public static IReadOnlyList<EndpointExpectation> Rows { get; } =
    [
        new("GET", "/actieplan", Read, _ => "/actieplan"),
        new("GET", "/actieplan/nieuw", Edit, _ => "/actieplan/nieuw"),
        new("GET", "/actieplan/{Id:guid}", Read, Plan, HomeResource: true),
        new("GET", "/actieplan/{Id:guid}/sectie/{Section}", Edit, w => Plan(w) + "/sectie/Context", HomeResource: true),
        new("GET", "/actieplan/{Id:guid}/acties/nieuw", Edit, w => Plan(w) + "/acties/nieuw", HomeResource: true),
        new("GET", "/actieplan/{Id:guid}/acties/{ActionId:guid}", Edit, w => Plan(w) + "/acties/" + w.Resource(ActionPlanWorld.Action), HomeResource: true),
        new("GET", "/actieplan/{Id:guid}/kpis/nieuw", Edit, w => Plan(w) + "/kpis/nieuw", HomeResource: true),
        new("GET", "/actieplan/{Id:guid}/kpis/{KpiId:guid}", Read, w => Plan(w) + "/kpis/" + w.Resource(ActionPlanWorld.Kpi), HomeResource: true),
        new("GET", "/actieplan/{Id:guid}/status", Edit, w => Plan(w) + "/status", HomeResource: true),
        new("GET", "/actieplan/{Id:guid}/vaststelling", Adopt, w => Plan(w) + "/vaststelling", HomeResource: true),
        new("GET", "/actieplan/{Id:guid}/bewerkers", Edit, w => Plan(w) + "/bewerkers", HomeResource: true),
        new("GET", "/actieplan/{Id:guid}/verwijderen/{Kind}/{ItemId:guid}", Edit, w => Plan(w) + "/verwijderen/actie/" + w.Resource(ActionPlanWorld.Action), HomeResource: true),
        new("GET", "/actieplan/{Id:guid}/versies", Read, w => Plan(w) + "/versies", HomeResource: true),
        new("GET", "/actieplan/{Id:guid}/afdrukken", Read, w => Plan(w) + "/afdrukken", HomeResource: true),
        new("GET", "/actieplan/{Id:guid}/partners", Edit, w => Plan(w) + "/partners", HomeResource: true),
        new("GET", "/actieplan/{Id:guid}/voortgang", Edit, w => Plan(w) + "/voortgang", HomeResource: true),
        new("GET", "/api/v1/actionplans/{id:guid}/export/docx", Read, w => $"/api/v1/actionplans/{w.Resource(ActionPlanWorld.Plan)}/export/docx", HomeResource: true),
        new("GET", "/api/v1/actionplans/{id:guid}/export/accountability", Read, w => $"/api/v1/actionplans/{w.Resource(ActionPlanWorld.Plan)}/export/accountability", HomeResource: true),
        new("GET", "/api/v1/actionplans/{id:guid}/export/xlsx", Read, w => $"/api/v1/actionplans/{w.Resource(ActionPlanWorld.Plan)}/export/xlsx", HomeResource: true),
        new("GET", "/api/v1/actionplans/{id:guid}/export/csv", Read, w => $"/api/v1/actionplans/{w.Resource(ActionPlanWorld.Plan)}/export/csv", HomeResource: true),
    ];
}
