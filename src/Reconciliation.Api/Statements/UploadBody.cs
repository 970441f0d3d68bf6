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
    /// <summary>What a multipart body may hold besides its file.</summary>
    internal const long FormOverheadBytes = 64 * 1024;

    private const int MaxFieldsBeforeFile = 8;
    private const int MaxFieldCharacters = 4096;

    internal static IResult TooLarge(long limit) =>
        Results.Problem(
            new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "The file is too large",
                Detail = $"Statement files are limited to {limit:N0} bytes (Statements:MaxFileBytes).",
            }
        );

    /// <summary>
    /// Receives an upload: the body read by <paramref name="readBody"/> (the API's or the console's), streamed to the
    /// store within <c>Statements:MaxFileBytes</c>, registered and its import owed, or what stopped it.
    /// </summary>
    internal static async Task<UploadReceipt> ReceiveAsync(
        HttpRequest request,
        StatementImporter importer,
        StatementsSettings settings,
        Func<Task<(Stream? Stream, string FileName)>> readBody,
        CancellationToken ct
    )
    {
        var limit = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } f
            ? f
            : null;
        // A multipart body holds the file and a little more (its boundaries, a form's token): the file itself is held
        // to the limit exactly where it is stored.
        var allowed = settings.MaxFileBytes + (request.HasFormContentType ? FormOverheadBytes : 0);
        if (request.ContentLength is { } declared && declared > allowed)
        {
            // Refused unread. Kestrel then discards what the client still sends, for 5 seconds at most, so that a
            // browser reads the answer instead of a connection cut under its upload; the body's limit must allow it.
            limit?.MaxRequestBodySize = declared;
            return new UploadReceipt.TooLarge(settings.MaxFileBytes);
        }
        // Streamed to the store: memory does not grow with the file. The size limit is the import's, not Kestrel's
        // default.
        limit?.MaxRequestBodySize = allowed;
        try
        {
            var (stream, fileName) = await readBody();
            if (stream is null)
                return new UploadReceipt.NoFile();
            var (file, alreadyImported) = await importer.ReceiveAsync(
                stream,
                fileName,
                $"upload by {request.HttpContext.User.Identity?.Name}",
                ct
            );
            return alreadyImported is null ? new UploadReceipt.Stored(file) : new UploadReceipt.Known(alreadyImported);
        }
        catch (StatementTooLargeException e)
        {
            return new UploadReceipt.TooLarge(e.Limit);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new UploadReceipt.TooLarge(settings.MaxFileBytes);
        }
        catch (InvalidDataException)
        {
            // A multipart body that breaks its own format (a section's headers, its boundaries): no file can be read.
            return new UploadReceipt.NoFile();
        }
    }

    /// <summary>
    /// The file: the body itself, or the first file of a multipart body, not yet read. The form's fields before it
    /// (a few, each short: a browser's form sends its token there) are handed to <paramref name="field"/> when given.
    /// </summary>
    internal static async Task<(Stream? Stream, string FileName)> BodyAsync(
        HttpRequest request,
        CancellationToken ct,
        Action<string, string>? field = null
    )
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
        var fields = 0;
        while (await reader.ReadNextSectionAsync(ct) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                continue;
            if (disposition.IsFormDisposition() && field is not null && ++fields <= MaxFieldsBeforeFile)
            {
                // Read to at most one character over the limit: a longer value is not handed on.
                using var text = new StreamReader(section.Body, leaveOpen: true);
                var value = new char[MaxFieldCharacters + 1];
                var read = await text.ReadBlockAsync(value, ct);
                if (read <= MaxFieldCharacters)
                    field(HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "", new string(value, 0, read));
            }
            if (disposition.IsFileDisposition())
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

/// <summary>What became of an upload's body.</summary>
internal abstract record UploadReceipt
{
    /// <summary>Stored and registered: its import is owed.</summary>
    internal sealed record Stored(StatementFile File) : UploadReceipt;

    /// <summary>The same content was received before: nothing changed.</summary>
    internal sealed record Known(StatementImportResult Earlier) : UploadReceipt;

    internal sealed record TooLarge(long Limit) : UploadReceipt;

    /// <summary>A multipart body without a file.</summary>
    internal sealed record NoFile : UploadReceipt;
}
