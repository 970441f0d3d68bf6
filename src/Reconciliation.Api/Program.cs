using JasperFx;
using Reconciliation.Api.Deposits;
using Reconciliation.Api.Generator;
using Reconciliation.Api.Notices;
using Reconciliation.Api.Security;
using Reconciliation.Api.Setup;
using Reconciliation.Api.Statements;
using Reconciliation.Api.Workers;
using Reconciliation.Jobs;
using Reconciliation.Jobs.Statements;
using Reconciliation.Jobs.Workers;
using Serilog;

// A plain logger for start-up failures only. Not Serilog's reloadable bootstrap logger: it can be frozen
// once per process, and several hosts in one process (the integration tests) would race to freeze it.
Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateLogger();

try
{
    if (args.FirstOrDefault() == ApiKeyCommand.Name)
        return ApiKeyCommand.Run(args[1..]);
    if (args.FirstOrDefault() == GenerateCommand.Name)
        return GenerateCommand.Run(args[1..]);

    var builder = WebApplication.CreateBuilder(args);
    var command = args.FirstOrDefault();
    if (command is ImportCommand.Name or EnrollFileCommand.Name or ScanCommand.Name or RepairDuplicatesCommand.Name)
        builder.Configuration.AddInMemoryCollection(ImportCommand.Settings);

    builder.AddReconciliationLogging();
    builder.AddReconciliationStore();
    builder.AddReconciliationMessaging();
    builder.AddReconciliationSecurity();
    builder.AddReconciliationHttp();
    builder.Services.AddReconciliationJobs(builder.Configuration);

    var app = builder.Build();
    // Serving (no command, or JasperFx's `run`) needs keys: checked before anything reaches the database.
    if (args.Length == 0 || command == "run")
        app.RequireKeysToServe();

    app.UseReconciliationHttp();
    app.UseReconciliationJobs(dashboardPolicy: ApiRoles.Admin);

    if (command == ImportCommand.Name)
        return await ImportCommand.RunAsync(app, args[1..]);
    if (command == EnrollFileCommand.Name)
        return await EnrollFileCommand.RunAsync(app, args[1..]);
    if (command == ScanCommand.Name)
        return await ScanCommand.RunAsync(app);
    if (command == RepairDuplicatesCommand.Name)
        return await RepairDuplicatesCommand.RunAsync(app, args[1..]);

    // With arguments: a JasperFx command (`codegen write`, `resources setup`, `describe`, ...).
    if (args.Length > 0)
        return await app.RunJasperFxCommands(args);
    await app.RunAsync();
    return 0;
}
catch (Exception e) when (e is not HostAbortedException)
{
    Log.Fatal(e, "The application failed to start");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>The entry point, visible to the integration tests' host.</summary>
public partial class Program;
