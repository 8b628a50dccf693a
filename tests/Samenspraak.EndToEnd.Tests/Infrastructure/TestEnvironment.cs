namespace Samenspraak.EndToEnd.Tests.Infrastructure;

/// <summary>Where things are on this machine, and what to do when a dependency is missing.</summary>
internal static class TestEnvironment
{
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("SAMENSPRAAK_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>CI must run every test: a missing dependency there is a failure, not a skip.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static void RequireChromium()
    {
        if (File.Exists(ChromiumPath))
        {
            return;
        }

        var reason = $"Chromium is not installed at {ChromiumPath}; browser tests need it (.ci/run installs it).";
        if (IsCi)
        {
            Assert.Fail(reason);
        }

        Assert.Skip(reason);
    }

    /// <summary>The repository root: the folder holding Samenspraak.slnx above the test assembly.</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Samenspraak.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Samenspraak.slnx not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Screenshots land beside the test results so a person can look at them after a run.</summary>
    public static string ScreenshotDirectory()
    {
        var path = Path.Combine(RepositoryRoot(), "tests", "Samenspraak.EndToEnd.Tests", "TestResults", "screenshots");
        Directory.CreateDirectory(path);
        return path;
    }
}
