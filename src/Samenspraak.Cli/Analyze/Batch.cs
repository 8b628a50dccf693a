using System.Buffers;
using Samenspraak.Cli.Input;

namespace Samenspraak.Cli.Analyze;

/// <summary>
/// A run of consecutive input lines on its way through the pipeline: the records, the problems found between them
/// (with their position, so they can be reported in line order), and the NDJSON bytes the worker produced.
/// Batches are recycled, so after warm-up the pipeline allocates little beyond the strings of the messages.
/// </summary>
internal sealed class Batch(int capacity)
{
    public InputRecord[] Items { get; } = new InputRecord[capacity];

    public int Count { get; private set; }

    /// <summary>Input problems; Position is the number of records of this batch that come before the problem.</summary>
    public List<(int Position, InputProblem Problem)> Problems { get; } = [];

    /// <summary>Records the engine failed on (an engine bug, not the user's input): index into <see cref="Items"/> and the reason.</summary>
    public List<(int Index, InputProblem Problem)> Failures { get; } = [];

    public ArrayBufferWriter<byte> Output { get; } = new(256 * 1024);

    /// <summary>End offset in <see cref="Output"/> of each record's line, so a failing run writes exactly the lines before the failure.</summary>
    public int[] Ends { get; } = new int[capacity];

    public TaskCompletionSource Analysed { get; private set; } = NewSignal();

    /// <summary>Full of records, or of problems: a file of junk must not pile up problems in one batch without bound.</summary>
    public bool IsFull => Count == Items.Length || Problems.Count == Items.Length;

    public bool IsEmpty => Count == 0 && Problems.Count == 0;

    public void Add(InputRecord record) => Items[Count++] = record;

    public void AddProblem(InputProblem problem) => Problems.Add((Count, problem));

    public void Reset()
    {
        Array.Clear(Items, 0, Count);
        Count = 0;
        Problems.Clear();
        Failures.Clear();
        Output.ResetWrittenCount();
        Analysed = NewSignal();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
