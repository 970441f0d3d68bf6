using CsCheck;
using Reconciliation.Domain.Deposits;

namespace Reconciliation.Domain.Tests.Deposits;

/// <summary>
/// One credit, one deposit, whatever doors it comes through and in whatever order: generated credits (few value dates,
/// amounts and banks, so that many share a bucket; one payer sometimes sending two equal transfers a day) are written
/// by one to four doors — a camt (tracking key, sometimes the payer's CLABE and reference), the CSV export (key run
/// into the payer's name, reference, CLABE), an MT940 with the key, an MT940 without it — and the lines arrive
/// shuffled. Each line is resolved as the import resolves it (its natural key, then
/// <see cref="CreditIdentity.Resolve"/> against the deposits of other lines). Then: no credit is counted twice,
/// every credit is counted or held for an operator, and no line is taken for another credit's.
/// </summary>
public sealed class OneCreditProperties
{
    private sealed record Credit(
        int Id,
        DateOnly Date,
        decimal Amount,
        string Participant,
        string Key,
        string Payer,
        string Clabe,
        string? Reference
    );

    private sealed record Line(int Credit, int Door, CreditTraits Traits, string NaturalKey);

    private sealed class Deposit(int credit, CreditTraits traits, bool held)
    {
        public int Credit { get; } = credit;
        public CreditTraits Traits { get; } = traits;
        public bool Held { get; } = held;
        public List<int> Sighted { get; } = [];
    }

    private static readonly string[] Clabes = ["012180001234567899", "137180005555666677", "646180001111222238"];

    private static readonly Gen<Credit[]> Credits = Gen.Select(
            Gen.Int[0, 2],
            Gen.Int[0, 1],
            Gen.Int[0, 1],
            Gen.Int[0, 2],
            Gen.Bool
        )
        .Select((day, amount, bank, payer, reference) => (day, amount, bank, payer, reference))
        .Array[1, 12]
        .Select(raw =>
            raw.Select(
                    (c, i) =>
                        new Credit(
                            i,
                            new DateOnly(2026, 3, 10 + c.day),
                            c.amount == 0 ? 1905.82m : 3811.64m,
                            c.bank == 0 ? "40012" : "40014",
                            $"BNET0100260310{i:D10}",
                            $"PAYER {c.payer}",
                            Clabes[c.payer],
                            c.reference ? $"{1000 + i}" : null
                        )
                )
                .ToArray()
        );

    private static readonly Gen<(Credit[] Credits, int[] Doors, int Seed)> Worlds = Credits.SelectMany(credits =>
        Gen.Select(Gen.Int[1, 15].Array[credits.Length], Gen.Int[0, int.MaxValue - 1], (doors, seed) =>
            (credits, doors, seed)
        )
    );

    [Fact]
    public void Every_credit_is_one_deposit_whatever_doors_it_comes_through_and_in_whatever_order()
    {
        Worlds.Sample(
            world =>
            {
                var lines = world
                    .Credits.SelectMany(
                        (c, i) =>
                            Enumerable
                                .Range(0, 4)
                                .Where(door => (world.Doors[i] >> door & 1) == 1)
                                .Select(door => Render(c, door))
                    )
                    .ToList();
                Shuffle(lines, new Random(world.Seed));

                var byKey = new Dictionary<string, Deposit>();
                var deposits = new List<Deposit>();
                foreach (var line in lines)
                {
                    if (byKey.ContainsKey(line.NaturalKey))
                        continue; // the same line again: a repeat
                    var others = deposits.Select((d, i) => ($"{i}", d.Traits)).ToList();
                    var resolution = CreditIdentity.Resolve(line.Traits, others);
                    if (resolution.Same is { } same)
                    {
                        var original = deposits[int.Parse(same)];
                        Assert.True(
                            original.Credit == line.Credit,
                            $"a line of credit {line.Credit} was taken for credit {original.Credit}'s"
                        );
                        original.Sighted.Add(line.Credit);
                        continue;
                    }
                    var deposit = new Deposit(line.Credit, line.Traits, held: resolution.Possible.Count > 0);
                    deposits.Add(deposit);
                    byKey[line.NaturalKey] = deposit;
                }

                foreach (var credit in world.Credits.Where((_, i) => world.Doors[i] != 0))
                {
                    var counted = deposits.Count(d => d.Credit == credit.Id && !d.Held);
                    Assert.True(counted <= 1, $"credit {credit.Id} counted {counted} times");
                    Assert.True(
                        deposits.Any(d => d.Credit == credit.Id),
                        $"credit {credit.Id} is neither counted nor held"
                    );
                }
            },
            seed: "1hUNt0BxCGR2",
            iter: 2000,
            threads: 1
        );
    }

    private static Line Render(Credit c, int door)
    {
        var traits = door switch
        {
            0 => new CreditTraits(
                c.Date,
                c.Amount,
                c.Participant,
                c.Key,
                null,
                c.Id % 2 == 0 ? c.Reference : null,
                c.Id % 3 == 0 ? c.Clabe : null
            ),
            1 => new CreditTraits(c.Date, c.Amount, c.Participant, null, c.Key + c.Payer, c.Reference, c.Clabe),
            2 => new CreditTraits(c.Date, c.Amount, c.Participant, c.Key, null, null, c.Clabe),
            _ => new CreditTraits(c.Date, c.Amount, c.Participant, null, null, c.Reference, c.Clabe),
        };
        // Keyed lines share the natural key of the SPEI credit; the others have one of their own line.
        var natural = traits.TrackingKey is { } key
            ? $"spei:{c.Participant}:{c.Date:yyyyMMdd}:{key}"
            : $"line:{door}:{c.Id}";
        return new Line(c.Id, door, traits, natural);
    }

    private static void Shuffle<T>(List<T> items, Random random)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
