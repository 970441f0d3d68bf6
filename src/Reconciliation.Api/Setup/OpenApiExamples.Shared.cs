namespace Reconciliation.Api.Setup;

/// <summary>Examples several operations answer with.</summary>
public static partial class OpenApiExamples
{
    private const string ImportReport = """
        { "id": "0b9f3c1e-5d7a-4c2e-9a51-6f0e2d8b7c44", "fileName": "scotiabank-20260310.xml", "sha256": "5e1c…",
          "size": 6120, "source": "upload by ana_lopez",
          "receivedAt": "2026-03-11T08:00:00+00:00", "importedAt": "2026-03-11T08:00:01+00:00", "status": "imported",
            "attempts": 1, "lastError": null,
          "outcome": "imported", "message": "Imported.",
          "report": { "format": "camt.053", "lines": 7, "credits": 5, "debits": 2, "creditTotal": 17340.74,
            "debitTotal": 1923.22,
            "deposits": 4, "depositTotal": 16840.74, "confirmed": 0, "duplicates": 0,
            "byDisposition": { "deposit": 4, "debit": 2, "not-booked": 1 }, "errors": 0, "problems": [],
            "statements": [ { "ordinal": 1, "statementId": "IMSS-20260310", "account": "044180001068672782",
              "imssAccount": true, "currency": "MXN",
              "sequenceNumber": "61", "periodStart": "2026-03-10", "periodEnd": "2026-03-10",
              "opening": { "amount": 1250000.00, "currency": "MXN", "date": "2026-03-09" },
                "closing": { "amount": 1264917.52, "currency": "MXN", "date": "2026-03-10" },
              "lines": 7, "credits": 5, "debits": 2, "creditTotal": 17340.74, "debitTotal": 1923.22,
                "bookedMovement": 14917.52, "closed": true,
              "balanceCheck": "ok", "expectedClosing": 1264917.52, "balanceDifference": 0, "continuity": "ok",
                "continuityDetail": null } ] } }
        """;

    private const string Refunded = """
        { "id": "suspense:…", "kind": "suspense", "status": "resolved", "decision": { "action": "refund",
          "operator": "ana.lopez", "reason": "payer asked for the money back",
            "at": "2026-03-12T16:00:00+00:00", "nss": null, "approvedBy": "maria.garcia" }, "approval": null }
        """;

    private const string Unreadable = """
        { "status": 422, "title": "The statement file cannot be read",
          "detail": "The file cannot be read: line 41, position 9: XML is not well formed: ...",
          "statementFileId": "0b9f3c1e-5d7a-4c2e-9a51-6f0e2d8b7c44",
            "report": "/api/statements/0b9f3c1e-5d7a-4c2e-9a51-6f0e2d8b7c44",
          "problems": [ { "location": "line 41, position 9",
            "reason": "XML is not well formed: Unexpected end of file", "fatal": true } ] }
        """;
}
