using Alba;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Reconciliation.Api.Security;
using Wolverine;

namespace Reconciliation.Api.Tests.Hosting;

/// <summary>The real application, in process, against a database of its own (one per test class).</summary>
public class AppFixture : IAsyncLifetime
{
    public IAlbaHost Host { get; private set; } = null!;
    public string ConnectionString { get; private set; } = "";

    /// <summary>The statement folders (inbox, archive, failed, store) of this class's application.</summary>
    public string StatementsRoot { get; } = Directory.CreateTempSubdirectory("statements-").FullName;

    public virtual async Task InitializeAsync()
    {
        ConnectionString = await TestDatabases.CreateAsync(GetType().Name);
        Host = await AlbaHost.For<Program>(builder =>
        {
            builder.UseSetting("ConnectionStrings:Reconciliation", ConnectionString);
            builder.UseSetting("Jobs:RunServer", "false");
            builder.UseSetting("Statements:Root", StatementsRoot);
            builder.UseSetting("Statements:InboxSettleTime", "00:00:00");
            // As in production: endpoints and handlers run from the pre-generated code (see GeneratedCodeTests).
            builder.UseSetting("Reconciliation:GeneratedCode", "Static");
            foreach (var (name, role, key) in TestKeys.All)
            {
                builder.UseSetting($"Security:ApiKeys:{name}:Role", role);
                builder.UseSetting($"Security:ApiKeys:{name}:Hash", ApiKey.Hash(key));
            }
            builder.UseSetting("Security:FirstRunKeyFile", "");
            builder.UseSetting("Security:RateLimitPerSecond", "100000");
            builder.UseSetting("Security:RateLimitBurst", "100000");
            Configure(builder);
            builder.ConfigureServices(services => services.RunWolverineInSoloMode());
        });
        // A request that names no key of its own (nor an empty one, to go without) is the operator's.
        Host.BeforeEach(context =>
        {
            if (!context.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.Header))
                context.Request.Headers[ApiKeyAuthenticationHandler.Header] = TestKeys.Operator;
        });
    }

    /// <summary>Settings a test class needs beyond the defaults.</summary>
    protected virtual void Configure(IWebHostBuilder builder) { }

    public virtual async Task DisposeAsync()
    {
        if (Host is not null)
            await Host.DisposeAsync();
        if (ConnectionString.Length > 0)
            await TestDatabases.DropAsync(ConnectionString);
        Directory.Delete(StatementsRoot, recursive: true);
    }
}
