using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Reconciliation.Domain.Fees;

namespace Reconciliation.Api.Generator;

/// <summary>
/// <c>generate --workers N --months M [--seed S] [--first-month 2026-02] [--format camt053|mt940|csv|all] --out
/// DIR</c>: writes <c>workers.jsonl</c> (one enrollment form a line, as <c>POST /api/workers</c> takes it), the
/// statements <c>statements/{format}/YYYY-MM.ext</c> and <c>world.json</c> (counts by scenario).
/// </summary>
public static class GenerateCommand
{
    public const string Name = "generate";

    public static int Run(string[] args)
    {
        var options = Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine(
                "usage: generate --workers N --months M [--seed S] [--first-month YYYY-MM] [--format "
                    + "camt053|mt940|csv|all] --out DIR"
            );
            return 2;
        }
        var (workers, months, seed, firstMonth, formats, output) = options.Value;
        var watch = Stopwatch.StartNew();
        var fees = new FeeCalculator(
            FeeSchedule.LoadFile(Path.Combine(AppContext.BaseDirectory, "fee-parameters.json"))
        );
        var world = new World(workers, seed, firstMonth, fees);
        Directory.CreateDirectory(output);

        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        using (var file = new StreamWriter(Path.Combine(output, "workers.jsonl")))
            for (var i = 0; i < workers; i++)
                file.WriteLine(JsonSerializer.Serialize(world.Worker(i), json));

        var scenarios = new Dictionary<string, int>();
        var credits = new List<object>();
        var opening = new Dictionary<string, decimal>();
        for (var m = 0; m < months; m++)
        {
            for (var i = 0; i < workers; i++)
            {
                var scenario = world.Scenario(i, m).ToString();
                scenarios[scenario] = scenarios.GetValueOrDefault(scenario) + 1;
            }
            var monthCredits = world.Credits(m);
            var month = firstMonth.AddMonths(m);
            credits.Add(
                new
                {
                    month = month.ToString("yyyy-MM"),
                    lines = monthCredits.Count,
                    total = monthCredits.Sum(c => c.Reversal ? -c.Amount : c.Amount),
                }
            );
            foreach (var format in formats)
            {
                var folder = Path.Combine(output, "statements", format);
                Directory.CreateDirectory(folder);
                using var stream = File.Create(
                    Path.Combine(folder, $"{month:yyyy-MM}.{StatementWriters.Extension(format)}")
                );
                opening[format] = StatementWriters.Write(
                    format,
                    stream,
                    monthCredits,
                    month,
                    m + 1,
                    opening.GetValueOrDefault(format, 1_000_000m)
                );
            }
        }
        File.WriteAllText(
            Path.Combine(output, "world.json"),
            JsonSerializer.Serialize(
                new
                {
                    workers,
                    months,
                    seed,
                    firstMonth = firstMonth.ToString("yyyy-MM"),
                    formats,
                    scenarios,
                    credits,
                },
                new JsonSerializerOptions(json) { WriteIndented = true }
            )
        );
        Console.WriteLine(
            $"{workers} workers, {months} month(s) in {string.Join(", ", formats)} written to {output} in "
                + $"{watch.Elapsed.TotalSeconds:0.0} s"
        );
        return 0;
    }

    private static (int Workers, int Months, int Seed, DateOnly FirstMonth, string[] Formats, string Output)? Parse(
        string[] args
    )
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2)
            values[args[i]] = args[i + 1];
        if (
            args.Length % 2 != 0
            || !values.TryGetValue("--out", out var output)
            || !int.TryParse(values.GetValueOrDefault("--workers"), out var workers)
            || workers < 1
            || !int.TryParse(values.GetValueOrDefault("--months", "1"), out var months)
            || months < 1
            || !int.TryParse(values.GetValueOrDefault("--seed", "1"), out var seed)
            || !DateOnly.TryParseExact(
                values.GetValueOrDefault("--first-month", "2026-02") + "-01",
                "yyyy-MM-dd",
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var first
            )
        )
            return null;
        var format = values.GetValueOrDefault("--format", "camt053");
        string[] formats = format == "all" ? StatementWriters.Formats : [format];
        return formats.All(StatementWriters.Formats.Contains)
            ? (workers, months, seed, first, formats, Path.GetFullPath(output))
            : null;
    }
}
