using System.Buffers;

namespace Samenspraak.Cli.Input;

internal enum LineStatus
{
    Line,
    TooLong,
    End,
}

/// <summary>
/// Splits a byte stream into physical lines ('\n', with a trailing '\r' removed) over one pooled buffer, so memory
/// stays constant however large the file. A line longer than the maximum is never buffered whole: it is skipped up
/// to its newline and reported as <see cref="LineStatus.TooLong"/>. The returned span is valid until the next call.
/// </summary>
internal sealed class LineSplitter : IDisposable
{
    private const int InitialBufferSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private int _scanned;
    private bool _eof;
    private bool _started;
    private long _bytesRead;

    private int _lastStart;
    private int _lastLength;
    private LineStatus _lastStatus;
    private bool _pushedBack;

    public LineSplitter(Stream stream, int maxLineBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineBytes, 1);
        _stream = stream;
        _maxLineBytes = maxLineBytes;
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Min(InitialBufferSize, maxLineBytes + 2));
    }

    /// <summary>1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Bytes taken from the stream so far (for progress).</summary>
    public long BytesRead => Volatile.Read(ref _bytesRead);

    public int MaxLineBytes => _maxLineBytes;

    /// <summary>The first bytes of the stream (up to one buffer), without consuming them; a UTF-8 BOM is already removed.</summary>
    public ReadOnlySpan<byte> Peek()
    {
        EnsureStarted();
        while (!_eof && _end < _buffer.Length)
        {
            Fill();
        }
        return _buffer.AsSpan(_start, _end - _start);
    }

    /// <summary>Makes the next <see cref="ReadLine"/> return the line just read again (used by format detection).</summary>
    public void PushBack()
    {
        _pushedBack = true;
        LineNumber--;
    }

    public LineStatus ReadLine(out ReadOnlySpan<byte> line)
    {
        if (_pushedBack)
        {
            _pushedBack = false;
            LineNumber++;
            line = _buffer.AsSpan(_lastStart, _lastLength);
            return _lastStatus;
        }
        EnsureStarted();
        while (true)
        {
            var newline = _buffer.AsSpan(_scanned, _end - _scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var lineEnd = _scanned + newline;
                var status = Emit(_start, lineEnd - _start, out line);
                _start = _scanned = lineEnd + 1;
                return status;
            }
            _scanned = _end;
            if (_end - _start > _maxLineBytes)
            {
                return SkipLongLine(out line);
            }
            if (_eof)
            {
                if (_start == _end)
                {
                    line = default;
                    return LineStatus.End;
                }
                var status = Emit(_start, _end - _start, out line);
                _start = _scanned = _end;
                return status;
            }
            Fill();
        }
    }

    private LineStatus Emit(int start, int length, out ReadOnlySpan<byte> line)
    {
        if (length > 0 && _buffer[start + length - 1] == (byte)'\r')
        {
            length--;
        }
        LineNumber++;
        _lastStart = start;
        _lastLength = length;
        _lastStatus = length > _maxLineBytes ? LineStatus.TooLong : LineStatus.Line;
        line = _lastStatus == LineStatus.Line ? _buffer.AsSpan(start, length) : default;
        return _lastStatus;
    }

    private LineStatus SkipLongLine(out ReadOnlySpan<byte> line)
    {
        LineNumber++;
        _start = _end = _scanned = 0;
        while (!_eof)
        {
            Fill();
            var newline = _buffer.AsSpan(0, _end).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                _start = _scanned = newline + 1;
                break;
            }
            _start = _end = _scanned = 0;
        }
        _lastStart = _lastLength = 0;
        _lastStatus = LineStatus.TooLong;
        line = default;
        return LineStatus.TooLong;
    }

    private void EnsureStarted()
    {
        if (_started)
        {
            return;
        }
        _started = true;
        while (!_eof && _end < 3)
        {
            Fill();
        }
        if (_buffer.AsSpan(0, _end).StartsWith("\uFEFF"u8))
        {
            _start = _scanned = 3;
        }
    }

    /// <summary>Reads more bytes after the unconsumed data, compacting or growing the buffer first when it is full.</summary>
    private void Fill()
    {
        if (_end == _buffer.Length)
        {
            var pending = _end - _start;
            if (_start > 0)
            {
                _buffer.AsSpan(_start, pending).CopyTo(_buffer);
            }
            else
            {
                var larger = ArrayPool<byte>.Shared.Rent(Math.Min(_buffer.Length * 2, _maxLineBytes + 2));
                _buffer.AsSpan(0, pending).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = larger;
            }
            _scanned -= _start;
            _start = 0;
            _end = pending;
        }
        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
            return;
        }
        _end += read;
        Interlocked.Add(ref _bytesRead, read);
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _stream.Dispose();
    }
}
