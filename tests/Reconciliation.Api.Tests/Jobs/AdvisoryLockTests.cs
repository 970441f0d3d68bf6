using Npgsql;
using Reconciliation.Api.Tests.Hosting;
using Reconciliation.Jobs;

namespace Reconciliation.Api.Tests.Jobs;

/// <summary>The lock that keeps one import of a file, and one nightly run, at a time across processes.</summary>
public sealed class AdvisoryLockTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task One_holder_at_a_time_and_a_dead_holder_leaves_no_lock_behind()
    {
        await using var database = NpgsqlDataSource.Create(app.ConnectionString);
        var key = AdvisoryLock.KeyOf("test-job");

        var first = await AdvisoryLock.TryAcquireAsync(database, key, CancellationToken.None);
        Assert.NotNull(first);
        Assert.Null(await AdvisoryLock.TryAcquireAsync(database, key, CancellationToken.None));
        await first.DisposeAsync();

        // A holder whose connection dies (a killed process, a database restart) releases it as its backend exits
        // (the terminate call waits for that exit: it only signals otherwise).
        await using var doomed = NpgsqlDataSource.Create(
            new NpgsqlConnectionStringBuilder(app.ConnectionString)
            {
                ApplicationName = "doomed-lock-holder",
            }.ConnectionString
        );
        var holder = await AdvisoryLock.TryAcquireAsync(doomed, key, CancellationToken.None);
        Assert.NotNull(holder);
        await using (var admin = await database.OpenConnectionAsync())
        await using (
            var kill = new NpgsqlCommand(
                "select pg_terminate_backend(pid, 10000) from pg_stat_activity where application_name = "
                    + "'doomed-lock-holder'",
                admin
            )
        )
            await kill.ExecuteNonQueryAsync();
        await using var next = await AdvisoryLock.TryAcquireAsync(database, key, CancellationToken.None);
        Assert.NotNull(next);
        await holder.DisposeAsync(); // on a broken connection: no error, nothing to release
    }
}
