using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Fees;
using Reconciliation.Domain.Identifiers;

namespace Reconciliation.Domain.Workers;

/// <summary>
/// The worker declared a new monthly income and/or zone, effective from <see cref="EffectiveFrom"/> (never a month
/// already paid, nor one past): the fee of that month onward uses it. Recorded by an operator on
/// <see cref="RecordedOn"/> (Mexico City), with why; <see cref="MonthlyFee"/> is the fee it makes for
/// <see cref="EffectiveFrom"/> (at the parameters of then).
/// </summary>
public sealed record IncomeDeclared(
    Nss Nss,
    decimal MonthlyIncome,
    Zone Zone,
    CoverageMonth EffectiveFrom,
    DateOnly RecordedOn,
    string Operator,
    string Reason,
    decimal MonthlyFee
);

/// <summary>An income and zone in force from a month on, and the monthly fee it made for that month when
/// declared.</summary>
public sealed record IncomeDeclaration(
    CoverageMonth From,
    decimal MonthlyIncome,
    Zone Zone,
    DateOnly RecordedOn,
    decimal MonthlyFee = 0m
);
