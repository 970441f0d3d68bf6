namespace Reconciliation.Domain.Fees;

/// <summary>The names a zone has in requests and responses.</summary>
public static class ZoneNames
{
    public const string General = "general";
    public const string NorthernBorder = "northern-border";

    public static Zone? Parse(string? text) =>
        text?.Trim().ToLowerInvariant() switch
        {
            General => Zone.General,
            NorthernBorder => Zone.NorthernBorder,
            _ => null,
        };

    public static string Name(this Zone zone) => zone == Zone.General ? General : NorthernBorder;
}
