namespace Samenspraak.Web.ActionPlans;

/// <summary>
/// The subsidy rules of Plan Samenleven (section "ActionPlans" in the configuration). Flanders sets them per call, so
/// they are settings, not constants.
/// </summary>
public sealed class ActionPlanOptions
{
    /// <summary>Highest subsidy per plan, in euro.</summary>
    public decimal SubsidyCap { get; set; } = 25_000m;

    /// <summary>Own contribution as a share of the subsidy, at least (0.5 = 50%).</summary>
    public decimal MinOwnContributionRatio { get; set; } = 0.5m;

    /// <summary>Days between two reminders for the same overdue action.</summary>
    public int ReminderIntervalDays { get; set; } = 7;

    /// <summary>Whether the daily reminder job runs in this instance.</summary>
    public bool RemindersEnabled { get; set; } = true;
}
