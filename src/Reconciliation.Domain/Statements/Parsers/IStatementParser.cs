namespace Reconciliation.Domain.Statements.Parsers;

/// <summary>
/// Reads one format as a stream: items come out as the file is read, so memory does not grow
/// with the file. A problem the parser cannot get past is thrown as <see cref="StatementFormatException"/>;
/// <see cref="StatementReader"/> turns every exception into a fatal <see cref="StatementProblem"/>.
/// </summary>
public interface IStatementParser
{
    StatementFormat Format { get; }

    IEnumerable<StatementItem> Parse(Stream stream);
}
