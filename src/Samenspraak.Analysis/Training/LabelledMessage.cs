namespace Samenspraak.Analysis.Training;

/// <summary>One labelled message: the seven signal labels (index = (int)Signal), the split and the functional case.</summary>
internal sealed record LabelledMessage(string Id, string Text, bool Dev, bool[] Labels, string Case, string Source);
