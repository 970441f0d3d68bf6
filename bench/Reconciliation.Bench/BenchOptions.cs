namespace Reconciliation.Bench;

/// <summary>What one bench run does: how many workers (one credit each, about), how long the query load
/// lasts.</summary>
public sealed record BenchOptions(
    int Workers,
    int LoadSeconds,
    int Concurrency,
    string ServerConnectionString,
    string Configuration,
    int Seed = 17,
    double Rate = 1000
)
{
    public static BenchOptions? Parse(string[] args, string serverConnectionString, string configuration)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2)
            values[args[i]] = args[i + 1];
        if (args.Length % 2 != 0)
            return null;
        if (!int.TryParse(values.GetValueOrDefault("--workers", "10000"), out var workers) || workers < 100)
            return null;
        if (!int.TryParse(values.GetValueOrDefault("--load-seconds", "30"), out var seconds) || seconds < 1)
            return null;
        if (!int.TryParse(values.GetValueOrDefault("--concurrency", "16"), out var concurrency) || concurrency < 1)
            return null;
        if (
            !double.TryParse(
                values.GetValueOrDefault("--rate", "1000"),
                System.Globalization.CultureInfo.InvariantCulture,
                out var rate
            )
            || rate <= 0
        )
            return null;
        return new BenchOptions(workers, seconds, concurrency, serverConnectionString, configuration, Rate: rate);
    }
}
