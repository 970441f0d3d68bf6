using Marten;
using Reconciliation.Domain.Statements.Import;

namespace Reconciliation.Jobs.Statements;

/// <summary>
/// One statement of a file, its totals and checks: a document of its own, written at the checkpoint after it changed,
/// so a file of N statements costs N such writes and a file document of constant size.
/// </summary>
public sealed class StatementRecord
{
    public string Id { get; set; } = "";
    public Guid StatementFileId { get; set; }
    public int Ordinal { get; set; }
    public StatementSummary Summary { get; set; } = new();

    public static string IdOf(Guid fileId, int ordinal) => $"{fileId:N}:{ordinal:D7}";

    public static StatementRecord Of(Guid fileId, StatementSummary summary) =>
        new()
        {
            Id = IdOf(fileId, summary.Ordinal),
            StatementFileId = fileId,
            Ordinal = summary.Ordinal,
            Summary = summary.Copy(),
        };

    /// <summary>The file's statements in order, a page of them (the report shows the first
    /// <paramref name="take"/>).</summary>
    public static async Task<List<StatementSummary>> OfFileAsync(
        IQuerySession session,
        StatementFile file,
        CancellationToken ct,
        int skip = 0,
        int take = 100
    )
    {
        // Files imported before statements had documents of their own keep them in the report.
        if (file.Report.Statements.Count > 0)
            return file.Report.Statements.Skip(skip).Take(take).ToList();
        var records = await session
            .Query<StatementRecord>()
            .Where(r => r.StatementFileId == file.Id)
            .OrderBy(r => r.Ordinal)
            .Skip(skip)
            .Take(take)
            .ToListAsync(ct);
        return records.Select(r => r.Summary).ToList();
    }
}
