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

    /// <summary>
    /// Reads the file for what would stop <see cref="Parse"/> (a fatal problem), as cheaply as the format allows: the
    /// check made before anything of a file is written. Items other than the fatal problem may be left out.
    /// </summary>
    IEnumerable<StatementItem> Check(Stream stream) => Parse(stream);
}
