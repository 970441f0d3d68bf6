using JasperFx;
using JasperFx.Events;
using Npgsql;

namespace Reconciliation.Jobs.EventStore;

/// <summary>
/// A write that lost a race to another writer of the same stream: it was appended at a version the
/// stream is no longer at. Marten says so with its own exceptions; a set-based append
/// (<see cref="EventStoreBatch"/>) hears it from the events' unique (stream, version) key. Either way
/// the transaction rolled back and the work can be done again on fresh state.
/// </summary>
public static class StreamConflicts
{
    public const string StreamAndVersionKey = "pk_mt_events_stream_and_version";

    public static bool IsVersionConflict(Exception e)
    {
        for (var x = e; x is not null; x = x.InnerException)
            if (
                x
                is ConcurrencyException
                    or EventStreamUnexpectedMaxEventIdException
                    or PostgresException
                    {
                        SqlState: PostgresErrorCodes.UniqueViolation,
                        ConstraintName: StreamAndVersionKey
                    }
            )
                return true;
        return false;
    }
}
