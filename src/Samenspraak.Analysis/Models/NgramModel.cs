using System.Buffers.Binary;
using System.Runtime.Intrinsics;
using Samenspraak.Analysis.Features;

namespace Samenspraak.Analysis.Models;

/// <summary>
/// Linear heads over hashed n-gram buckets. Weights are interleaved per bucket ([bucket * Heads + head]) so one
/// feature touches one cache line for all heads. Heads 0-6 are the seven signals, head 7 the covid
/// false-information head trained on covid19-disinfo-nl.
/// </summary>
internal sealed class NgramModel
{
    public const int Heads = 8;
    public const int CovidHead = 7;
    private const uint Magic = 0x4E53_4D31; // "NSM1"

    public NgramModel(float[] weights, float[] bias)
    {
        if (weights.Length != FeatureHasher.Buckets * Heads || bias.Length != Heads)
        {
            throw new ArgumentException("Weight table does not match the feature hasher.");
        }
        Weights = weights;
        Bias = bias;
    }

    public float[] Weights { get; }

    public float[] Bias { get; }

    /// <summary>Adds each head's logit into <paramref name="logits"/>; features are scaled by 1/sqrt(count).</summary>
    public void Score(ReadOnlySpan<int> buckets, Span<float> logits)
    {
        // Eight heads of float32 are exactly one 256-bit vector: one load and one add per feature.
        var acc = Vector256<float>.Zero;
        var w = Weights.AsSpan();
        foreach (var b in buckets)
        {
            acc += Vector256.Create<float>(w.Slice(b * Heads, Heads));
        }
        var scale = buckets.Length > 0 ? 1f / MathF.Sqrt(buckets.Length) : 0f;
        for (var h = 0; h < Heads; h++)
        {
            logits[h] = Bias[h] + acc.GetElement(h) * scale;
        }
    }

    public void Write(Stream stream)
    {
        Span<byte> buf = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(buf, Magic);
        stream.Write(buf);
        BinaryPrimitives.WriteInt32LittleEndian(buf, FeatureHasher.BucketBits);
        stream.Write(buf);
        BinaryPrimitives.WriteInt32LittleEndian(buf, Heads);
        stream.Write(buf);
        foreach (var f in Bias)
        {
            BinaryPrimitives.WriteSingleLittleEndian(buf, f);
            stream.Write(buf);
        }
        var bytes = new byte[Weights.Length * 4];
        for (var i = 0; i < Weights.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * 4), Weights[i]);
        }
        stream.Write(bytes);
    }

    public static NgramModel Read(Stream stream)
    {
        using var reader = new BinaryReader(stream);
        if (reader.ReadUInt32() != Magic || reader.ReadInt32() != FeatureHasher.BucketBits || reader.ReadInt32() != Heads)
        {
            throw new InvalidDataException("Unknown n-gram model format.");
        }
        var bias = new float[Heads];
        for (var h = 0; h < Heads; h++)
        {
            bias[h] = reader.ReadSingle();
        }
        var bytes = reader.ReadBytes(FeatureHasher.Buckets * Heads * 4);
        var weights = new float[FeatureHasher.Buckets * Heads];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i * 4));
        }
        return new NgramModel(weights, bias);
    }
}
