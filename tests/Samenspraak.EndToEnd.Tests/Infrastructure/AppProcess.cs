using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Samenspraak.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The real application as a separate process on Kestrel (127.0.0.1, a free port), with its own throw-away
/// SQLite database and mail pickup folder: the same binary and first run that `dotnet run` gives a newcomer.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly object _gate = new();

    private readonly bool _keepDataDirectory;
    private readonly TimeSpan _startPatience;

    private AppProcess(Process process, string baseUrl, string dataDirectory, bool keepDataDirectory, TimeSpan startPatience)
    {
        _startPatience = startPatience;
        _process = process;
        BaseUrl = baseUrl;
        DataDirectory = dataDirectory;
        _keepDataDirectory = keepDataDirectory;
    }

    public string BaseUrl { get; }

    public string DataDirectory { get; }

    public string MailDirectory => Path.Combine(DataDirectory, "mail");

    /// <summary>True once the process ended (crashed, or was killed).</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Everything the process printed so far (stdout and stderr).</summary>
    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    public static Task<AppProcess> StartAsync(CancellationToken ct) => StartAsync(new AppProcessOptions(), ct);

    public static async Task<AppProcess> StartAsync(AppProcessOptions options, CancellationToken ct)
    {
        var webProject = Path.Combine(TestEnvironment.RepositoryRoot(), "src", "Samenspraak.Web");
        var dll = FindWebAssembly(webProject);
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var dataDirectory = options.DataDirectory ?? Path.Combine(Path.GetTempPath(), "samenspraak-e2e-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = webProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseUrl);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ConnectionStrings__Samenspraak"] = "Data Source=" + Path.Combine(dataDirectory, "samenspraak.db");
        start.Environment["Mail__PickupDirectory"] = Path.Combine(dataDirectory, "mail");
        start.Environment["Samenspraak__PublicUrl"] = baseUrl;
        foreach (var (name, value) in options.Environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var app = new AppProcess(process, baseUrl, dataDirectory, options.KeepDataDirectory, options.StartPatience);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app.WaitUntilHealthyAsync(ct);
        return app;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _output.AppendLine(line);
        }
    }

    private async Task WaitUntilHealthyAsync(CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.Add(_startPatience);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The application exited with code {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(BaseUrl + "/health", ct);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // Slow first start (migrations, seeding).
            }

            await Task.Delay(250, ct);
        }

        throw new TimeoutException($"The application did not become healthy at {BaseUrl}:\n{Output}");
    }

    private static string FindWebAssembly(string webProject)
    {
        // The test project references the web project, so it is built in the same configuration as the tests.
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Release"
            : "Debug";
        var dll = Path.Combine(webProject, "bin", configuration, "net10.0", "Samenspraak.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the web project first.", dll);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// Ends the process the hard way (SIGKILL on Linux, like kill -9 or a power cut): no shutdown hooks, no flushing,
    /// whatever was half done stays half done. The data folder is kept, so a new process can start on it.
    /// </summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    /// <summary>
    /// Stops the process in its tracks (SIGSTOP) without ending it, so a test can look at the database while the
    /// process is frozen mid-work and then decide to kill it or let it go on (<see cref="ResumeAsync"/>).
    /// </summary>
    public Task PauseAsync() => SignalAsync("-STOP");

    public Task ResumeAsync() => SignalAsync("-CONT");

    private async Task SignalAsync(string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false })!;
        await kill.WaitForExitAsync();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill {signal} {_process.Id} failed with exit code {kill.ExitCode}.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillAsync();
        }
        finally
        {
            _process.Dispose();
            // A kept folder is restarted on by the caller, which cleans it up itself.
            if (!_keepDataDirectory)
            {
                try
                {
                    Directory.Delete(DataDirectory, recursive: true);
                }
                catch (IOException)
                {
                    // A file still held by the dying process; the temp folder is cleaned by the OS.
                }
            }
        }
    }
}

/// <summary>How to start an <see cref="AppProcess"/>.</summary>
public sealed record AppProcessOptions
{
    /// <summary>An existing data folder to start on (a restart on the same SQLite file); null for a fresh one.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Leave the data folder when the process is disposed (the caller restarts on it or deletes it).</summary>
    public bool KeepDataDirectory { get; init; }

    /// <summary>Extra environment variables (configuration such as <c>Monitoring__Pipeline__BatchSize</c>); they win over the defaults.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>How long to wait for /health before giving up.</summary>
    public TimeSpan StartPatience { get; init; } = TimeSpan.FromMinutes(2);
}
