using Wolverine.Http;

namespace Reconciliation.Api.Workers;

/// <summary>201 Created, with the worker's address in <c>Location</c>.</summary>
public sealed record WorkerEnrolledResponse(string Nss, string Url) : CreationResponse(Url);
