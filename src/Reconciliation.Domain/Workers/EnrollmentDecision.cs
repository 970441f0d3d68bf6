namespace Reconciliation.Domain.Workers;

/// <summary>Either the enrollment fact, or the bad fields with their reasons (field → reasons).</summary>
public sealed record EnrollmentDecision(WorkerEnrolled? Enrolled, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool IsAccepted => Enrolled is not null;

    public static EnrollmentDecision Accepted(WorkerEnrolled e) => new(e, new Dictionary<string, string[]>());

    public static EnrollmentDecision Rejected(IReadOnlyDictionary<string, string[]> errors) => new(null, errors);
}
