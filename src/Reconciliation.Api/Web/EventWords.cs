using Reconciliation.Domain;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Notices;
using Reconciliation.Domain.Words;
using Reconciliation.Domain.Workers;

namespace Reconciliation.Api.Web;

/// <summary>
/// A worker's event as a sentence of their history, in the console's language: what happened, with its amount, months,
/// deposit, and who decided it and why. Every event type of the worker's stream has its sentence (a test holds it).
/// </summary>
public static class EventWords
{
    public static Phrase Of(object e) =>
        e switch
        {
            WorkerEnrolled w => Say(w, Day(w.EnrolledOn), Money(w.MonthlyIncome)),
            FeeQuoted q => Say(q, Money(q.MonthlyFee), Day(q.On)),
            PaymentReceived p => Say(
                p,
                Money(p.Amount),
                p.DepositId,
                Day(p.ValueDate),
                p.Provisional ? new Phrase("provisional") : "",
                By(p.Operator, p.Reason)
            ),
            PaymentConfirmed c => Say(c, c.DepositId, Money(c.Amount), Day(c.On)),
            CoverageGranted g => Say(g, Months(g.Months), Count(g.MonthCount), Money(g.MonthlyFee)),
            CoverageRevoked r => Say(r, Months(r.Months), r.ReasonPhrase ?? (object)r.Reason),
            PaymentFlagged f => Say(f, f.DepositId, new Word(JsonNames.Of(f.Kind)), f.DetailPhrase ?? (object)f.Detail),
            CreditHeld h => Say(h, Money(h.Amount), h.DepositId, Money(h.Expected)),
            CreditApplied a => Say(a, Money(a.Amount), a.PaymentId, By(a.Operator, a.Reason)),
            CreditRefunded r => Say(r, Money(r.Amount), r.DepositId, r.Operator, r.Reason),
            CreditKept k => Say(k, Money(k.Amount), k.DepositId, k.Operator, k.Reason),
            CreditTransferred t => Say(t, Money(t.Amount), t.DepositId, t.ToNss.Value, t.Operator, t.Reason),
            DepositReversed r => Say(r, Money(r.Amount), r.DepositId, Day(r.ReversedOn)),
            WorkerWithdrawn w => Say(w, Day(w.On), w.Operator, w.Reason),
            IncomeDeclared i => Say(
                i,
                Money(i.MonthlyIncome),
                i.EffectiveFrom,
                Money(i.MonthlyFee),
                i.Operator,
                i.Reason
            ),
            ContactDetailsChanged c => Say(c, c.Operator, c.Reason),
            NoticeScheduled n => Say(n, new Word(JsonNames.Of(n.Kind)), n.Month, Money(n.AmountDue), Day(n.Deadline)),
            NoticeSent n => Say(n, n.NoticeId),
            NoticeFailed n => Say(n, n.NoticeId, n.Attempt, n.Error),
            _ => throw new NoSentenceException(e.GetType()),
        };

    private static Phrase Say(object e, params object?[] args) => new("event." + e.GetType().Name, args);

    private static string Money(decimal amount) => Mismatch.Format(amount);

    private static string Day(DateOnly day) => $"{day:yyyy-MM-dd}";

    private static string Months(IEnumerable<CoverageMonth> months) => string.Join(", ", months);

    private static Phrase Count(int months) => months == 1 ? new Phrase("months-1") : new Phrase("months-n", months);

    private static object By(string? by, string? reason) => by is null ? "" : new Phrase("by-operator", by, reason);
}

/// <summary>An event of the worker's stream that has no sentence in their history.</summary>
public sealed class NoSentenceException(Type type)
    : ArgumentException(
        $"{type.Name} has no sentence in a worker's history: add it to EventWords and Phrases.History."
    );
