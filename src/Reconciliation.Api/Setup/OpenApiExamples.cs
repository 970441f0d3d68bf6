using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;

namespace Reconciliation.Api.Setup;

/// <summary>The OpenAPI document at <c>/openapi/v1.json</c>, with a worked example for each operation.</summary>
public static partial class OpenApiExamples
{
    private static readonly Dictionary<string, (string? Request, Dictionary<string, string> Responses)> Examples = new()
    {
        ["QuoteFee"] = (
            """{ "monthlyIncome": 9582.47, "zone": "general", "date": "2026-03-10" }""",
            new()
            {
                ["200"] = """
                { "monthlyIncome": 9582.47, "zone": "general", "date": "2026-03-10", "dailyBase": 315.21,
                  "monthly": 2178.42,
                  "semiannual": 13070.52, "annual": 26141.04,
                  "breakdown": [ { "branch": "sickness-maternity-fixed",
                    "name": "Enfermedades y Maternidad, cuota fija", "amount": 717.94 } ],
                  "parametersEffective": "2026-02-01", "parametersVersion": "2026.1", "minimumWage": 315.04,
                    "umaDaily": 117.31,
                  "ceavEmployerRate": 6.026 }
                """,
                ["400"] = """
                { "status": 400, "title": "The request is invalid",
                  "detail": "zone: zone must be 'general' or 'northern-border'.",
                  "errors": { "zone": [ "zone must be 'general' or 'northern-border'" ] } }
                """,
            }
        ),
        ["EnrollWorker"] = (
            """
            { "nss": "12345678903", "curp": "HEGG560427MVZRRL04", "rfc": "GODE561231GR8",
              "email": "gabriela@example.com",
              "name": "Gabriela Hernández García", "zone": "general", "monthlyIncome": 9582.47,
                "periodicity": "monthly",
              "beneficiaries": [ { "relationship": "child", "name": "Luis Hernández" } ], "enrolledOn": "2026-01-12",
                "language": "es" }
            """,
            new()
            {
                ["201"] = """{ "nss": "12345678903", "url": "/api/workers/12345678903" }""",
                ["400"] = """
                { "status": 400, "title": "The request is invalid", "detail": "nss: NSS check digit is 4, expected 3.",
                  "errors": { "nss": [ "NSS check digit is 4, expected 3" ] } }
                """,
                ["409"] = """
                { "status": 409, "title": "Conflict",
                  "detail": "A worker with NSS 12345678903 is already enrolled." }
                """,
            }
        ),
        ["GetWorker"] = (
            null,
            new()
            {
                ["200"] = """
                { "nss": "12345678903", "curp": "HEGG560427MVZRRL04", "rfc": "GODE561231GR8",
                  "email": "gabriela@example.com",
                  "name": "Gabriela Hernández García", "zone": "general", "monthlyIncome": 9582.47,
                    "periodicity": "monthly",
                  "beneficiaries": [ { "relationship": "child", "name": "Luis Hernández" } ],
                    "enrolledOn": "2026-01-12", "language": "es" }
                """,
                ["404"] = """
                { "status": 404, "title": "Not found", "detail": "No worker is enrolled with NSS 12345678903." }
                """,
            }
        ),
        ["UploadStatement"] = (
            null,
            new()
            {
                ["201"] = ImportReport,
                ["200"] = ImportReport,
                ["422"] = Unreadable,
            }
        ),
        ["GetStatement"] = (null, new() { ["200"] = ImportReport }),
        ["ListStatements"] = (null, new() { ["200"] = "[" + ImportReport + "]" }),
        ["RetryStatement"] = (null, new() { ["200"] = ImportReport, ["422"] = Unreadable }),
        ["GetCoverage"] = (
            null,
            new()
            {
                ["200"] = """
                { "nss": "12345678903", "status": "due", "asOf": "2026-06-05", "paidThrough": "2026-06",
                  "monthlyFee": 1905.82, "unappliedCredit": 0,
                  "months": [ { "month": "2026-04", "depositIds": [ "spei:40012:20260310:BNET01002603100012345678" ] },
                              { "month": "2026-05", "depositIds": [ "spei:40012:20260410:BNET01002604100012345678" ] },
                              { "month": "2026-06",
                                "depositIds": [ "spei:40012:20260518:BNET01002605180012345678" ] } ],
                  "gaps": [], "openFlags": [ { "flagId": "spei:40012:20260518:BNET01002605180012345678:late",
                    "depositId": "spei:40012:20260518:BNET01002605180012345678",
                  "kind": "late",
                    "detail": "paid 2026-05-18, after the recommended day, by the deadline of 2026-06: kept",
                    "on": "2026-05-18" } ],
                  "enrolledOn": "2026-01-12", "periodicity": "monthly" }
                """,
                ["404"] = """
                { "status": 404, "title": "Not found", "detail": "No worker is enrolled with NSS 12345678903." }
                """,
            }
        ),
        ["GetHistory"] = (
            null,
            new()
            {
                ["200"] = """
                [ { "version": 1, "type": "worker_enrolled", "recordedAt": "2026-01-12T10:00:00-06:00",
                  "effectiveDate": "2026-01-12", "data": { "nss": "12345678903",
                    "name": "Gabriela Hernández García" } },
                  { "version": 3, "type": "payment_received", "recordedAt": "2026-03-11T02:05:00-06:00",
                    "effectiveDate": "2026-03-10",
                    "data": { "nss": "12345678903", "depositId": "spei:40012:20260310:BNET01002603100012345678",
                      "amount": 1905.82, "valueDate": "2026-03-10", "method": "automatic", "referenceClean": true } } ]
                """,
            }
        ),
        ["ListWorkers"] = (
            null,
            new()
            {
                ["200"] = """
                { "page": 1, "pageSize": 100, "total": 1, "workers": [ { "nss": "12345678903",
                  "name": "Gabriela Hernández García", "status": "late", "paidThrough": "2026-06",
                    "unappliedCredit": 0 } ] }
                """,
            }
        ),
        ["ListExceptions"] = (
            null,
            new()
            {
                ["200"] = """
                [ { "id": "suspense:spei:40012:20260310:BNET01002603100055555555", "kind": "suspense",
                  "status": "open", "depositId": "spei:40012:20260310:BNET01002603100055555555",
                    "nss": null, "amount": 1905.82, "valueDate": "2026-03-10", "concept": "PAGO IMSS 1234567890",
                      "reason": "no NSS with a valid check digit in the reference",
                    "suggestions": [ { "nss": "12345678903",
                      "reason": "the reference has 1234567890, one digit away from this enrolled NSS" } ],
                    "candidates": [], "nearNumbers": [ "1234567890" ], "expected": null, "difference": null,
                      "raisedAt": "2026-03-11T08:05:00+00:00", "decision": null } ]
                """,
            }
        ),
        ["AssignException"] = (
            """{ "nss": "12345678903", "reason": "receipt e-mailed by the worker" }""",
            new()
            {
                ["200"] = """
                { "id": "suspense:…", "kind": "suspense", "status": "resolved", "decision": { "action": "assign",
                  "operator": "ana.lopez", "reason": "receipt e-mailed by the worker",
                    "at": "2026-03-12T16:00:00+00:00", "nss": "12345678903" } }
                """,
                ["409"] = """
                { "status": 409, "title": "Conflict",
                  "detail": "The item was already decided: refund by ana.lopez on 2026-03-12 16:00 (...)." }
                """,
            }
        ),
        ["ApplyException"] = (
            """{ "reason": "short by a bank fee; accepted" }""",
            new()
            {
                ["200"] = """
                { "id": "amount:…", "kind": "amount", "status": "resolved", "decision": { "action": "apply",
                  "operator": "ana.lopez", "reason": "short by a bank fee; accepted",
                    "at": "2026-03-12T16:00:00+00:00", "nss": "12345678903" } }
                """,
            }
        ),
        ["RefundException"] = (
            """{ "reason": "payer asked for the money back" }""",
            new()
            {
                ["200"] = Refunded,
                ["202"] = """
                { "id": "suspense:…", "kind": "suspense", "status": "open", "decision": null, "approval": {
                  "action": "refund", "amount": 1905.82, "requestedBy": "ana.lopez",
                    "reason": "payer asked for the money back", "at": "2026-03-12T16:00:00+00:00", "terms": {} } }
                """,
            }
        ),
        ["ApproveException"] = ("""{ "reason": "checked the payer's letter" }""", new() { ["200"] = Refunded }),
        ["GetNotices"] = (
            null,
            new()
            {
                ["200"] = """
                [ { "id": "12345678903:reminder:2026-05", "nss": "12345678903", "status": "sent", "attempts": 1,
                  "lastError": null,
                    "messageId": "notice.12345678903.reminder.2026-05@reconciliation.imss",
                      "transport": "smtp://mail.imss.gob.mx:587",
                    "scheduledAt": "2026-04-10T13:00:00+00:00", "sentAt": "2026-04-10T13:00:02+00:00",
                    "notice": { "nss": "12345678903", "noticeId": "reminder:2026-05", "kind": "reminder",
                      "month": "2026-05", "language": "es",
                      "email": "gabriela@example.com", "name": "Gabriela Hernández García", "monthlyFee": 1905.82,
                        "amountDue": 1905.82,
                      "deadline": "2026-04-20", "scheduledOn": "2026-04-10", "received": null, "expected": null } } ]
                """,
            }
        ),
        ["DailyReport"] = (
            null,
            new()
            {
                ["200"] = """
                { "date": "2026-03-11", "files": [ { "id": "0b9f3c1e-…", "fileName": "20260310.xml",
                  "format": "camt.053", "status": "imported", "credits": 300, "creditTotal": 571746.00,
                  "deposits": 300, "confirmed": 0, "duplicates": 0, "errors": 0 } ], "credits": 300,
                    "creditTotal": 571746.00, "deposits": 300, "depositTotal": 571746.00,
                  "confirmedTotal": 0, "duplicateTotal": 0, "otherCreditTotal": 0,
                  "depositsByStatus": { "matched": { "count": 290, "total": 552687.80 }, "suspense": { "count": 10,
                    "total": 19058.20 } },
                  "flagsRaised": { "late": 12 }, "exceptionsRaised": { "suspense": 10, "amount": 4 },
                    "exceptionsOpen": { "suspense": 10, "amount": 4 },
                  "creditsAddUp": true, "depositsAddUp": true }
                """,
            }
        ),
    };

    public static void AddReconciliationDocument(this OpenApiOptions options)
    {
        options.AddDocumentTransformer(
            (document, _, _) =>
            {
                document.Info.Title = "IMSS voluntary coverage reconciliation";
                document.Info.Description =
                    "Reconciles the SPEI payments of Mexican workers abroad enrolled in IMSS voluntary coverage "
                    + "(PTI) and answers who is covered.";
                return Task.CompletedTask;
            }
        );
        options.AddOperationTransformer(
            (operation, _, _) =>
            {
                if (operation.OperationId is null || !Examples.TryGetValue(operation.OperationId, out var example))
                    return Task.CompletedTask;
                if (example.Request is not null && operation.RequestBody?.Content is { } requestContent)
                    foreach (var media in requestContent.Values)
                        media.Example = JsonNode.Parse(example.Request);
                foreach (var (status, body) in example.Responses)
                    if (
                        operation.Responses?.TryGetValue(status, out var response) == true
                        && response.Content is { } content
                    )
                        foreach (var media in content.Values)
                            media.Example = JsonNode.Parse(body);
                return Task.CompletedTask;
            }
        );
    }
}
