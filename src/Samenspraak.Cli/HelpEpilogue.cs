using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Runtime.CompilerServices;

namespace Samenspraak.Cli;

/// <summary>
/// Text shown after a command's own help (its exit codes), and only there: in the description it would also be
/// repeated in the parent's command list.
/// </summary>
public static class HelpEpilogue
{
    private static readonly ConditionalWeakTable<Command, string> Epilogues = [];

    public static void Set(Command command, string text) => Epilogues.AddOrUpdate(command, text);

    /// <summary>Makes the root's --help option print the epilogue of the command it describes.</summary>
    internal static void Install(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption { Action: HelpAction inner } help)
            {
                help.Action = new WithEpilogue(inner);
            }
        }
    }

    private sealed class WithEpilogue(HelpAction inner) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var exit = inner.Invoke(parseResult);
            if (Epilogues.TryGetValue(parseResult.CommandResult.Command, out var text))
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine(text);
                output.WriteLine();
            }
            return exit;
        }
    }
}
