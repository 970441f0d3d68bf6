using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using Reconciliation.Jobs.Statements;
using Wolverine;
using Wolverine.Http;

namespace Reconciliation.Api.Statements;

/// <summary>The body of an upload: the file's bytes and name, raw or multipart, within the size limit.</summary>
internal static class UploadBody
{
    internal static IResult TooLarge(long limit) =>
        Results.Problem(
            new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "The file is too large",
                Detail = $"Statement files are limited to {limit:N0} bytes (Statements:MaxFileBytes).",
            }
        );

    internal static async Task<(Stream? Stream, string FileName)> BodyAsync(HttpRequest request, CancellationToken ct)
    {
        var fallbackName = request.Headers["X-File-Name"].FirstOrDefault()
            ?? $"upload-{DateTime.UtcNow:yyyyMMddHHmmss}";
        if (
            !MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
        )
            return (request.Body, fallbackName);

        var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value
            ?? throw new BadHttpRequestException("multipart body without boundary");
        var reader = new MultipartReader(boundary, request.Body);
        while (await reader.ReadNextSectionAsync(ct) is { } section)
        {
            if (
                ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                && disposition.IsFileDisposition()
            )
                return (
                    section.Body,
                    HeaderUtilities
                        .RemoveQuotes(
                            disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName
                        )
                        .Value
                        ?? fallbackName
                );
        }
        return (null, fallbackName);
    }
}
