using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using Samenspraak.Analysis;
using Samenspraak.Analysis.Serialization;
using Samenspraak.Cli.Analyze;
using Samenspraak.Cli.Input;

namespace Samenspraak.Throughput;

/// <summary>
/// Single-threaded cost of the pipeline's two halves: reading and parsing input, and writing the contract JSON.
/// Measured in processor time, which a busy machine inflates far less than wall-clock time.
/// </summary>
internal static class Components
{
    private static TimeSpan Cpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    public static (double ReadMicros, double WriteMicros) Measure(string input, AnalysisResult sample)
    {
        var cpu = Cpu();
        long records = 0;
        using (var reader = InputOpener.Open(input, InputFormat.Auto, AnalyzeColumns.All, Stream.Null))
        {
            while (reader.Read(out _, out _) != ReadStatus.End)
            {
                records++;
            }
        }
        var read = (Cpu() - cpu).TotalMicroseconds / records;

        var buffer = new ArrayBufferWriter<byte>(1 << 20);
        using var json = new Utf8JsonWriter(buffer, AnalysisJson.WriterOptions);
        cpu = Cpu();
        for (var i = 0; i < records; i++)
        {
            if (buffer.WrittenCount > (1 << 19))
            {
                buffer.ResetWrittenCount();
            }
            json.Reset();
            AnalysisJson.WriteResult(json, "b-0000001", sample);
            json.Flush();
        }
        return (read, (Cpu() - cpu).TotalMicroseconds / records);
    }
}
