namespace Reconciliation.Domain;

/// <summary>A state projected from an event stream that knows the stream's version it is at (what the next append
/// expects).</summary>
public interface IStreamVersioned
{
    long Version { get; }
}
