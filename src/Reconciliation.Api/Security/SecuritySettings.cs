namespace Reconciliation.Api.Security;

/// <summary>The <c>Security</c> section: API keys, the first-run key, rate and size limits.</summary>
public sealed class SecuritySettings
{
    public const string Section = "Security";

    /// <summary>
    /// Keys by name (the name is the identity recorded in operators' decisions). Only a hash of each
    /// key is configured: <c>Security:ApiKeys:ana.lopez:Role = operator</c>,
    /// <c>Security:ApiKeys:ana.lopez:Hash = sha256:…</c>. <c>ops/apikey</c> makes a key and its lines.
    /// </summary>
    public Dictionary<string, ApiKeyEntry> ApiKeys { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Where the local operator key is kept. When set and the file does not exist, a key is created at
    /// start-up, written there (owner-only) and printed once; the file is read at each start. Empty: none.
    /// </summary>
    public string? FirstRunKeyFile { get; set; }

    /// <summary>
    /// Four eyes on money going out: a refund or a split of more than this many pesos is requested by one key and
    /// carried out only when another key, of role approver or admin, approves it. 0 (the default): all of them.
    /// </summary>
    public decimal FourEyesAbove { get; set; }

    /// <summary>Requests per second each key (or, without a key, each client address) may make; bursts up to
    /// <see cref="RateLimitBurst"/>.</summary>
    public int RateLimitPerSecond { get; set; } = 200;

    public int RateLimitBurst { get; set; } = 400;

    /// <summary>Statement uploads one key may run at the same time (each holds a file and an import).</summary>
    public int ConcurrentUploadsPerKey { get; set; } = 2;

    /// <summary>Largest request body of every endpoint but the statement upload (which has
    /// <c>Statements:MaxFileBytes</c>).</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}

public sealed class ApiKeyEntry
{
    public string Role { get; set; } = "";

    /// <summary><c>sha256:</c> and the lower-case hex SHA-256 of the key's UTF-8 text.</summary>
    public string Hash { get; set; } = "";
}
