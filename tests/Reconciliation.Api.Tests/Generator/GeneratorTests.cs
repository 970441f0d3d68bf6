using System.Text.Json;
using Reconciliation.Api.Generator;
using Reconciliation.Domain.Identifiers;
using Reconciliation.Domain.Statements;

namespace Reconciliation.Api.Tests.Generator;

/// <summary>The world generator: valid people, statements our parsers read without a problem, the same world from the
/// same seed.</summary>
public sealed class GeneratorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("world-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Generate(string name, int seed) =>
        GenerateCommand.Run([
            "--workers",
            "400",
            "--months",
            "2",
            "--seed",
            seed.ToString(),
            "--format",
            "all",
            "--out",
            Path.Combine(_folder, name),
        ]) == 0
            ? Path.Combine(_folder, name)
            : throw new InvalidOperationException("generate failed");

    [Fact]
    public void Every_worker_has_valid_distinct_identifiers()
    {
        var lines = File.ReadAllLines(Path.Combine(Generate("w", 3), "workers.jsonl"));
        Assert.Equal(400, lines.Length);
        var workers = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        foreach (var w in workers)
        {
            Assert.True(Nss.TryParse(w.GetProperty("nss").GetString()).IsValid, w.ToString());
            Assert.True(
                Curp.TryParse(w.GetProperty("curp").GetString()).IsValid,
                w.GetProperty("curp").GetString() + " " + Curp.TryParse(w.GetProperty("curp").GetString()).Error
            );
            Assert.True(
                Rfc.TryParse(w.GetProperty("rfc").GetString()).IsValid,
                w.GetProperty("rfc").GetString() + " " + Rfc.TryParse(w.GetProperty("rfc").GetString()).Error
            );
        }
        Assert.Equal(400, workers.Select(w => w.GetProperty("nss").GetString()).Distinct().Count());
    }

    [Theory]
    [InlineData("camt053", "xml", StatementFormat.Camt053)]
    [InlineData("mt940", "sta", StatementFormat.Mt940)]
    [InlineData("csv", "csv", StatementFormat.ScotiabankCsv)]
    public void Each_format_parses_without_a_problem_with_the_lines_of_the_world(
        string format,
        string extension,
        StatementFormat expected
    )
    {
        var folder = Generate("f", 5);
        var world = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "world.json"))).RootElement;
        foreach (var month in world.GetProperty("credits").EnumerateArray())
        {
            using var stream = File.OpenRead(
                Path.Combine(folder, "statements", format, $"{month.GetProperty("month").GetString()}.{extension}")
            );
            var (detected, items) = StatementReader.Read(stream);
            var all = items.ToList();
            Assert.Equal(expected, detected);
            Assert.Empty(all.OfType<StatementProblem>());
            var lines = all.OfType<StatementLine>().ToList();
            Assert.Equal(month.GetProperty("lines").GetInt32(), lines.Count);
            Assert.Equal(month.GetProperty("total").GetDecimal(), lines.Sum(l => l.SignedAmount));
        }
    }

    [Fact]
    public void The_same_seed_writes_the_same_bytes_and_another_seed_another_world()
    {
        var a = Generate("a", 11);
        var b = Generate("b", 11);
        var c = Generate("c", 12);
        foreach (
            var file in new[]
            {
                "workers.jsonl",
                "statements/camt053/2026-02.xml",
                "statements/csv/2026-03.csv",
                "statements/mt940/2026-03.sta",
            }
        )
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(a, file)), File.ReadAllBytes(Path.Combine(b, file)));
            Assert.NotEqual(File.ReadAllBytes(Path.Combine(a, file)), File.ReadAllBytes(Path.Combine(c, file)));
        }
    }

    [Fact]
    public void The_world_does_not_depend_on_the_process()
    {
        // Fixed values of seed 11: a generator seeded from a per-process hash would differ from run to run.
        var first = JsonDocument
            .Parse(File.ReadLines(Path.Combine(Generate("p", 11), "workers.jsonl")).First())
            .RootElement;
        Assert.Equal(
            FirstWorkerOfSeed11,
            first.GetProperty("nss").GetString() + " " + first.GetProperty("curp").GetString()
        );
    }

    private const string FirstWorkerOfSeed11 = "10000000116 GOHL770207HYNFRR80";

    [Fact]
    public void The_mix_is_mostly_on_time_with_every_exception_present()
    {
        var scenarios = JsonDocument
            .Parse(File.ReadAllText(Path.Combine(Generate("m", 9), "world.json")))
            .RootElement.GetProperty("scenarios");
        var counts = Enum.GetNames<PaymentScenario>()
            .ToDictionary(n => n, n => scenarios.TryGetProperty(n, out var v) ? v.GetInt32() : 0);
        Assert.InRange(counts["OnTime"], 640, 720); // about 84% of 800 worker-months
        Assert.All(counts, c => Assert.True(c.Value > 0, $"no {c.Key} in the world"));
    }

    [Fact]
    public void The_three_formats_of_a_month_carry_the_same_credits()
    {
        var folder = Generate("k", 13);
        List<StatementLine> Credits(string format, string extension)
        {
            using var stream = File.OpenRead(Path.Combine(folder, "statements", format, $"2026-02.{extension}"));
            return StatementReader.Read(stream).Items.OfType<StatementLine>().Where(l => l.IsCredit).ToList();
        }
        static List<string> Spei(IEnumerable<StatementLine> lines, bool withKey) =>
            lines
                .Select(l =>
                    $"{l.SendingParticipant}:{l.ValueDate:yyyyMMdd}:{(withKey ? l.TrackingKey : "")}:{l.Amount}"
                )
                .Order()
                .ToList();

        var camt = Credits("camt053", "xml");
        Assert.All(camt, l =>
            Assert.False(string.IsNullOrEmpty(l.SendingParticipant) || string.IsNullOrEmpty(l.TrackingKey), l.Raw)
        );
        // camt.053 and MT940 give the same SPEI keys, so the same credit in both is one deposit.
        Assert.Equal(Spei(camt, withKey: true), Spei(Credits("mt940", "sta"), withKey: true));
        // The CSV export runs the tracking key into the payer's name (README): the rest is the same.
        Assert.Equal(Spei(camt, withKey: false), Spei(Credits("csv", "csv"), withKey: false));
    }
}
