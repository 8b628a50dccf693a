namespace Samenspraak.Cli.Input;

/// <summary>One input message: its (first) line number and the values of the requested columns, null where absent.</summary>
internal readonly record struct InputRecord(long Line, string?[] Values);

/// <summary>A line that could not be used, with a Dutch reason ("geen geldige UTF-8-tekst").</summary>
internal readonly record struct InputProblem(long Line, string Reason);

internal enum ReadStatus
{
    Record,
    Problem,
    End,
}
