using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Identifiers;
using Reconciliation.Domain.Workers;

namespace Reconciliation.Api.Generator;

/// <summary>What happens to one worker's payment in one month; the mix follows what IMSS sees.</summary>
public enum PaymentScenario
{
    OnTime,
    Late,
    Under,
    Over,
    Split,
    Semiannual,
    NoisyReference,
    MissingReference,
    Skipped,
    Duplicated,
    Reversed,
}

/// <summary>One credit (or reversal debit) on the IMSS account.</summary>
public sealed record GeneratedCredit(
    DateOnly ValueDate,
    decimal Amount,
    string TrackingKey,
    string Concept,
    string Participant,
    string PayerClabe,
    string PayerName,
    bool Reversal = false
);

/// <summary>
/// A deterministic world from a seed: enrolled workers with valid NSS, CURP and RFC, and each month's
/// credits with the real mix (most on time and exact; some late, under, over, split, semiannual,
/// reversed, duplicated, with a noisy or missing reference, skipped; other schemes' deposits).
/// </summary>
public sealed partial class World(int workers, int seed, DateOnly firstMonth, FeeCalculator fees)
{
    public DateOnly EnrolledOn => firstMonth.AddDays(-10);

    /// <summary>Worker i, the same for the same seed.</summary>
    public EnrollWorker Worker(int i)
    {
        var random = new Random(Mix(seed, i, 0, 1));
        var nss10 = (1_000_000_000L + ((long)i * 7_919 + seed) % 8_999_999_999L).ToString("D10");
        var birth = new DateOnly(1960 + random.Next(40), 1 + random.Next(12), 1 + random.Next(28));
        var sex = random.Next(2) == 0 ? 'H' : 'M';
        var surname = Surnames[random.Next(Surnames.Length)];
        var second = Surnames[random.Next(Surnames.Length)];
        var given = GivenNames[random.Next(GivenNames.Length)];
        var curp17 =
            $"{surname[0]}{FirstVowel(surname)}{second[0]}{given[0]}{birth:yyMMdd}{sex}"
            + $"{States[random.Next(States.Length)]}{Consonant(random)}{Consonant(random)}{Consonant(random)}"
            + $"{(birth.Year < 2000 ? (char)('0' + random.Next(10)) : 'A')}";
        var rfc12 =
            $"{surname[0]}{FirstVowel(surname)}{second[0]}{given[0]}{birth:yyMMdd}"
            + $"{(char)('A' + random.Next(26))}{random.Next(10)}";
        var income = Math.Round(9_000m + random.Next(0, 40_000), 2);
        return new EnrollWorker(
            nss10 + CheckDigits.Nss(nss10),
            curp17 + CheckDigits.Curp(curp17),
            rfc12 + CheckDigits.Rfc(rfc12),
            $"trabajador{i}@example.com",
            $"{given} {surname} {second}",
            "general",
            income,
            "monthly",
            [],
            EnrolledOn.ToString("yyyy-MM-dd"),
            random.Next(5) == 0 ? "en" : "es"
        );
    }

    /// <summary>The scenario of worker i in month m (0-based).</summary>
    public PaymentScenario Scenario(int i, int month)
    {
        var roll = new Random(Mix(seed, i, month, 2)).Next(1000);
        return roll switch
        {
            < 20 => month == 0 ? PaymentScenario.Semiannual : PaymentScenario.OnTime,
            < 60 => PaymentScenario.Late,
            < 80 => PaymentScenario.Under,
            < 100 => PaymentScenario.Over,
            < 120 => PaymentScenario.Split,
            < 135 => PaymentScenario.NoisyReference,
            < 145 => PaymentScenario.MissingReference,
            < 155 => PaymentScenario.Skipped,
            < 160 => PaymentScenario.Duplicated,
            < 165 => PaymentScenario.Reversed,
            _ => PaymentScenario.OnTime,
        };
    }

    /// <summary>Month m's credits on the IMSS account, in value-date order.</summary>
    public List<GeneratedCredit> Credits(int month)
    {
        var first = firstMonth.AddMonths(month);
        var credits = new List<GeneratedCredit>(workers + workers / 20);
        var sequence = 0;
        string Key(DateOnly day) => $"GEN{seed % 1000:D3}{day:yyMMdd}{sequence++:D10}";
        for (var i = 0; i < workers; i++)
        {
            var scenario = Scenario(i, month);
            if (
                scenario == PaymentScenario.Skipped
                || (month > 0 && Scenario(i, 0) == PaymentScenario.Semiannual && month < 6)
            )
                continue;
            var worker = Worker(i);
            var random = new Random(Mix(seed, i, month, 3));
            var day = first.AddDays(
                random.Next(scenario == PaymentScenario.Late ? 20 : 0, scenario == PaymentScenario.Late ? 27 : 15)
            );
            var fee = fees.Quote(worker.MonthlyIncome!.Value, Zone.General, day).Monthly;
            var participant = Participants[random.Next(Participants.Length)];
            var clabe17 = $"{participant[2..]}180{random.NextInt64(10_000_000_000L, 99_999_999_999L)}";
            var payer = new GeneratedCredit(
                day,
                fee,
                "",
                "",
                participant,
                clabe17 + CheckDigits.Clabe(clabe17),
                worker.Name!
            );
            var nss = worker.Nss!;
            var concept = $"PAGO IMSS {nss} {MonthName(first.AddMonths(1))}";
            switch (scenario)
            {
                case PaymentScenario.Under:
                    credits.Add(
                        payer with
                        {
                            Amount = fee - random.Next(1, 500),
                            TrackingKey = Key(day),
                            Concept = concept,
                        }
                    );
                    break;
                case PaymentScenario.Over:
                    credits.Add(
                        payer with
                        {
                            Amount = fee + random.Next(1, 500),
                            TrackingKey = Key(day),
                            Concept = concept,
                        }
                    );
                    break;
                case PaymentScenario.Split:
                    var part = Math.Round(fee / 2, 2);
                    credits.Add(payer with { Amount = part, TrackingKey = Key(day), Concept = concept + " 1/2" });
                    credits.Add(
                        payer with
                        {
                            ValueDate = day.AddDays(3),
                            Amount = fee - part,
                            TrackingKey = Key(day.AddDays(3)),
                            Concept = concept + " 2/2",
                        }
                    );
                    break;
                case PaymentScenario.Semiannual:
                    credits.Add(
                        payer with
                        {
                            Amount = 6 * fee,
                            TrackingKey = Key(day),
                            Concept = $"PAGO SEMESTRAL NSS {nss}",
                        }
                    );
                    break;
                case PaymentScenario.NoisyReference:
                    credits.Add(
                        payer with
                        {
                            TrackingKey = Key(day),
                            Concept = $"CUOTA IMSS {nss[..4]}-{nss[4..8]}-{nss[8..]}",
                        }
                    );
                    break;
                case PaymentScenario.MissingReference:
                    credits.Add(payer with { TrackingKey = Key(day), Concept = "PAGO SEGURO IMSS" });
                    break;
                case PaymentScenario.Duplicated:
                    var credit = payer with { TrackingKey = Key(day), Concept = concept };
                    credits.Add(credit);
                    credits.Add(credit); // the bank lists it twice: one deposit
                    break;
                case PaymentScenario.Reversed:
                    var reversed = payer with { TrackingKey = Key(day), Concept = concept };
                    credits.Add(reversed);
                    credits.Add(
                        reversed with
                        {
                            ValueDate = day.AddDays(2),
                            Concept = "DEVOLUCION SPEI",
                            Reversal = true,
                        }
                    );
                    break;
                default:
                    credits.Add(payer with { TrackingKey = Key(day), Concept = concept });
                    break;
            }
            if (random.Next(50) == 0) // another scheme's deposit to the same account
            {
                var other = day.AddDays(1);
                credits.Add(
                    payer with
                    {
                        ValueDate = other,
                        Amount = random.Next(100, 20_000) + 0.5m,
                        TrackingKey = Key(other),
                        Concept = OtherSchemes[random.Next(OtherSchemes.Length)],
                    }
                );
            }
        }
        credits.Sort((a, b) => a.ValueDate.CompareTo(b.ValueDate));
        return credits;
    }

    /// <summary>A seed from the values, the same in every process (HashCode.Combine is randomized per
    /// process).</summary>
    private static int Mix(int seed, int worker, int month, int purpose)
    {
        var x =
            (ulong)(uint)seed * 0x9E3779B97F4A7C15UL
            ^ (ulong)(uint)worker << 20
            ^ (ulong)(uint)month << 8
            ^ (uint)purpose;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return (int)((x ^ (x >> 31)) & 0x7FFFFFFF);
    }

    private static char FirstVowel(string word) => word.Skip(1).First(c => "AEIOU".Contains(c));

    private static char Consonant(Random random) => Consonants[random.Next(Consonants.Length)];

    private static string MonthName(DateOnly month) =>
        (
            (string[])
                [
                    "ENERO",
                    "FEBRERO",
                    "MARZO",
                    "ABRIL",
                    "MAYO",
                    "JUNIO",
                    "JULIO",
                    "AGOSTO",
                    "SEPTIEMBRE",
                    "OCTUBRE",
                    "NOVIEMBRE",
                    "DICIEMBRE",
                ]
        )[month.Month - 1];
}
