namespace Reconciliation.Domain.Statements;

/// <summary>
/// What no bank statement exceeds, so that reading any file, however hostile, holds a bounded amount of memory: a file
/// over a limit is refused with a problem naming the limit and where it was passed. Bound from
/// <c>Statements:Limits</c>.
/// </summary>
public sealed record StatementLimits
{
    public static readonly StatementLimits Default = new();

    /// <summary>Bytes of one line of a text file (MT940, CSV).</summary>
    public int MaxLineBytes { get; set; } = 100_000;

    /// <summary>Lines of one MT940 field (the first and its continuation lines; a :86: has six at most by the
    /// standard).</summary>
    public int MaxFieldLines { get; set; } = 200;

    /// <summary>Characters of one MT940 field, all its lines together.</summary>
    public int MaxFieldCharacters { get; set; } = 20_000;

    /// <summary>Characters of one XML text node.</summary>
    public int MaxTextLength { get; set; } = 100_000;

    /// <summary>Bytes of XML between two markup characters (&lt; or &gt;): bounds a tag, its names and attributes, and
    /// a text.</summary>
    public int MaxMarkupRunBytes { get; set; } = 1 << 20;

    /// <summary>Levels of nested XML elements.</summary>
    public int MaxDepth { get; set; } = 32;

    /// <summary>Attributes of one XML element.</summary>
    public int MaxAttributes { get; set; } = 32;

    /// <summary>Characters of an XML element or attribute name (with its prefix).</summary>
    public int MaxNameLength { get; set; } = 256;

    /// <summary>XML elements within one entry (<c>Ntry</c>), or within any one element of a statement's header or
    /// trailer.</summary>
    public int MaxElementsPerEntry { get; set; } = 10_000;

    /// <summary>Elements of a camt statement besides its entries (its header and trailer: balances, account,
    /// period...).</summary>
    public int MaxStatementElements { get; set; } = 1_000;
}
