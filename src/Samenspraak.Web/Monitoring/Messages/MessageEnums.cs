using Samenspraak.Analysis;

namespace Samenspraak.Web.Monitoring.Messages;

/// <summary>Where a message is in the analysis pipeline. Stored as numbers: only append.</summary>
public enum AnalysisState
{
    Pending = 0,
    Analysed = 1,

    /// <summary>Parked after too many attempts; shown to admins, retried only by hand.</summary>
    Failed = 2,
}

/// <summary>The review status shown in the Signalen queue. Stored as numbers: only append.</summary>
public enum ReviewStatus
{
    Nieuw = 0,
    Bevestigd = 1,
    Afgewezen = 2,
    Opvolging = 3,
}

/// <summary>A set of signals as a bitmask: bit <c>(int)Signal</c>.</summary>
[Flags]
public enum SignalFlags
{
    None = 0,
    Hate = 1 << (int)Signal.Hate,
    Toxicity = 1 << (int)Signal.Toxicity,
    Threat = 1 << (int)Signal.Threat,
    Dehumanisation = 1 << (int)Signal.Dehumanisation,
    Polarisation = 1 << (int)Signal.Polarisation,
    Doxxing = 1 << (int)Signal.Doxxing,
    Disinformation = 1 << (int)Signal.Disinformation,
}

/// <summary>A set of target groups as a bitmask: bit <c>(int)TargetGroup</c>.</summary>
[Flags]
public enum TargetGroupFlags
{
    None = 0,
    Origin = 1 << (int)TargetGroup.Origin,
    Religion = 1 << (int)TargetGroup.Religion,
    Gender = 1 << (int)TargetGroup.Gender,
    SexualOrientation = 1 << (int)TargetGroup.SexualOrientation,
    GenderIdentity = 1 << (int)TargetGroup.GenderIdentity,
    Disability = 1 << (int)TargetGroup.Disability,
    Other = 1 << (int)TargetGroup.Other,
}

public static class MessageFlags
{
    public static SignalFlags Of(Signal signal) => (SignalFlags)(1 << (int)signal);

    public static TargetGroupFlags Of(TargetGroup group) => (TargetGroupFlags)(1 << (int)group);

    public static bool Has(this SignalFlags flags, Signal signal) => (flags & Of(signal)) != 0;

    public static bool Has(this TargetGroupFlags flags, TargetGroup group) => (flags & Of(group)) != 0;

    public static IEnumerable<Signal> Signals(this SignalFlags flags) => Analysis.Signals.All.Where(s => flags.Has(s));

    public static IEnumerable<TargetGroup> Groups(this TargetGroupFlags flags) => TargetGroups.All.Where(g => flags.Has(g));
}
