using System.CommandLine;
using System.Text;
using Samenspraak.Cli;
using Samenspraak.Cli.Analyze;
using Samenspraak.Cli.Evaluate;
using Samenspraak.Cli.Train;

namespace Samenspraak.Analysis.Tests.Cli;

/// <summary>What a command run in-process left behind.</summary>
public sealed record CliRun(int ExitCode, byte[] StdoutBytes, string Stderr)
{
    public string Stdout => Encoding.UTF8.GetString(StdoutBytes);

    public string[] Lines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Runs the real `samenspraak` root command in-process with captured stdin, stdout and stderr.</summary>
public static class CliHarness
{
    public static CliRun Run(params string[] args) => Run(stdin: [], args);

    public static CliRun Run(byte[] stdin, params string[] args)
    {
        var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var console = new CliConsole(new MemoryStream(stdin), stdout, stderr, errorIsTerminal: false);
        var root = new RootCommand("test")
        {
            AnalyzeCommand.Create(console),
            EvaluateCommand.Create(console),
            TrainCommand.Create(console),
        };
        var exit = CliRunner.InvokeAsync(root, args, console).GetAwaiter().GetResult();
        console.OutText.Flush();
        return new CliRun(exit, stdout.ToArray(), stderr.ToString());
    }
}

/// <summary>A scratch folder per test, removed afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("samenspraak-cli-").FullName;

    public string File(string name, string content) => Bytes(name, new UTF8Encoding(false).GetBytes(content));


    public string Bytes(string name, byte[] content)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
