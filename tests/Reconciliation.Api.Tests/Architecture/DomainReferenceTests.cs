using System.Text.RegularExpressions;

namespace Reconciliation.Api.Tests.Architecture;

/// <summary>
/// The rules live in the repository: every reference to the domain document names a section of docs/DOMAIN.md
/// (<c>docs/DOMAIN.md, *Held credit*</c> or a <c>#held-credit</c> link) that exists, and nothing points outside the
/// repository or to numbered sections of another document.
/// </summary>
public sealed partial class DomainReferenceTests
{
    private static readonly string Root = RepositoryRoot();

    [Fact]
    public void Every_reference_to_the_domain_document_names_one_of_its_sections()
    {
        var titles = Headings();
        var anchors = titles.Select(Anchor).ToHashSet();
        var references = Files()
            .SelectMany(f =>
                TitleReference().Matches(Text(f)).Select(m => (File: f, Name: m.Groups[1].Value, Link: false))
            )
            .Concat(
                Files()
                    .SelectMany(f =>
                        AnchorReference().Matches(Text(f)).Select(m => (File: f, Name: m.Groups[1].Value, Link: true))
                    )
            )
            .ToList();

        var dangling = references
            .Where(r => r.Link ? !anchors.Contains(r.Name) : !titles.Contains(r.Name))
            .Select(r => $"{r.File}: {(r.Link ? "#" : "")}{r.Name}")
            .ToList();

        Assert.True(references.Count > 30, $"only {references.Count} references found: is the pattern still right?");
        Assert.True(dangling.Count == 0, "not a section of docs/DOMAIN.md:\n" + string.Join('\n', dangling));
    }

    [Fact]
    public void No_file_refers_to_a_document_outside_the_repository_or_to_numbered_sections()
    {
        // The folder beside a checkout where the customer's own documents were kept: spelled in two parts, so that this
        // test is not itself a file that names it.
        const string besideTheCheckout = "../" + "shared";
        var outside = Files()
            .Where(f => Text(f) is var text && (text.Contains(besideTheCheckout) || NumberedSection().IsMatch(text)))
            .ToList();
        Assert.True(outside.Count == 0, string.Join('\n', outside));
    }

    [Fact]
    public void The_domain_document_covers_what_the_code_relies_on()
    {
        var titles = Headings();
        foreach (var section in new[] { "Identifiers", "Statement formats", "The fee", "Coverage", "Held credit" })
            Assert.Contains(section, titles);
    }

    private static HashSet<string> Headings() =>
        File.ReadLines(Path.Combine(Root, "docs", "DOMAIN.md"))
            .Where(l => l.StartsWith("## "))
            .Select(l => l[3..].Trim())
            .ToHashSet();

    // GitHub's anchors: lower case, punctuation dropped, spaces as dashes.
    private static string Anchor(string title) =>
        new string(title.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-').ToArray()).Replace(
            ' ',
            '-'
        );

    // A comment wrapped over lines is read as one: "*Reversals and\n/// returns*".
    private static string Text(string file) => CommentWrap().Replace(File.ReadAllText(Path.Combine(Root, file)), " ");

    private static IEnumerable<string> Files() =>
        new[] { "src", "tests", "bench", "ops", "docs" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(Root, d), "*", SearchOption.AllDirectories))
            .Append(Path.Combine(Root, "README.md"))
            .Select(f => Path.GetRelativePath(Root, f))
            .Where(f => !Regex.IsMatch(f, @"(^|/)(bin|obj|Generated)/"))
            .Where(f =>
                Path.GetExtension(f) is ".cs" or ".md" or ".json" or ""
                && !f.EndsWith(nameof(DomainReferenceTests) + ".cs")
            );

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Reconciliation.sln")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("Reconciliation.sln not found above the tests");
    }

    [GeneratedRegex(@"DOMAIN\.md, \*([^*]+)\*")]
    private static partial Regex TitleReference();

    [GeneratedRegex(@"DOMAIN\.md#([a-z0-9\-]+)")]
    private static partial Regex AnchorReference();

    [GeneratedRegex(@"DOMAIN\.md ?§")]
    private static partial Regex NumberedSection();

    [GeneratedRegex(@"\s*\n\s*(///|//)?\s*")]
    private static partial Regex CommentWrap();
}
