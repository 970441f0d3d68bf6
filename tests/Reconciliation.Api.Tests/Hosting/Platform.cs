// The integration tests check Unix file modes and use named pipes: they run where the service runs (Linux, or a Unix
// with Docker).
[assembly: System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
