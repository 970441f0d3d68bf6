using Microsoft.Extensions.Logging;

namespace Reconciliation.Jobs.Statements;

/// <summary>A file the inbox cannot import goes to <c>failed/</c> with a text beside it saying why; one imported goes
/// to <c>archive/</c>.</summary>
public sealed partial class DropFolder
{
    /// <summary>Sets the entry aside in <c>failed/</c> (the entry itself: a link is moved, not what it points to) with
    /// its reason.</summary>
    private Processed Quarantine(string path, string message, StatementImportResult? result)
    {
        var name = Path.GetFileName(path);
        try
        {
            var destination = Move(path, settings.Failed);
            File.WriteAllText(destination + ".error.txt", ErrorText(name, result, message));
            PrivateFiles.Restrict(destination + ".error.txt");
            logger.LogWarning("Inbox file {FileName} set aside in {Destination}: {Reason}", name, destination, message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogError(
                e,
                "Inbox file {FileName} could not be set aside in failed/ ({Reason}); it stays in the inbox",
                name,
                message
            );
        }
        return new Processed(name, result?.Outcome ?? ImportOutcome.Failed, result?.File.Id, message);
    }

    private static string Move(string path, string folder)
    {
        PrivateFiles.Folder(folder);
        var destination = Unique(Path.Combine(folder, Path.GetFileName(path)));
        if (PrivateFiles.KindOf(path) == PrivateFiles.Kind.Directory)
            Directory.Move(path, destination);
        else
            File.Move(path, destination);
        // A file keeps its mode when moved; one that came in readable by others is not left so. A link's mode is not
        // its own.
        if (PrivateFiles.KindOf(destination) == PrivateFiles.Kind.Regular)
            PrivateFiles.Restrict(destination);
        return destination;
    }

    private static async Task WriteErrorAsync(string destination, string text)
    {
        await File.WriteAllTextAsync(destination + ".error.txt", text);
        PrivateFiles.Restrict(destination + ".error.txt");
    }

    private static string ErrorText(string name, StatementImportResult? result, string message)
    {
        var lines = new List<string> { $"file: {name}", $"result: {message}" };
        if (result is not null)
        {
            lines.Add(
                $"statement file id: {result.File.Id} (GET /api/statements/{result.File.Id}; retry with POST "
                    + $"/api/statements/{result.File.Id}/retry)"
            );
            lines.AddRange(
                result.File.Report.Problems.Select(p => $"{(p.Fatal ? "fatal" : "error")}: {p.Location}: {p.Reason}")
            );
        }
        return string.Join(Environment.NewLine, lines) + Environment.NewLine;
    }

    private static string Unique(string path)
    {
        if (!Path.Exists(path) && PrivateFiles.KindOf(path) == PrivateFiles.Kind.Missing)
            return path;
        var directory = Path.GetDirectoryName(path)!;
        var stem = Path.GetFileNameWithoutExtension(path);
        var extension = Path.GetExtension(path);
        for (var i = 2; ; i++)
        {
            var candidate = Path.Combine(directory, $"{stem}.{i}{extension}");
            if (PrivateFiles.KindOf(candidate) == PrivateFiles.Kind.Missing)
                return candidate;
        }
    }
}
