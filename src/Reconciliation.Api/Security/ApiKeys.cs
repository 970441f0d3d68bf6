using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace Reconciliation.Api.Security;

/// <summary>Who a key belongs to: the name recorded in decisions, and the key's role.</summary>
public sealed record ApiKeyIdentity(string Name, string Role);

/// <summary>
/// Making and hashing keys. A key is 32 random bytes (256 bits): a plain SHA-256 is enough to store it,
/// since nobody can guess such a key from its hash, and a slow password hash would cost every request.
/// </summary>
public static class ApiKey
{
    public const string HashPrefix = "sha256:";
    private const string KeyPrefix = "imss_";

    public static string New() => KeyPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string key) =>
        HashPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>The configured keys, looked up by the hash of the key a request presents.</summary>
public sealed class ApiKeyRegistry
{
    private readonly FrozenDictionary<string, ApiKeyIdentity> _byHash;
    private readonly FrozenDictionary<string, ApiKeyIdentity> _byName;

    public ApiKeyRegistry(SecuritySettings settings)
    {
        var byHash = new Dictionary<string, ApiKeyIdentity>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var (name, entry) in settings.ApiKeys)
        {
            var where = $"{SecuritySettings.Section}:ApiKeys:{name}";
            var role = entry.Role.Trim().ToLowerInvariant();
            var hash = entry.Hash.Trim().ToLowerInvariant();
            if (!ApiRoles.All.Contains(role))
                errors.Add($"{where}:Role is '{entry.Role}'; a role is one of {string.Join(", ", ApiRoles.All)}");
            else if (!IsHash(hash))
                errors.Add($"{where}:Hash must be '{ApiKey.HashPrefix}' and 64 hex digits (ops/apikey prints it)");
            else if (byHash.TryGetValue(hash, out var other))
                errors.Add($"{where}:Hash is the same key as {other.Name}");
            else
                byHash[hash] = new ApiKeyIdentity(name, role);
        }
        if (errors.Count > 0)
            throw new InvalidOperationException("The API keys are misconfigured: " + string.Join("; ", errors));
        _byHash = byHash.ToFrozenDictionary(StringComparer.Ordinal);
        _byName = byHash.Values.ToFrozenDictionary(k => k.Name, StringComparer.Ordinal);
    }

    public int Count => _byHash.Count;

    /// <summary>The key configured under this name, or null (a console session outliving its key ends).</summary>
    public ApiKeyIdentity? FindByName(string name) => _byName.GetValueOrDefault(name);

    public ApiKeyIdentity? Find(string key) =>
        key.Length is > 0 and <= 256 ? _byHash.GetValueOrDefault(ApiKey.Hash(key)) : null;

    private static bool IsHash(string hash) =>
        hash.StartsWith(ApiKey.HashPrefix, StringComparison.Ordinal)
        && hash.Length == ApiKey.HashPrefix.Length + 64
        && !hash.AsSpan(ApiKey.HashPrefix.Length).ContainsAnyExcept("0123456789abcdef");
}
