using System.Text.RegularExpressions;
using Microsoft.Extensions.Hosting;
using Samenspraak.Web.Platform.Tenancy;

namespace Samenspraak.Web.Tests.Platform;

/// <summary>
/// Every hosted job says who it acts for (docs/decisions/007-acting-user.md): its source begins an
/// <see cref="ActingUserScope"/> for the system under a job name, so its audit entries are never anonymous. A new job
/// that forgets fails here; the reflection count keeps the source scan from passing on no files.
/// </summary>
public sealed partial class BackgroundJobConventionTests
{
    [Fact]
    public void EveryHostedJobBeginsASystemScope()
    {
        var jobs = typeof(ActingUser).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(BackgroundService).IsAssignableFrom(t)).Select(t => t.Name).Order().ToList();
        var source = Path.Combine(RepositoryRoot(), "src", "Samenspraak.Web");
        var declared = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (File: f, Text: File.ReadAllText(f)))
            .SelectMany(f => JobDeclaration().Matches(f.Text).Select(m => (Name: m.Groups[1].Value, f.Text)))
            .ToList();

        Assert.NotEmpty(jobs);
        Assert.Equal(jobs, declared.Select(d => d.Name).Order().ToList());
        Assert.All(declared, d => Assert.True(
            SystemScope().IsMatch(d.Text), $"{d.Name} does not begin ActingUserScope.Begin(ActingUser.System(\"...\"))"));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Samenspraak.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Samenspraak.slnx not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"class\s+(\w+)\s*(?:\([^)]*\))?\s*:\s*BackgroundService\b")]
    private static partial Regex JobDeclaration();

    [GeneratedRegex(@"ActingUserScope\.Begin\(ActingUser\.System\(""[a-z]+\.[a-z-]+""\)\)")]
    private static partial Regex SystemScope();
}
