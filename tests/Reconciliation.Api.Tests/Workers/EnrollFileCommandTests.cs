using System.Text.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Reconciliation.Api.Tests.Hosting;
using Reconciliation.Domain.Coverage;
using Reconciliation.Domain.Identifiers;
using Reconciliation.Domain.Workers;

namespace Reconciliation.Api.Tests.Workers;

/// <summary>
/// <c>enroll-file</c> writes workers in bulk, with its own set-based writes: each must end up exactly
/// as one enrolled through <c>POST /api/workers</c>, events and documents alike.
/// </summary>
public sealed class EnrollFileCommandTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Workers_enrolled_from_a_file_are_those_the_api_enrolls_and_bad_lines_are_named_and_skipped()
    {
        static string Nss(string ten) => ten + CheckDigits.Nss(ten);
        var (viaApi, viaFile, english) = (Nss("0200000001"), Nss("0200000002"), Nss("0200000003"));
        var wrongCheckDigit = "0200000004" + (CheckDigits.Nss("0200000004") + 1) % 10;
        await app.Host.Scenario(s =>
        {
            s.Post.Json(WorkerForms.Valid(viaApi)).ToUrl("/api/workers");
            s.StatusCodeShouldBe(201);
        });
        var englishForm = WorkerForms.Valid(english);
        englishForm["language"] = "en";
        englishForm["periodicity"] = "annual";
        var file = Path.GetTempFileName();
        await File.WriteAllLinesAsync(
            file,
            [
                JsonSerializer.Serialize(WorkerForms.Valid(viaFile)),
                "",
                JsonSerializer.Serialize(WorkerForms.Valid(wrongCheckDigit)),
                JsonSerializer.Serialize(englishForm),
                "{ not json",
                JsonSerializer.Serialize(WorkerForms.Valid(viaApi)), // already enrolled
                JsonSerializer.Serialize(WorkerForms.Valid(viaFile)), // twice in the file
            ]
        );

        var (code, output) = await CommandLine.RunAsync(app, "enroll-file", file);

        Assert.True(code == 1, output);
        Assert.Contains("2 workers enrolled, 4 refused", output);
        Assert.Contains("line 3: nss: NSS check digit is", output);
        Assert.Contains("line 5: not an enrollment form", output);
        Assert.Contains($"line 6: NSS {viaApi} is already enrolled", output);
        Assert.Contains($"line 7: NSS {viaFile} is already enrolled", output);

        var store = app.Host.Services.GetRequiredService<IDocumentStore>();
        var serializer = ((StoreOptions)store.Options).Serializer();
        await using var session = store.QuerySession();
        string Same(object o, string nss) => serializer.ToJson(o).Replace(nss, "NSS");
        var apiEvents = (await session.Events.FetchStreamAsync(viaApi))
            .Select(e => (e.EventTypeName, e.Version, Same(e.Data, viaApi)))
            .ToList();
        var fileEvents = (await session.Events.FetchStreamAsync(viaFile))
            .Select(e => (e.EventTypeName, e.Version, Same(e.Data, viaFile)))
            .ToList();
        Assert.Equal(apiEvents, fileEvents);
        Assert.Equal(
            Same((await session.LoadAsync<Worker>(viaApi))!, viaApi),
            Same((await session.LoadAsync<Worker>(viaFile))!, viaFile)
        );
        Assert.Equal(
            Same((await session.LoadAsync<WorkerCoverage>(viaApi))!, viaApi),
            Same((await session.LoadAsync<WorkerCoverage>(viaFile))!, viaFile)
        );
        // And what Marten's projections make of the file's events is what the command wrote.
        Assert.Equal(
            serializer.ToJson((await session.Events.AggregateStreamAsync<WorkerCoverage>(english))!),
            serializer.ToJson((await session.LoadAsync<WorkerCoverage>(english))!)
        );
        Assert.Equal(Language.English, (await session.LoadAsync<Worker>(english))!.Language);

        await app.Host.Scenario(s =>
        {
            s.Get.Url($"/api/workers/{viaFile}/coverage");
            s.StatusCodeShouldBe(200);
        });
    }
}
