namespace Reconciliation.Api.Tests.Hosting;

/// <summary>Statement samples shared with the domain tests (Samples/public with its provenance, Samples/mx).</summary>
public static class SampleFiles
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    public static string Text(string name) => File.ReadAllText(PathOf(name));
}
