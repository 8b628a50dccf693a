namespace Samenspraak.Cli.Input;

public enum InputFormat
{
    Auto,
    Csv,
    Tsv,
    Ndjson,
}
