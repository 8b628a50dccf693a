using Samenspraak.Cli.Input;

namespace Samenspraak.Cli.Analyze;

/// <summary>The parsed `analyze` command line.</summary>
internal sealed record AnalyzeRequest(
    string Input,
    string? Output,
    bool Explain,
    OnErrorMode OnError,
    string? ClaimsFile,
    int Threads,
    InputFormat Format,
    int MaxLineBytes,
    bool Quiet);
