using System.Collections.Concurrent;

namespace Reconciliation.Jobs.Statements;

/// <summary>
/// Lets a request wait, for a while, for an import running in the background in this process: the upload answers with
/// the report when the import ends within <see cref="StatementsSettings.UploadWait"/>. Only a convenience: the import's
/// state is the file's document, and a wait that ends without a signal reads it from there.
/// </summary>
public sealed class ImportSignals
{
    private readonly ConcurrentDictionary<Guid, TaskCompletionSource<StatementImportResult>> _waiting = new();

    /// <summary>The end of the file's current import, if it comes within <paramref name="wait"/>; null
    /// otherwise.</summary>
    public async Task<StatementImportResult?> WaitAsync(
        Guid fileId,
        TimeSpan wait,
        Func<Task<StatementImportResult?>> alreadyEnded,
        CancellationToken ct
    )
    {
        var signal = _waiting.GetOrAdd(fileId, _ => new TaskCompletionSource<StatementImportResult>(
            TaskCreationOptions.RunContinuationsAsynchronously
        ));
        // It may have ended before the signal was there to receive it: the database says so.
        if (await alreadyEnded() is { } ended)
            return ended;
        try
        {
            return await signal.Task.WaitAsync(wait, ct);
        }
        catch (TimeoutException)
        {
            // Another process may have imported it meanwhile (it signals only its own waiters).
            return await alreadyEnded();
        }
        finally
        {
            // No waiter is left behind for a file whose import ends elsewhere, or never.
            _waiting.TryRemove(new KeyValuePair<Guid, TaskCompletionSource<StatementImportResult>>(fileId, signal));
        }
    }

    /// <summary>An import of the file ended (imported, failed, or given up): whoever waits for it is told.</summary>
    public void Finished(StatementImportResult result)
    {
        if (_waiting.TryRemove(result.File.Id, out var signal))
            signal.TrySetResult(result);
    }
}
