using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Deposits;
using Reconciliation.Domain.Identifiers;

namespace Reconciliation.Domain.Tests.Deposits;

/// <summary>The deposit's stream is declared once (DepositStream): its events fold into the deposit, any other
/// fails.</summary>
public sealed class DepositStreamTests
{
    private static readonly DepositReceived Received = new(
        "spei:40012:20260310:K1",
        1_905.82m,
        "MXN",
        new DateOnly(2026, 3, 10),
        null,
        "K1",
        "40012",
        "Gabriela",
        null,
        "PAGO 12345678903",
        [],
        null,
        null,
        "044180001068672782",
        Guid.Empty,
        1,
        "line 1",
        "raw",
        Provisional: false
    );

    [Fact]
    public void A_deposit_is_started_by_its_receipt_and_changed_by_its_matching()
    {
        var matched = new DepositMatched(
            Received.DepositId,
            Nss.Parse("12345678903"),
            MatchMethod.Automatic,
            ReferenceClean: true
        );
        var deposit = DepositStream.Evolve(DepositStream.Evolve(null, Received), matched);
        Assert.Equal((DepositStatus.Matched, "12345678903"), (deposit.Status, deposit.Nss));
    }

    [Fact]
    public void An_event_of_another_stream_or_before_the_receipt_fails()
    {
        var deposit = DepositStream.Evolve(null, Received);
        Assert.Throws<UnknownEventException>(() =>
            DepositStream.Evolve(deposit, new FeeQuoted(Nss.Parse("12345678903"), 1m, new DateOnly(2026, 3, 10)))
        );
        var matched = new DepositMatched(
            Received.DepositId,
            Nss.Parse("12345678903"),
            MatchMethod.Automatic,
            ReferenceClean: true
        );
        Assert.Throws<InvalidOperationException>(() => DepositStream.Evolve(null, matched));
    }
}
