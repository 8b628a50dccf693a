namespace Samenspraak.Web.Monitoring.Review;

/// <summary>Machine names of the review queue's audited actions (stable: admins filter on them).</summary>
public static class ReviewAuditActions
{
    /// <summary>A reviewer decided on one or more messages; details hold the action and the message ids.</summary>
    public const string Decided = "monitoring.review.decided";

    public const string CalibrationEnabled = "monitoring.review.calibration-enabled";
    public const string CalibrationDisabled = "monitoring.review.calibration-disabled";

    /// <summary>Reviewed messages were exported as labelled data; details hold the number of rows.</summary>
    public const string LabelledExported = "monitoring.review.labelled-exported";
}
