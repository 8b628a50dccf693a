using System.Reflection;

namespace Samenspraak.Analysis.Lexicons;

/// <summary>The shipped lexicon: the hand-written core plus the lexicon artifact distilled at training time.</summary>
internal static class LexiconStore
{
    public const string ExternalResource = "Samenspraak.Analysis.Models.lexicon-external.txt";

    private static readonly Lazy<Lexicon> LazyShared = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    public static Lexicon Shared => LazyShared.Value;

    private static Lexicon LoadShipped()
    {
        using var core = Lexicon.OpenCore();
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ExternalResource);
        if (stream is null)
        {
            return Lexicon.Load(core);
        }
        using var external = new StreamReader(stream);
        return Lexicon.Load(core, external);
    }
}
