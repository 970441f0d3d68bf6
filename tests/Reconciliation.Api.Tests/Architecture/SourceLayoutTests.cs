namespace Reconciliation.Api.Tests.Architecture;

/// <summary>
/// Files a reader can hold in their head: no source line over 120 characters and no file over 300 lines in src/
/// (Wolverine's generated code aside). <c>dotnet csharpier format .</c> keeps code within the width.
/// </summary>
public sealed class SourceLayoutTests
{
    private const int MaxLineLength = 120;
    private const int MaxFileLines = 300;

    private static IEnumerable<string> SourceFiles()
    {
        var root = RepositoryRoot();
        return Directory
            .EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Where(f => !f.Contains($"Internal{Path.DirectorySeparatorChar}Generated"))
            .Select(f => Path.GetRelativePath(root, f));
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Reconciliation.sln")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("Reconciliation.sln not found above the tests");
    }

    [Fact]
    public void No_source_line_is_longer_than_120_characters()
    {
        var root = RepositoryRoot();
        var files = SourceFiles().ToList();
        Assert.NotEmpty(files);
        var longLines = files
            .SelectMany(f => File.ReadLines(Path.Combine(root, f)).Select((line, i) => (f, Line: i + 1, line.Length)))
            .Where(x => x.Length > MaxLineLength)
            .Select(x => $"{x.f}:{x.Line} ({x.Length} characters)")
            .ToList();
        Assert.True(longLines.Count == 0, string.Join(Environment.NewLine, longLines));
    }

    [Fact]
    public void No_source_file_is_longer_than_300_lines()
    {
        var root = RepositoryRoot();
        var longFiles = SourceFiles()
            .Select(f => (f, Lines: File.ReadLines(Path.Combine(root, f)).Count()))
            .Where(x => x.Lines > MaxFileLines)
            .Select(x => $"{x.f} ({x.Lines} lines)")
            .ToList();
        Assert.True(longFiles.Count == 0, string.Join(Environment.NewLine, longFiles));
    }
}
