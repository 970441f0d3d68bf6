using Reconciliation.Api.Tests.Hosting;
using Reconciliation.Domain.Deposits;

namespace Reconciliation.Api.Tests.Statements;

/// <summary>
/// Files as banks send them beyond the plain case, imported to deposits and matched: an MT940 in Windows-1252 whose
/// :86: is broken at words (the NSS and the tracking key whole, the key not run into the next word) or written in SWIFT
/// codes, with a DOS end-of-file mark; a Scotiabank CSV with quoted fields.
/// </summary>
public sealed class BankVariantTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_Windows_1252_MT940_with_wrapped_and_coded_86_and_a_quoted_CSV_become_matched_deposits()
    {
        await app.Host.EnrollAndWaitAsync("31058512349");
        await app.Host.EnrollAndWaitAsync("43129076543");

        var (status, mt940) = await app.Host.UploadAndMatchAsync(
            SampleFiles.Bytes("mx/imss-mt940-latin1-wrapped.sta"),
            "latin1.sta"
        );
        Assert.Equal(201, status);
        Assert.Equal("imported", mt940.GetProperty("status").GetString());
        Assert.Equal("windows-1252", mt940.GetProperty("report").GetProperty("encoding").GetString());
        Assert.Equal(2, mt940.Int("deposits"));

        var (csvStatus, csv) = await app.Host.UploadAndMatchAsync(
            SampleFiles.Bytes("mx/imss-scotiabank-quoted.csv"),
            "quoted.csv"
        );
        Assert.Equal(201, csvStatus);
        Assert.Equal(0, csv.Int("errors"));
        Assert.Equal(1, csv.Int("deposits"));

        var deposits = (await app.Host.DepositsAsync()).Where(d => d.ValueDate == new DateOnly(2026, 1, 5)).ToList();
        Assert.Equal(3, deposits.Count);
        Assert.All(deposits, d => Assert.Equal(DepositStatus.Matched, d.Status));
        Assert.Contains(deposits, d => d.TrackingKey == "BNET01002601050000222" && d.Nss == "31058512349");
        Assert.Contains(deposits, d => d.TrackingKey == "20260105401380000000009" && d.Nss == "43129076543");
        Assert.Contains(deposits, d =>
            d.Amount == 1905.82m && d.Nss == "31058512349" && d.StatementFileId == csv.GetProperty("id").GetGuid()
        );
    }
}
