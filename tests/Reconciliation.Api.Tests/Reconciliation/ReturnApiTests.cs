using System.Net;
using System.Text;
using Alba;
using Reconciliation.Api.Tests.Statements;
using static Reconciliation.Api.Tests.Reconciliation.MoneyApi;

namespace Reconciliation.Api.Tests.Reconciliation;

/// <summary>Reversals and returns, found by the original's identity, as reversal entries or plain debits.</summary>
public sealed class ReturnApiTests(MoneyFixture app) : IClassFixture<MoneyFixture>
{
    [Fact]
    public async Task Reversing_one_part_of_a_combined_payment_holds_the_other_again_from_the_reversal_date()
    {
        var nss = Nss("4200000001");
        await app.Host.EnrollAndWaitAsync(nss);
        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 12))
                .Credit(1000m, D(3, 8), "RT1A", $"PAGO IMSS {nss}")
                .Credit(905.82m, D(3, 12), "RT1B", $"PAGO IMSS {nss}")
        );
        Assert.Equal(["2026-04"], (await app.Host.CoverageAsync(nss)).Months());
        await app.UploadAsync(id => new CamtStatement(id, id, D(3, 20)).Reversal(905.82m, D(3, 20), "RT1B"));

        // Before the reversal: the months and no credit; from its date: the credit and no months. Never both.
        var before = await app.Host.CoverageAsync(nss, D(3, 19));
        Assert.Equal(["2026-04"], before.Months());
        Assert.Equal(0m, before.GetProperty("unappliedCredit").GetDecimal());
        before.AssertConserved();
        foreach (var after in new[] { await app.Host.CoverageAsync(nss, D(3, 20)), await app.Host.CoverageAsync(nss) })
        {
            Assert.Empty(after.Months());
            Assert.Equal(1000m, after.GetProperty("unappliedCredit").GetDecimal());
            Assert.Equal(905.82m, after.Money("reversed"));
            after.AssertConserved();
        }
        // The lot held again is an operator's item once more.
        var item = Assert.Single(await app.Host.ItemsAsync("amount", nss));
        Assert.Equal("open", item.Text("status"));
        Assert.Contains("held again", item.Text("reason"));
        Assert.Equal("completed", item.GetProperty("earlier")[0].Text("action"));
    }

    [Fact]
    public async Task A_plain_debit_naming_the_credit_is_a_return()
    {
        var nss = Nss("4200000002");
        await app.Host.EnrollAndWaitAsync(nss);
        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 10)).Credit(Fee, D(3, 10), "RT2A", $"PAGO IMSS {nss}")
        );
        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 13)).Debit(Fee, D(3, 13), "RT2A", "DEVOLUCION SPEI CUENTA CANCELADA")
        );
        var coverage = await app.Host.CoverageAsync(nss);
        Assert.Empty(coverage.Months());
        Assert.Equal(Fee, coverage.Money("reversed"));
        Assert.Equal(
            Domain.Deposits.DepositStatus.Returned,
            (await app.Host.DepositsAsync()).Single(d => d.TrackingKey == "RT2A").Status
        );
    }

    [Fact]
    public async Task A_return_of_the_CSV_export_finds_its_credit_by_the_tracking_key_run_into_the_payers_name()
    {
        var nss = Nss("4200000003");
        await app.Host.EnrollAndWaitAsync(nss);
        const string key = "BNET01002603110004200003";
        var csv =
            string.Join(
                '\n',
                $"2026/03/11,00000000000000420003,{Fee:0.00},Abono,TRANSF INTERBANCARIA SPEI,PAGO IMSS {nss},/BBVA "
                    + $"MEXICO,PAGO IMSS {nss}/BBVA MEXICOFecha de Abono: 11 MAR{key}MARIA "
                    + "LOPEZ/012180001234567899400120004200003",
                $"2026/03/14,00000000000000420099,{Fee:0.00},Cargo,DEVOLUCION SPEI,DEVOLUCION {key},,"
            ) + "\n";
        var (status, _) = await app.Host.UploadAndMatchAsync(Encoding.UTF8.GetBytes(csv), "csv-return.csv");
        Assert.Equal(201, status);
        var coverage = await app.Host.CoverageAsync(nss);
        Assert.Empty(coverage.Months());
        Assert.Equal(Fee, coverage.Money("reversed"));
    }

    [Fact]
    public async Task A_reversal_takes_back_the_deposit_of_its_own_bank_when_two_banks_used_the_same_key()
    {
        var (a, b) = (Nss("4200000004"), Nss("4200000005"));
        await app.Host.EnrollAndWaitAsync(a);
        await app.Host.EnrollAndWaitAsync(b);
        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 10))
                .Credit(Fee, D(3, 10), "SAMEKEY42", $"PAGO IMSS {a}", participant: "40012")
                .Credit(Fee, D(3, 10), "SAMEKEY42", $"PAGO IMSS {b}", participant: "40014")
        );
        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 15)).Reversal(Fee, D(3, 15), "SAMEKEY42", participant: "40014")
        );
        Assert.Equal(["2026-04"], (await app.Host.CoverageAsync(a)).Months());
        Assert.Empty((await app.Host.CoverageAsync(b)).Months());
    }

    [Fact]
    public async Task A_return_whose_original_is_not_found_or_not_certain_is_an_item_and_takes_nothing()
    {
        var (a, b) = (Nss("4200000006"), Nss("4200000007"));
        await app.Host.EnrollAndWaitAsync(a);
        await app.Host.EnrollAndWaitAsync(b);
        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 10))
                .Credit(Fee, D(3, 10), "TWINKEY77", $"PAGO IMSS {a}", participant: "40012")
                .Credit(Fee, D(3, 10), "TWINKEY77", $"PAGO IMSS {b}", participant: "40014")
        );
        // A return that names no participant: either could be it. A reversal of a key nobody sent.
        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 16))
                .Reversal(Fee, D(3, 16), "TWINKEY77", participant: "")
                .Reversal(777m, D(3, 16), "NOSUCHKEY1")
        );
        var reasons = (await app.Host.ItemsAsync("reversal")).Select(i => i.Text("reason")).ToList();
        Assert.Contains(reasons, r => r.Contains("TWINKEY77") && r.Contains("names 2 deposits"));
        Assert.Contains(reasons, r => r.Contains("NOSUCHKEY1") && r.Contains("matches no recorded deposit"));
        Assert.Equal(["2026-04"], (await app.Host.CoverageAsync(a)).Months());
        Assert.Equal(["2026-04"], (await app.Host.CoverageAsync(b)).Months());
    }

    [Fact]
    public async Task An_MT940_debit_naming_the_tracking_key_returns_the_credit_whether_marked_RC_or_a_plain_D()
    {
        var (a, b) = (Nss("4200000008"), Nss("4200000009"));
        await app.Host.EnrollAndWaitAsync(a);
        await app.Host.EnrollAndWaitAsync(b);
        static string Mt940(string id, string lines) =>
            $":20:{id}\n:25:044180001068672782\n:28C:{id[^3..]}/001\n:60F:C260301MXN1000000,00\n{lines}"
            + ":62F:C260331MXN1000000,00\n-\n";
        var credits = Mt940(
            "MT9401",
            $":61:2603100310C1905,82NTRFNONREF//SCO2603100801\n:86:SPEI RECIBIDO PAGO IMSS {a} RASTREO: MTKEYA0001 "
                + "CLABE 012180001234567899\n:61:2603100310C1905,82NTRFNONREF//SCO2603100802\n:86:SPEI RECIBIDO PAGO "
                + $"IMSS {b} RASTREO: MTKEYB0002 CLABE 012180001234567899\n"
        );
        var returns = Mt940(
            "MT9402",
            ":61:2603140314RC1905,82NTRFNONREF//SCO2603140803\n:86:DEVOLUCION SPEI RASTREO: "
                + "MTKEYA0001\n:61:2603140314D1905,82NTRFNONREF//SCO2603140804\n:86:DEVOLUCION SPEI CUENTA CANCELADA "
                + "RASTREO: MTKEYB0002\n"
        );
        Assert.Equal(201, (await app.Host.UploadAndMatchAsync(Encoding.ASCII.GetBytes(credits), "mt1.sta")).Status);
        Assert.Equal(["2026-04"], (await app.Host.CoverageAsync(a)).Months());
        Assert.Equal(201, (await app.Host.UploadAndMatchAsync(Encoding.ASCII.GetBytes(returns), "mt2.sta")).Status);
        foreach (var nss in new[] { a, b })
        {
            var coverage = await app.Host.CoverageAsync(nss);
            Assert.Empty(coverage.Months());
            Assert.Equal(Fee, coverage.Money("reversed"));
        }
    }

    [Fact]
    public async Task A_debit_with_no_return_mark_that_names_the_credit_takes_it_back()
    {
        var nss = Nss("4200000010");
        await app.Host.EnrollAndWaitAsync(nss);
        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 10)).Credit(Fee, D(3, 10), "RT10A", $"PAGO IMSS {nss}")
        );
        await app.UploadAsync(id => new CamtStatement(id, id, D(3, 13)).Debit(Fee, D(3, 13), "RT10A", "SPEI ENVIADO"));
        Assert.Empty((await app.Host.CoverageAsync(nss)).Months());
        // An unmarked debit that names no deposit is an ordinary debit: no item.
        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 13)).Debit(17.40m, D(3, 13), "COMISION1", "COMISION SPEI")
        );
        Assert.DoesNotContain(await app.Host.ItemsAsync("reversal"), i => i.Text("reason").Contains("COMISION1"));
    }

    [Fact]
    public async Task A_return_of_money_already_refunded_is_an_item()
    {
        var nss = Nss("4200000011");
        await app.Host.EnrollAndWaitAsync(nss);
        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 10)).Credit(1200m, D(3, 10), "RT11A", $"PAGO IMSS {nss}")
        );
        var lot = Assert.Single(await app.Host.ItemsAsync("amount", nss));
        await app.Host.DecideAsync(lot.Id(), "refund", new { reason = "sent by mistake" }, HttpStatusCode.OK);
        await app.UploadAsync(id => new CamtStatement(id, id, D(3, 20)).Reversal(1200m, D(3, 20), "RT11A"));
        var item = Assert.Single(await app.Host.ItemsAsync("reversal"), i => i.Text("reason").Contains("RT11A"));
        Assert.Contains("of which only 0.00 was still held or applied", item.Text("reason"));
        (await app.Host.CoverageAsync(nss)).AssertConserved();
    }

    [Fact]
    public async Task A_notifications_debit_takes_nothing_back_and_its_statement_does()
    {
        var nss = Nss("4200000012");
        await app.Host.EnrollAndWaitAsync(nss);
        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 10)).Credit(Fee, D(3, 10), "RT12A", $"PAGO IMSS {nss}")
        );
        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 14), notification: true).Reversal(Fee, D(3, 14), "RT12A")
        );
        Assert.Equal(["2026-04"], (await app.Host.CoverageAsync(nss)).Months());
        await app.UploadAsync(id => new CamtStatement(id, id, D(3, 14)).Reversal(Fee, D(3, 14), "RT12A"));
        Assert.Empty((await app.Host.CoverageAsync(nss)).Months());
        // The same statement sent again under another name: the same return, not a second one.
        await app.UploadAsync(id => new CamtStatement(id, id, D(3, 14)).Reversal(Fee, D(3, 14), "RT12A"));
        Assert.DoesNotContain(await app.Host.ItemsAsync("reversal"), i => i.Text("reason").Contains("RT12A"));
    }

    [Fact]
    public async Task An_operator_names_the_deposit_an_uncertain_reversal_takes_back_or_closes_it()
    {
        var (a, b) = (Nss("4200000013"), Nss("4200000014"));
        await app.Host.EnrollAndWaitAsync(a);
        await app.Host.EnrollAndWaitAsync(b);
        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 10))
                .Credit(Fee, D(3, 10), "TWIN13", $"PAGO IMSS {a}", participant: "40012")
                .Credit(Fee, D(3, 10), "TWIN13", $"PAGO IMSS {b}", participant: "40014")
        );
        await app.UploadAsync(id =>
            new CamtStatement(id, id, D(3, 16))
                .Reversal(Fee, D(3, 16), "TWIN13", participant: "")
                .Reversal(55m, D(3, 16), "NOSUCH13")
        );
        var items = await app.Host.ItemsAsync("reversal");
        var twin = items.Single(i => i.Text("reason").Contains("TWIN13"));
        var none = items.Single(i => i.Text("reason").Contains("NOSUCH13"));
        var bDeposit = (await app.Host.DepositsAsync()).Single(d =>
            d.TrackingKey == "TWIN13" && d.SendingParticipant == "40014"
        );

        await app.Host.DecideAsync(
            twin.Id(),
            "return",
            new { reason = "the bank's CEP names BBVA", depositId = "nope" },
            HttpStatusCode.BadRequest
        );
        await app.Host.DecideAsync(
            twin.Id(),
            "return",
            new { reason = "the bank's CEP names Santander", depositId = bDeposit.Id },
            HttpStatusCode.OK
        );
        await app.Host.DecideAsync(twin.Id(), "close", new { reason = "again" }, HttpStatusCode.Conflict);
        Assert.Equal(["2026-04"], (await app.Host.CoverageAsync(a)).Months());
        Assert.Empty((await app.Host.CoverageAsync(b)).Months());
        await app.Host.DecideAsync(
            none.Id(),
            "close",
            new { reason = "a fee the bank charged back; settled with the bank" },
            HttpStatusCode.OK
        );
        Assert.Equal(
            "resolved",
            (await app.Host.ItemsAsync("reversal")).Single(i => i.Id() == none.Id()).Text("status")
        );
    }
}
