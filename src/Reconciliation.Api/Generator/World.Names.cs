using Reconciliation.Domain.Workers;

namespace Reconciliation.Api.Generator;

/// <summary>The names, states and banks the generated workers and payers are drawn from.</summary>
public sealed partial class World
{
    private static readonly string[] Participants = ["40012", "40014", "40072", "90646", "40137", "40021"];

    private static readonly string[] GivenNames =
    [
        "MARIA",
        "JOSE",
        "JUAN",
        "GUADALUPE",
        "LUIS",
        "ROSA",
        "PEDRO",
        "ANA",
        "CARLOS",
        "LETICIA",
    ];

    private static readonly string[] Surnames =
    [
        "HERNANDEZ",
        "GARCIA",
        "MARTINEZ",
        "LOPEZ",
        "GONZALEZ",
        "PEREZ",
        "RODRIGUEZ",
        "SANCHEZ",
        "RAMIREZ",
        "CRUZ",
    ];

    private static readonly string[] States =
    [
        "AS",
        "BC",
        "CL",
        "DF",
        "GT",
        "JC",
        "MC",
        "MN",
        "NL",
        "OC",
        "PL",
        "SP",
        "VZ",
        "YN",
        "ZS",
    ];

    private static readonly string[] OtherSchemes =
    [
        "PAGO INFONAVIT CREDITO",
        "CUOTA SAR APORTACION",
        "PAGO PREDIAL",
        "TRASPASO ENTRE CUENTAS",
        "PAGO PROVEEDOR",
    ];

    private const string Consonants = "BCDFGHJKLMNPQRSTVWXYZ";
}
