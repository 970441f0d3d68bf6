using JasperFx.CodeGeneration;

namespace Reconciliation.Api.Setup;

/// <summary>The settings of the system, bound from the <c>Reconciliation</c> section and validated at start.</summary>
public sealed class ReconciliationSettings
{
    public const string Section = "Reconciliation";

    /// <summary>Path of the fee parameter file; relative paths are resolved against the application folder.</summary>
    public string FeeParametersFile { get; set; } = "fee-parameters.json";

    /// <summary>Create or update the database schema (Marten, Wolverine, Hangfire) at start-up.</summary>
    public bool ApplySchemaOnStartup { get; set; } = true;

    /// <summary>
    /// How Wolverine's handler and endpoint code is loaded: <c>Static</c> (default; the code generated
    /// ahead of time in <c>Internal/Generated</c>, no compilation at start-up) or <c>Dynamic</c>
    /// (generated and compiled at start-up, for development). Regenerate with <c>ops/codegen</c>.
    /// </summary>
    public TypeLoadMode GeneratedCode { get; set; } = TypeLoadMode.Static;

    /// <summary>Seconds before the first scheduled retry of a failed notice (the second waits five times as
    /// long).</summary>
    public int NoticeRetrySeconds { get; set; } = 60;

    public string ResolvedFeeParametersFile =>
        Path.IsPathRooted(FeeParametersFile)
            ? FeeParametersFile
            : Path.Combine(AppContext.BaseDirectory, FeeParametersFile);
}
