using System.Net;
using System.Text;
using System.Text.Json;
using Alba;
using Microsoft.Extensions.DependencyInjection;
using Reconciliation.Api.Tests.Statements;
using Reconciliation.Domain.Deposits;
using Reconciliation.Jobs.Statements;
using static Reconciliation.Api.Tests.Reconciliation.MoneyApi;

namespace Reconciliation.Api.Tests.Reconciliation;

/// <summary>
/// One SPEI credit through two doors (the Scotiabank CSV export during the day, the camt.053 at night, an MT940, a
/// notification), in either order, is one deposit: the second is a sighting of the first, never money.
/// </summary>
public sealed class OneCreditTests(MoneyFixture app) : IClassFixture<MoneyFixture>
{
    private const string PayerClabe = "012180001234567899";

    /// <summary>The credit as the CSV export writes it: the tracking key run into the payer's name.</summary>
    private static byte[] Csv(
        string nss,
        string key,
        DateOnly day,
        string reference,
        decimal amount = Fee,
        string participant = "40012"
    ) =>
        Encoding.UTF8.GetBytes(
            $"{day:yyyy/MM/dd},{reference.PadLeft(20, '0')},{amount:0.00},Abono,TRANSF INTERBANCARIA SPEI,PAGO IMSS "
                + $"{nss},/BBVA MEXICO,PAGO IMSS {nss}/BBVA MEXICOFecha de Abono: {day.Day:D2} MAR{key}MARIA "
                + $"LOPEZ/{PayerClabe}{participant}{reference.PadLeft(10, '0')}\n"
        );

    private async Task<JsonElement> UploadAsync(byte[] content, string name)
    {
        var (status, body) = await app.Host.UploadAndMatchAsync(content, name);
        Assert.True(status == 201, $"{name}: {status} {body}");
        return body;
    }

    private async Task AssertOneDepositAndOneMonthAsync(string nss, string key)
    {
        var coverage = await app.Host.CoverageAsync(nss);
        Assert.Equal(["2026-04"], coverage.Months());
        Assert.Equal(Fee, coverage.Money("matched"));
        var deposits = (await app.Host.DepositsAsync())
            .Where(d => d.Nss == nss || (d.Texts ?? []).Any(t => t.Contains(nss)))
            .ToList();
        var counted = Assert.Single(deposits, d =>
            d.Status is not (DepositStatus.Duplicate or DepositStatus.PossibleDuplicate)
        );
        Assert.Equal(1, counted.Sightings);
        Assert.Equal(key, counted.TrackingKey); // the camt's key, whichever came first
    }

    [Fact]
    public async Task The_CSV_export_then_the_camt_statement_is_one_deposit()
    {
        var nss = Nss("4400000001");
        const string key = "BNET01002603100044000001";
        await app.Host.EnrollAndWaitAsync(nss);
        await UploadAsync(Csv(nss, key, D(3, 10), "4401"), "day.csv");
        var camt = await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 10)).Credit(Fee, D(3, 10), key, $"PAGO IMSS {nss}")
        );
        Assert.Equal((0, 1), (camt.Int("deposits"), camt.Int("sightings")));
        await AssertOneDepositAndOneMonthAsync(nss, key);
    }

    [Fact]
    public async Task The_camt_statement_then_the_CSV_export_is_one_deposit()
    {
        var nss = Nss("4400000002");
        const string key = "BNET01002603100044000002";
        await app.Host.EnrollAndWaitAsync(nss);
        await app.UploadAsync(id => new CamtStatement(id, id, D(3, 10)).Credit(Fee, D(3, 10), key, $"PAGO IMSS {nss}"));
        var csv = await UploadAsync(Csv(nss, key, D(3, 10), "4402"), "late.csv");
        Assert.Equal((0, 1), (csv.Int("deposits"), csv.Int("sightings")));
        await AssertOneDepositAndOneMonthAsync(nss, key);
    }

    [Fact]
    public async Task An_MT940_without_the_tracking_key_then_the_camt_is_one_deposit_by_the_numeric_reference()
    {
        var nss = Nss("4400000003");
        const string key = "BNET01002603090044000003";
        await app.Host.EnrollAndWaitAsync(nss);
        // (On the 9th: no other test's credit shares its value date, amount and bank.)
        var mt940 =
            ":20:MT44\n:25:044180001068672782\n:28C:00044/001\n:60F:C260308MXN1000000,00\n"
            + $":61:2603090309C1905,82NTRF4403//SCO2603094403\n:86:SPEI RECIBIDO PAGO IMSS {nss} CLABE {PayerClabe}\n"
            + ":62F:C260309MXN1001905,82\n-\n";
        await UploadAsync(Encoding.ASCII.GetBytes(mt940), "day.sta");
        // The MT940 gives no tracking key; its numeric reference (and the payer's CLABE, and the bank it names) are the
        // camt's.
        var camt = await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 9)).Credit(
                Fee,
                D(3, 9),
                key,
                $"PAGO IMSS {nss}",
                payerAccount: PayerClabe,
                reference: "4403"
            )
        );
        Assert.Equal(1, camt.Int("sightings"));
        Assert.Equal(["2026-04"], (await app.Host.CoverageAsync(nss)).Months());
    }

    [Fact]
    public async Task A_file_sent_again_weeks_later_in_another_format_pays_nothing_more()
    {
        var nss = Nss("4400000004");
        const string key = "BNET01002603020044000004";
        await app.Host.EnrollAndWaitAsync(nss);
        await app.UploadAsync(id => new CamtStatement(id, id, D(3, 2)).Credit(Fee, D(3, 2), key, $"PAGO IMSS {nss}"));
        await UploadAsync(Csv(nss, key, D(3, 2), "4404"), "march-resent.csv");
        await AssertOneDepositAndOneMonthAsync(nss, key);
    }

    [Fact]
    public async Task Two_files_of_the_same_credits_imported_at_once_make_each_credit_one_deposit()
    {
        // Payers nobody enrolled: their credits go to suspense, where no worker's stream is shared by the two imports
        // (a race on one would refuse one import's batch and have it read again anyway).
        var nss = Enumerable.Range(1, 8).Select(i => Nss($"44100000{i:D2}")).ToArray();
        var keys = nss.Select((n, i) => $"BNET0100260311004410{i:D4}").ToArray();
        var csv = nss.Select((n, i) => Csv(n, keys[i], D(3, 11), $"44{i:D2}")).SelectMany(b => b).ToArray();
        var camt = nss.Select((n, i) => (n, i))
            .Aggregate(new CamtStatement("PAR", "PAR", D(3, 11)), (s, x) =>
                s.Credit(Fee, D(3, 11), keys[x.i], $"PAGO IMSS {x.n}")
            )
            .Build(1_000_000m);
        // The first batch ready to commit waits (up to 3 s) for another to be ready too: two imports that did not wait
        // for each other would both have read the credits as new by then.
        var importer = app.Host.Services.GetRequiredService<StatementImporter>();
        var ready = 0;
        var second = new TaskCompletionSource();
        importer.BeforeCommit = async _ =>
        {
            if (Interlocked.Increment(ref ready) == 1)
                await Task.WhenAny(second.Task, Task.Delay(3000));
            else
                second.TrySetResult();
        };
        (int Status, JsonElement Body)[] both;
        try
        {
            both = await Task.WhenAll(
                app.Host.UploadAsync(csv, "parallel.csv"),
                app.Host.UploadAsync(camt, "parallel.xml")
            );
        }
        finally
        {
            importer.BeforeCommit = null;
        }
        Assert.All(both, b => Assert.Equal(201, b.Status));
        Assert.Equal(8, both.Sum(b => b.Body.Int("deposits")));
        Assert.Equal(8, both.Sum(b => b.Body.Int("sightings")));
        Assert.Equal(
            8,
            (await app.Host.ItemsAsync("suspense")).Count(i =>
                nss.Any(n => i.GetProperty("candidates").EnumerateArray().Any(c => c.GetString() == n))
            )
        );
    }

    [Fact]
    public async Task A_line_that_may_be_a_recorded_credit_is_held_and_an_operator_decides_it_both_ways()
    {
        var nss = Nss("4400000012");
        await app.Host.EnrollAndWaitAsync(nss);
        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 12)).Credit(
                Fee,
                D(3, 12),
                "BNET01002603120044000012",
                $"PAGO IMSS {nss}",
                payerAccount: PayerClabe
            )
        );
        // Two MT940 lines of the same amount, day and bank, with no tracking key nor reference: the payer's CLABE they
        // give, and one payer may send two transfers; nothing tells whether either is the camt's credit.
        var mt940 =
            ":20:MT4412\n:25:044180001068672782\n:28C:00045/001\n:60F:C260311MXN1000000,00\n"
            + $":61:2603120312C1905,82NTRFNONREF//SCO2603124412\n:86:SPEI RECIBIDO PAGO IMSS {nss} CLABE {PayerClabe}\n"
            + $":61:2603120312C1905,82NTRFNONREF//SCO2603124413\n:86:SPEI RECIBIDO PAGO IMSS {nss} CLABE {PayerClabe}\n"
            + ":62F:C260312MXN1003811,64\n-\n";
        var report = await UploadAsync(Encoding.ASCII.GetBytes(mt940), "held.sta");
        var items = await app.Host.ItemsAsync("possible-duplicate");
        var held = items.Where(i => i.Text("depositId").Contains("SCO26031244")).ToArray();
        Assert.Equal(2, report.Int("possibleDuplicates"));
        Assert.Equal(2, held.Length);
        Assert.Equal(["2026-04"], (await app.Host.CoverageAsync(nss)).Months()); // nothing paid yet

        var original = held[0].GetProperty("candidates")[0].GetString()!;
        await app.Host.DecideAsync(
            held[0].Id(),
            "same",
            new { reason = "the bank's CEP: one transfer", depositId = "nope" },
            HttpStatusCode.BadRequest
        );
        await app.Host.DecideAsync(
            held[0].Id(),
            "same",
            new { reason = "the bank's CEP: one transfer", depositId = original },
            HttpStatusCode.OK
        );
        await app.Host.DecideAsync(
            held[1].Id(),
            "different",
            new { reason = "two receipts, two transfers" },
            HttpStatusCode.OK
        );
        await app.Host.DecideAsync(
            held[1].Id(),
            "same",
            new { reason = "again", depositId = original },
            HttpStatusCode.Conflict
        );

        var coverage = await app.Host.CoverageAsync(nss);
        Assert.Equal(["2026-04", "2026-05"], coverage.Months());
        Assert.Equal(2 * Fee, coverage.Money("matched"));
        var deposits = await app.Host.DepositsAsync();
        Assert.Equal(DepositStatus.Duplicate, deposits.Single(d => d.Id == held[0].Text("depositId")).Status);
        Assert.Equal(1, deposits.Single(d => d.Id == original).Sightings);
    }
}
