using System.Diagnostics;
using System.Text.Json;
using Marten;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Time;
using Reconciliation.Domain.Workers;
using Reconciliation.Jobs.EventStore;

namespace Reconciliation.Api.Workers;

/// <summary>
/// <c>enroll-file FILE</c>: enrolls the workers of a file of enrollment forms (one JSON object a line,
/// as <c>POST /api/workers</c> takes it), a thousand per transaction: the way to load an existing
/// register (a migration, a benchmark). Each worker gets the same events as through the API, and the
/// same documents its projections make (written set-based, several thousand workers a second). A form
/// that is invalid, or an NSS already enrolled, is reported with its line and skipped. Exit code 0
/// when every line was enrolled, 1 otherwise. Suspense is not re-matched here: run it on an empty system.
/// </summary>
public static class EnrollFileCommand
{
    public const string Name = "enroll-file";
    private const int BatchSize = 1000;

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args.Length != 1 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: enroll-file FILE   (one enrollment form, as JSON, a line)");
            return 2;
        }
        await app.StartAsync();
        var store = app.Services.GetRequiredService<IDocumentStore>();
        var fees = app.Services.GetRequiredService<FeeCalculator>();
        var today = MexicoCity.Today(app.Services.GetRequiredService<TimeProvider>());
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var watch = Stopwatch.StartNew();
        int enrolled = 0,
            refused = 0,
            lineNumber = 0;
        var batch = new List<(int Line, WorkerEnrolled Enrolled)>(BatchSize);

        async Task FlushAsync()
        {
            if (batch.Count == 0)
                return;
            await using var session = store.LightweightSession();
            var existing = (
                await session.LoadManyAsync<WorkerCoverage>(batch.Select(b => b.Enrolled.Nss.Value).ToArray())
            )
                .Select(w => w.Id)
                .ToHashSet();
            // The events of POST /api/workers, and the documents its inline projections make of them, written
            // set-based.
            var writes = new EventStoreBatch(store);
            foreach (var (line, worker) in batch)
            {
                var nss = worker.Nss.Value;
                if (!existing.Add(nss))
                {
                    Console.Error.WriteLine($"line {line}: NSS {worker.Nss} is already enrolled");
                    refused++;
                    continue;
                }
                var quoted = EnrollWorkerEndpoint.FeeQuotedOnEnrollment(worker, fees);
                writes.StartStream<Worker>(nss, worker, quoted);
                writes.Store(nss, Worker.Create(worker), 2);
                writes.Store(nss, WorkerCoverage.From(worker).Evolve(quoted) with { Version = 2 });
                enrolled++;
            }
            writes.QueueIn(session);
            await session.SaveChangesAsync();
            batch.Clear();
        }

        foreach (var text in File.ReadLines(args[0]))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(text))
                continue;
            EnrollWorker? form;
            try
            {
                form = JsonSerializer.Deserialize<EnrollWorker>(text, json);
            }
            catch (JsonException e)
            {
                Console.Error.WriteLine($"line {lineNumber}: not an enrollment form: {e.Message}");
                refused++;
                continue;
            }
            var decision = Enrollment.Decide(form!, today);
            if (!decision.IsAccepted)
            {
                Console.Error.WriteLine(
                    $"line {lineNumber}: "
                        + $"{string.Join("; ", decision.Errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}"))}"
                );
                refused++;
                continue;
            }
            batch.Add((lineNumber, decision.Enrolled!));
            if (batch.Count == BatchSize)
                await FlushAsync();
        }
        await FlushAsync();
        Console.WriteLine(
            $"{enrolled} workers enrolled, {refused} refused, in {watch.Elapsed.TotalSeconds:0.0} s "
                + $"({enrolled / Math.Max(watch.Elapsed.TotalSeconds, 0.001):0} a second)"
        );
        await app.StopAsync();
        return refused == 0 ? 0 : 1;
    }
}
