using BenchmarkDotNet.Running;
using Samenspraak.Benchmarks;

// "train" and "quality" are developer conveniences next to the benchmarks: they reproduce the artifacts and the
// figures of docs/quality.md from the repository root without going through the CLI.
if (args.Length > 0 && args[0] == "train")
{
    DeveloperTasks.Train();
    return;
}
if (args.Length > 0 && args[0] == "quality")
{
    DeveloperTasks.Quality(args.Length > 1 ? args[1] : "docs/quality-figures.md");
    return;
}
if (args.Length > 0 && args[0] == "cputime")
{
    DeveloperTasks.CpuTime();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
