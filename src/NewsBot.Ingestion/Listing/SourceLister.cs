namespace NewsBot.Ingestion.Listing;

/// <summary>
/// Expands the files and folders a user named into the files to read. Folders are walked recursively in a fixed
/// order (files by name, then sub-folders by name) so two runs over the same folder read the same files in the same
/// order. Hidden files and folders (editor back-ups, .git) are left out silently; other files NewsBot does not read
/// are left out and counted. A file named explicitly is always read, whatever its name.
/// </summary>
internal sealed class SourceLister
{
    private readonly List<string> _files = [];
    private readonly HashSet<string> _seenFiles = new(StringComparer.Ordinal);
    private readonly HashSet<string> _visitedFolders = new(StringComparer.Ordinal);
    private readonly List<IngestionProblem> _problems = [];
    private int _skipped;

    public static SourceListing List(IEnumerable<string> paths)
    {
        var lister = new SourceLister();
        foreach (var path in paths)
        {
            lister.Add(path);
        }
        return new SourceListing(lister._files, lister._problems, lister._skipped);
    }

    private void Add(string path)
    {
        if (File.Exists(path))
        {
            AddFile(path);
        }
        else if (Directory.Exists(path))
        {
            var skippedBefore = _skipped;
            var problemsBefore = _problems.Count;
            if (Walk(new DirectoryInfo(path), path) == 0 && _problems.Count == problemsBefore)
            {
                _problems.Add(new IngestionProblem(path, null, Problems.NothingReadableInFolder(_skipped - skippedBefore)));
            }
        }
        else
        {
            _problems.Add(new IngestionProblem(path, null, Problems.NoSuchPath));
        }
    }

    /// <summary>Adds the readable files under <paramref name="folder"/> and returns how many it holds.</summary>
    private int Walk(DirectoryInfo folder, string shownPath)
    {
        if (!_visitedFolders.Add(RealPath(folder)))
        {
            return 0; // a symbolic link back to a folder already read
        }
        FileInfo[] files;
        DirectoryInfo[] folders;
        try
        {
            files = folder.GetFiles();
            folders = folder.GetDirectories();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            _problems.Add(new IngestionProblem(shownPath, null, Problems.FolderUnreadable(error)));
            return 0;
        }

        var readable = 0;
        foreach (var file in files.Where(f => !IsHidden(f)).OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            if (SupportedFormats.IsSupported(file.Name))
            {
                readable++;
                AddFile(Path.Join(shownPath, file.Name));
            }
            else
            {
                _skipped++;
            }
        }
        foreach (var subfolder in folders.Where(f => !IsHidden(f)).OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            readable += Walk(subfolder, Path.Join(shownPath, subfolder.Name));
        }
        return readable;
    }

    private void AddFile(string path)
    {
        if (_seenFiles.Add(Path.GetFullPath(path)))
        {
            _files.Add(path);
        }
    }

    private static bool IsHidden(FileSystemInfo entry) =>
        entry.Name.StartsWith('.') || entry.Attributes.HasFlag(FileAttributes.Hidden);

    private static string RealPath(DirectoryInfo folder)
    {
        try
        {
            return folder.LinkTarget is null ? folder.FullName : folder.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? folder.FullName;
        }
        catch (IOException)
        {
            return folder.FullName;
        }
    }
}
