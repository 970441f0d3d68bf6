using System.Data.Common;
using NpgsqlTypes;
using Weasel.Core;
using Weasel.Storage;
using ICommandBuilder = Weasel.Postgresql.ICommandBuilder;
using IStorageOperation = Marten.Internal.Operations.IStorageOperation;

namespace Reconciliation.Jobs.EventStore;

/// <summary>
/// One SQL statement over whole arrays (<c>unnest(?, ?, …)</c>), run in the session's batch at
/// SaveChanges, in the order it was queued. Its parameters carry their PostgreSQL types, so arrays
/// of JSON arrive as <c>jsonb[]</c> without casts in the text. It returns nothing to read.
/// </summary>
internal sealed class SetBasedStatement(string sql, params (object Value, NpgsqlDbType Type)[] parameters)
    : IStorageOperation,
        NoDataReturnedCall
{
    // As Marten's own queued SQL: not a document type, so the session does not look for a table of its own.
    public Type DocumentType => typeof(Marten.Storage.StorageFeatures);

    public OperationRole Role() => OperationRole.Other;

    public void ConfigureCommand(ICommandBuilder builder, IStorageSession session)
    {
        var placeholders = builder.AppendWithParameters(sql, '?');
        if (placeholders.Length != parameters.Length)
            throw new InvalidOperationException(
                $"{placeholders.Length} placeholders and {parameters.Length} values in: {sql}"
            );
        for (var i = 0; i < parameters.Length; i++)
        {
            placeholders[i].NpgsqlDbType = parameters[i].Type;
            placeholders[i].Value = parameters[i].Value;
        }
    }

    void Weasel.Storage.IStorageOperation.ConfigureCommand(
        Weasel.Core.ICommandBuilder builder,
        IStorageSession session
    ) => ConfigureCommand((ICommandBuilder)builder, session);

    public Task PostprocessAsync(DbDataReader reader, IList<Exception> exceptions, CancellationToken token) =>
        Task.CompletedTask;
}
