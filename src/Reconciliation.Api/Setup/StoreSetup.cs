using System.Text.Encodings.Web;
using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Npgsql;
using Reconciliation.Api.Notices;
using Reconciliation.Api.Workers;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Workers;
using Reconciliation.Jobs.Deposits;
using Reconciliation.Jobs.Exceptions;
using Reconciliation.Jobs.Matching;
using Reconciliation.Jobs.Notices;
using Reconciliation.Jobs.Statements;
using Reconciliation.Jobs.Workers;
using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;
using Wolverine.Marten;

namespace Reconciliation.Api.Setup;

public static class StoreSetup
{
    public const string ConnectionStringName = "Reconciliation";
    public const string SchemaName = "reconciliation";

    public static void AddReconciliationStore(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is not set");

        builder
            .Services.AddOptions<ReconciliationSettings>()
            .Bind(builder.Configuration.GetSection(ReconciliationSettings.Section))
            .Validate(s => File.Exists(s.ResolvedFeeParametersFile), "Reconciliation:FeeParametersFile does not exist")
            .ValidateOnStart();
        var settings = builder.Configuration.GetSection(ReconciliationSettings.Section).Get<ReconciliationSettings>()
            ?? new();

        builder.Services.AddSingleton(TimeProvider.System);
        // Loaded and validated once at start: a broken parameter file stops the process with the reason.
        builder.Services.AddSingleton(_ => new FeeCalculator(FeeSchedule.LoadFile(settings.ResolvedFeeParametersFile)));
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        builder.AddCoveragePolicy();
        builder.Services.AddSingleton<DepositMatching>();
        builder.Services.AddSingleton<ReversalMatching>();
        builder.Services.AddTransient<UnconfirmedCreditsJob>();
        builder.Services.AddSingleton<DuplicateRepair>();
        builder.Services.AddHostedService<ApiRecurringJobs>();
        builder.Services.AddHostedService<PrivateFoldersCheck>();
        builder.Services.AddSingleton<INoticeSender>(sp =>
        {
            var notices = sp.GetRequiredService<NoticesSettings>();
            return string.IsNullOrWhiteSpace(notices.Smtp.Host)
                ? new PickupFolderNoticeSender(notices)
                : new SmtpNoticeSender(notices);
        });

        var marten = builder
            .Services.AddMarten(opts =>
            {
                opts.Connection(connectionString);
                opts.DatabaseSchemaName = SchemaName;
                // The JSON goes to PostgreSQL only, never into a web page: HTML-sensitive and non-ASCII characters need
                // no \uXXXX escapes (the default encoder's), which made a camt entry's raw text half as long again to
                // write and to parse.
                opts.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase, configure: json =>
                    json.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping
                );

                // A worker's stream is keyed by NSS.
                opts.Events.StreamIdentity = StreamIdentity.AsString;
                opts.Events.AddEventTypes(WorkerStream.EventTypes);
                opts.Projections.Add<WorkerProjection>(ProjectionLifecycle.Inline);
                opts.Projections.Add<WorkerCoverageProjection>(ProjectionLifecycle.Inline);
                opts.Schema.For<Worker>().Index(w => w.Curp).Index(w => w.Rfc);
                // The console finds a worker by any part of their name: an index of the name's trigrams (pg_trgm, an
                // extension PostgreSQL lets a database's owner add) serves its ILIKE '%…%'.
                opts.Storage.ExtendedSchemaObjects.Add(new Extension("pg_trgm"));
                opts.Schema.For<Worker>()
                    .Index(
                        w => w.Name,
                        index =>
                        {
                            index.Name = "mt_doc_worker_idx_name_trigrams";
                            index.Method = IndexMethod.gin;
                            index.Mask = "? gin_trgm_ops";
                        }
                    );
                // Suspense suggestions look workers up by their fee. The lists by status and the delinquency scan read
                // most workers (CoverageQueries), which no index helps: none on the months, held credit or the whole
                // document, since each index is paid on every coverage write (docs/BENCHMARKS.md).
                opts.Schema.For<WorkerCoverage>().Index(w => w.ExpectedMonthlyFee);

                // A deposit's stream is keyed by the credit's natural key: the database refuses a second copy.
                opts.Events.AddEventTypes(DepositStream.EventTypes);
                // The daily report reads a file's deposits, the reversals theirs by tracking key; no query asks for
                // deposits by status. A credit another door describes is looked up by its bucket (value date, amount,
                // sending participant).
                opts.Schema.For<Deposit>()
                    .Index(d => d.StatementFileId)
                    .Index(d => d.TrackingKey)
                    .Index(d => d.Bucket)
                    // The few credits a notification announced and no statement confirmed yet, for the daily check of
                    // them.
                    .Index(
                        d => d.Provisional,
                        index =>
                        {
                            index.Name = "mt_doc_deposit_idx_provisional";
                            index.Predicate = UnconfirmedCreditsJob.ProvisionalPredicate;
                        }
                    );

                // The operators' queue; two decisions on one item at once: one wins, the other is a conflict.
                opts.Schema.For<ExceptionItem>()
                    .UseOptimisticConcurrency(true)
                    .Index(i => i.Status)
                    .Index(i => i.Kind)
                    .GinIndexJsonData();
                opts.Projections.Add<DepositProjection>(ProjectionLifecycle.Inline);

                // A statement file is received once per content.
                opts.Schema.For<StatementFile>().UniqueIndex(f => f.Sha256).Index(f => f.ReceivedAt);
                opts.Schema.For<StatementEntry>().Index(e => e.StatementFileId);
                opts.Schema.For<StatementRecord>().Index(r => r.StatementFileId);
                opts.Schema.For<AccountLedger>();

                // Notices: one per worker, month and kind (the id); their events are on the worker's stream.
                opts.Schema.For<NoticeRecord>().Index(r => r.Nss);

                if (!settings.ApplySchemaOnStartup)
                    opts.AutoCreateSchemaObjects = AutoCreate.None;
            })
            .UseLightweightSessions()
            .IntegrateWithWolverine();

        if (settings.ApplySchemaOnStartup)
            marten.ApplyAllDatabaseChangesOnStartup();
    }
}
