using Samenspraak.Analysis.Models;

namespace Samenspraak.Analysis.Training;

/// <summary>
/// L2-regularised logistic regression, written out so training is deterministic: single-threaded SGD over a
/// seeded shuffle for the sparse n-gram heads, full-batch gradient descent for the small dense calibrators.
/// </summary>
internal static class LogisticRegression
{
    /// <summary>Trains one head of <paramref name="weights"/> (interleaved layout) on sparse examples; returns the bias.</summary>
    public static float TrainSparse(IReadOnlyList<int[]> features, IReadOnlyList<bool> labels, IReadOnlyList<int> rows, float[] weights, int head,
        int seed, int epochs = 12, double l2 = 1e-6)
    {
        var pos = 0;
        foreach (var r in rows) if (labels[r]) pos++;
        var neg = rows.Count - pos;
        // Rare signals get a larger positive weight (capped) so the head learns them; calibration undoes the shift.
        var posWeight = pos == 0 ? 1.0 : Math.Clamp((double)neg / pos, 1.0, 6.0);
        double bias = 0;
        var order = rows.ToArray();
        var rng = new Random(seed);
        var step = 0;
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (var r in order)
            {
                var x = features[r];
                var scale = x.Length > 0 ? 1f / MathF.Sqrt(x.Length) : 0f;
                double z = bias;
                foreach (var b in x) z += weights[b * NgramModel.Heads + head] * scale;
                var p = 1.0 / (1.0 + Math.Exp(-z));
                var y = labels[r] ? 1.0 : 0.0;
                var g = (p - y) * (labels[r] ? posWeight : 1.0);
                var lr = 0.5 / (1.0 + step * 1e-4);
                step++;
                bias -= lr * g * 0.1;
                var gs = (float)(lr * g * scale);
                var decay = (float)(1 - lr * l2);
                foreach (var b in x)
                {
                    var i = b * NgramModel.Heads + head;
                    weights[i] = weights[i] * decay - gs;
                }
            }
        }
        return (float)bias;
    }

    public static double Logit(int[] x, float[] weights, int head, float bias)
    {
        var scale = x.Length > 0 ? 1f / MathF.Sqrt(x.Length) : 0f;
        double z = bias;
        foreach (var b in x) z += weights[b * NgramModel.Heads + head] * scale;
        return z;
    }

    /// <summary>Dense logistic regression (bias first in the result) by full-batch gradient descent.</summary>
    public static float[] TrainDense(IReadOnlyList<float[]> x, IReadOnlyList<bool> y, double l2 = 1e-3, int iterations = 1500)
    {
        var d = x.Count > 0 ? x[0].Length : 0;
        var w = new double[d + 1];
        var grad = new double[d + 1];
        var lr = 0.5;
        for (var it = 0; it < iterations; it++)
        {
            Array.Clear(grad);
            for (var n = 0; n < x.Count; n++)
            {
                var z = w[0];
                var xn = x[n];
                for (var j = 0; j < d; j++) z += w[j + 1] * xn[j];
                var g = 1.0 / (1.0 + Math.Exp(-z)) - (y[n] ? 1.0 : 0.0);
                grad[0] += g;
                for (var j = 0; j < d; j++) grad[j + 1] += g * xn[j];
            }
            var inv = 1.0 / Math.Max(1, x.Count);
            w[0] -= lr * grad[0] * inv;
            for (var j = 1; j <= d; j++)
            {
                w[j] -= lr * (grad[j] * inv + l2 * w[j]);
            }
        }
        return w.Select(v => (float)v).ToArray();
    }
}
