namespace Reconciliation.Domain.Notices;

/// <summary>A rendered notice: subject, plain-text part and HTML part.</summary>
public sealed record NoticeMessage(string Subject, string Text, string Html);
