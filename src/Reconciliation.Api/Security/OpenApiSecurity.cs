using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Reconciliation.Api.Security;

/// <summary>The API key scheme in the OpenAPI document, and on each operation the role it needs and its 401/403/429
/// answers.</summary>
public static class OpenApiSecurity
{
    public static void AddApiKeySecurity(this OpenApiOptions options)
    {
        options.AddDocumentTransformer(
            (document, _, _) =>
            {
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[ApiKeyAuthenticationHandler.SchemeName] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey,
                    In = ParameterLocation.Header,
                    Name = ApiKeyAuthenticationHandler.Header,
                    Description =
                        "An API key; its role (reader, operator, admin) decides what it may do. ops/apikey makes one.",
                };
                return Task.CompletedTask;
            }
        );
        options.AddOperationTransformer(
            (operation, context, _) =>
            {
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                if (metadata.OfType<IAllowAnonymous>().Any())
                    return Task.CompletedTask;
                var role = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).LastOrDefault(p => p is not null)
                    ?? ApiRoles.Reader;
                operation.Description = $"{operation.Description} Role: {role}.".TrimStart();
                operation.Security =
                [
                    new OpenApiSecurityRequirement
                    {
                        [
                            new OpenApiSecuritySchemeReference(ApiKeyAuthenticationHandler.SchemeName, context.Document)
                        ] = [],
                    },
                ];
                operation.Responses ??= new OpenApiResponses();
                operation.Responses.TryAdd("401", Problem("No API key, or not a valid one"));
                operation.Responses.TryAdd("403", Problem($"The key's role is below {role}"));
                operation.Responses.TryAdd("429", Problem("Too many requests from this key"));
                return Task.CompletedTask;
            }
        );
    }

    private static OpenApiResponse Problem(string description) =>
        new()
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() },
        };
}
