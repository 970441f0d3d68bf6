using Reconciliation.Domain.Statements;

namespace Reconciliation.Domain.Tests.Statements;

/// <summary>
/// Mutated sample files (bytes flipped, cut, repeated, spliced, deleted) are either read or refused
/// with a problem: the reader never throws and never hangs; and the check made before an import stops
/// exactly where the reading does. Seeded, so a failure can be replayed.
/// </summary>
public sealed class FuzzTests
{
    private const int Mutations = 400;
    private static readonly byte[] Interesting = "<>:/,\n\r&;0123456789CD-{}"u8.ToArray();

    public static TheoryData<string> Files() =>
        new(
            Directory
                .GetFiles(Samples.PathOf(""), "*", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(".md"))
                .Select(f => Path.GetRelativePath(Samples.PathOf(""), f))
                .Order()
        );

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Mutated_files_are_read_or_refused_never_thrown(string name)
    {
        var original = Samples.Bytes(name);
        var random = new Random(name.Aggregate(17, (h, c) => h * 31 + c));
        for (var i = 0; i < Mutations; i++)
        {
            var mutated = Mutate(original, random);
            // A hang detector, not a speed check: a few KB must not take seconds (TimeoutException fails the test).
            var (_, items) = await Task.Run(() => Samples.Read(mutated)).WaitAsync(TimeSpan.FromSeconds(10));
            Assert.NotEmpty(items);
            var fatal = items.OfType<StatementProblem>().Where(p => p.Fatal).ToList();
            Assert.True(fatal.Count <= 1, $"{name}, mutation {i}: more than one fatal problem");
            if (fatal.Count == 1)
                Assert.Same(fatal[0], items[^1]);
            // Every refusal is one the parsers explain; an unexpected exception (a parser bug) shows as its type name.
            Assert.All(items.OfType<StatementProblem>(), p => Assert.DoesNotContain("Exception:", p.Reason));
            Assert.All(items.OfType<StatementLine>(), l =>
                Assert.True(l.Amount >= 0, $"{name}, mutation {i}: negative amount")
            );
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_check_before_an_import_refuses_exactly_the_files_the_reading_stops_at(string name)
    {
        var original = Samples.Bytes(name);
        var random = new Random(name.Aggregate(23, (h, c) => h * 31 + c));
        var refused = 0;
        for (var i = 0; i <= Mutations; i++)
        {
            var content = i == 0 ? original : Mutate(original, random);
            var (format, items) = Samples.Read(content);
            var read = items.OfType<StatementProblem>().SingleOrDefault(p => p.Fatal);
            var check = Samples.Check(content);
            Assert.Equal(format, check.Format);
            Assert.Equal(read, check.Fatal);
            if (read is not null)
                refused++;
        }
        // Both kinds of file were met: some mutations break the file, some leave it readable.
        Assert.InRange(refused, 1, Mutations - 1);
    }

    private static byte[] Mutate(byte[] input, Random random)
    {
        var bytes = input.ToList();
        var edits = random.Next(1, 6);
        for (var e = 0; e < edits && bytes.Count > 0; e++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 64), bytes.Count - at));
                    break;
                case 2:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 3:
                    var length = Math.Min(random.Next(1, 200), bytes.Count - at);
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                case 4:
                    bytes.Insert(at, Interesting[random.Next(Interesting.Length)]);
                    break;
                default:
                    var digit = bytes.FindIndex(at, b => b is >= (byte)'0' and <= (byte)'9');
                    if (digit >= 0)
                        bytes[digit] = (byte)random.Next('0', '9' + 1);
                    break;
            }
        }
        return bytes.ToArray();
    }
}
