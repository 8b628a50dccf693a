namespace Samenspraak.Analysis;

/// <summary>Protected characteristics a message can address.</summary>
public enum TargetGroup
{
    Origin = 0,
    Religion = 1,
    Gender = 2,
    SexualOrientation = 3,
    GenderIdentity = 4,
    Disability = 5,
    Other = 6,
}

public static class TargetGroups
{
    public static IReadOnlyList<TargetGroup> All { get; } =
        [TargetGroup.Origin, TargetGroup.Religion, TargetGroup.Gender, TargetGroup.SexualOrientation, TargetGroup.GenderIdentity, TargetGroup.Disability, TargetGroup.Other];

    /// <summary>Machine name used in JSON ("origin", "religion", "gender", "sexual_orientation", "gender_identity", "disability", "other").</summary>
    public static string MachineName(this TargetGroup group) => group switch
    {
        TargetGroup.Origin => "origin",
        TargetGroup.Religion => "religion",
        TargetGroup.Gender => "gender",
        TargetGroup.SexualOrientation => "sexual_orientation",
        TargetGroup.GenderIdentity => "gender_identity",
        TargetGroup.Disability => "disability",
        TargetGroup.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(group)),
    };

    /// <summary>Dutch label for the UI.</summary>
    public static string DutchLabel(this TargetGroup group) => group switch
    {
        TargetGroup.Origin => "herkomst/etniciteit",
        TargetGroup.Religion => "religie",
        TargetGroup.Gender => "gender",
        TargetGroup.SexualOrientation => "seksuele oriëntatie",
        TargetGroup.GenderIdentity => "genderidentiteit",
        TargetGroup.Disability => "handicap",
        TargetGroup.Other => "andere",
        _ => throw new ArgumentOutOfRangeException(nameof(group)),
    };

    public static bool TryParse(string? name, out TargetGroup group)
    {
        foreach (var g in All)
        {
            if (string.Equals(g.MachineName(), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                group = g;
                return true;
            }
        }
        group = default;
        return false;
    }
}
