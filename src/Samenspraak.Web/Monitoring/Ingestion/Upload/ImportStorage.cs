namespace Samenspraak.Web.Monitoring.Ingestion.Upload;

/// <summary>
/// Where uploads wait for their import: <c>Monitoring:ImportFolder</c> (default data/imports under the content
/// root). Files get generated names; the user's file name is never used as a path. Removed after the import.
/// </summary>
public sealed class ImportStorage(IConfiguration configuration, IWebHostEnvironment environment)
{
    public string Folder
    {
        get
        {
            var folder = configuration["Monitoring:ImportFolder"] ?? Path.Combine("data", "imports");
            var full = Path.IsPathRooted(folder) ? folder : Path.Combine(environment.ContentRootPath, folder);
            Directory.CreateDirectory(full);
            return full;
        }
    }

    public string PathOf(string storedFileName) => Path.Combine(Folder, Path.GetFileName(storedFileName));

    /// <summary>Copies the upload to the folder in chunks (never whole in memory); returns the stored name and size.</summary>
    public async Task<(string StoredFileName, long Size)> SaveAsync(Stream upload, string extension, CancellationToken ct)
    {
        var name = Guid.NewGuid().ToString("N") + extension.ToLowerInvariant();
        var path = PathOf(name);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
        await upload.CopyToAsync(file, ct);
        return (name, file.Length);
    }

    public void Delete(string storedFileName)
    {
        var path = PathOf(storedFileName);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
