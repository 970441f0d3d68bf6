namespace Reconciliation.Domain.Workers;

/// <summary>A request to change a worker's contact details, as it arrives: each field left out stays as it
/// is.</summary>
public sealed record ChangeContactDetails(
    string? Email,
    string? Language,
    string? Name,
    IReadOnlyList<BeneficiaryForm?>? Beneficiaries,
    string? Reason
);

/// <summary>
/// The change of a worker's contact details (e-mail, language, name spelling, beneficiaries): every bad field named,
/// and nothing recorded when nothing changes.
/// </summary>
public static class ContactChanges
{
    public sealed record Decision(
        ContactDetailsChanged? Changed,
        Dictionary<string, string[]> Errors,
        string? NothingToChange
    );

    public static Decision Decide(Worker worker, ChangeContactDetails request, string byOperator, DateTimeOffset at)
    {
        var errors = new FieldErrors();
        var Fail = errors.Fail;

        errors.RequireReason(request.Reason);
        if (request is { Email: null, Language: null, Name: null, Beneficiaries: null })
            Fail("body", "name at least one of email, language, name, beneficiaries");
        var email = request.Email is null ? null : WorkerFields.Email(request.Email, Fail);
        var language = request.Language is null ? null : WorkerFields.Language(request.Language, Fail);
        var name = request.Name is null ? null : WorkerFields.Name(request.Name, "name", Fail);
        var beneficiaries = request.Beneficiaries is null
            ? null
            : WorkerFields.Beneficiaries(request.Beneficiaries, Fail);
        if (errors.Count > 0)
            return new Decision(null, errors, null);

        // Only what differs is recorded.
        email = email is not null && !email.Equals(worker.Email, StringComparison.OrdinalIgnoreCase) ? email : null;
        language = language is { } l && l != worker.Language ? l : null;
        name = name is not null && name != worker.Name ? name : null;
        beneficiaries =
            beneficiaries is not null && !beneficiaries.SequenceEqual(worker.Beneficiaries) ? beneficiaries : null;
        if (email is null && language is null && name is null && beneficiaries is null)
            return new Decision(null, errors, "The worker's record already says this: nothing changed.");
        return new Decision(
            new ContactDetailsChanged(
                worker.Nss,
                email,
                language,
                name,
                beneficiaries,
                byOperator,
                request.Reason!.Trim(),
                at
            ),
            errors,
            null
        );
    }
}
