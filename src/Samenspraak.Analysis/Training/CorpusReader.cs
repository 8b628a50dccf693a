namespace Samenspraak.Analysis.Training;

/// <summary>Reads the project corpus (data/corpus/*.tsv) and the covid19-disinfo-nl tweets.</summary>
internal static class CorpusReader
{
    public static List<LabelledMessage> ReadCorpus(string directory)
    {
        var list = new List<LabelledMessage>();
        foreach (var file in Directory.GetFiles(directory, "*.tsv").OrderBy(f => f, StringComparer.Ordinal))
        {
            using var reader = new StreamReader(file);
            var header = reader.ReadLine()?.Split('\t');
            if (header is null) continue;
            int Col(string name) => Array.IndexOf(header, name);
            var id = Col("id");
            var split = Col("split");
            var text = Col("text");
            var caseCol = Col("case");
            var signalCols = Signals.All.Select(s => Col(s.MachineName())).ToArray();
            if (id < 0 || text < 0 || signalCols.Any(c => c < 0)) continue;
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                var f = line.Split('\t');
                if (f.Length <= signalCols.Max() || f[text].Length == 0) continue;
                var labels = signalCols.Select(c => f[c].Trim() == "1").ToArray();
                list.Add(new LabelledMessage(f[id], f[text], split >= 0 && f[split].Trim() == "dev", labels,
                    caseCol >= 0 && caseCol < f.Length ? f[caseCol].Trim() : "", "corpus"));
            }
        }
        return list;
    }

    /// <summary>
    /// Tweets are labelled false information when annotators said they probably/definitely contain false information
    /// (q2) or that the tweet is harmful as a rumour/conspiracy or bad cure (q6). Newlines are escaped as " \n ".
    /// </summary>
    public static List<LabelledMessage> ReadCovid(string file)
    {
        var list = new List<LabelledMessage>();
        using var reader = new StreamReader(file);
        var header = reader.ReadLine()!.Split('\t');
        int Col(string name) => Array.IndexOf(header, name);
        int id = Col("tweet_id"), text = Col("text"), split = Col("disinfo2021_split"), q2 = Col("q2_binary"), q6 = Col("q6_multiclass");
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var f = line.Split('\t');
            if (f.Length < header.Length - 1) continue;
            var positive = f[q2] == "yes" || f[q6] is "yes_rumor_conspiracy" or "yes_bad_cure";
            var labels = new bool[Signals.Count];
            labels[(int)Signal.Disinformation] = positive;
            var t = f[text].Replace(" \\n ", "\n", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal);
            list.Add(new LabelledMessage("covid-" + f[id], t, f[split] == "dev", labels, positive ? "covid_false" : "covid_other", "covid"));
        }
        return list;
    }
}
