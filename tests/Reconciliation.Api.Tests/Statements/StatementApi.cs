using System.Net.Http.Headers;
using System.Text.Json;
using Alba;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Reconciliation.Api.Security;
using Reconciliation.Domain.Deposits;
using Wolverine.Tracking;

namespace Reconciliation.Api.Tests.Statements;

/// <summary>Helpers of the statement tests: upload through HTTP, read what the database holds.</summary>
public static class StatementApi
{
    public static async Task<(int Status, JsonElement Body)> UploadAsync(
        this IAlbaHost host,
        byte[] content,
        string fileName,
        bool multipart = false
    )
    {
        using var client = host.Server.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthenticationHandler.Header, Hosting.TestKeys.Operator);
        HttpContent body;
        if (multipart)
        {
            var form = new MultipartFormDataContent();
            form.Add(new ByteArrayContent(content), "file", fileName);
            body = form;
        }
        else
        {
            body = new ByteArrayContent(content);
            body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            body.Headers.Add("X-File-Name", fileName);
        }
        var response = await client.PostAsync("/api/statements", body);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    public static async Task<List<Deposit>> DepositsAsync(this IAlbaHost host)
    {
        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.Query<Deposit>().ToListAsync()).OrderBy(d => d.Id).ToList();
    }

    public static async Task<long> EventCountAsync(this IAlbaHost host, string eventTypeName)
    {
        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.Events.QueryAllRawEvents().Where(e => e.EventTypeName == eventTypeName).CountAsync();
    }

    /// <summary>Uploads a file and waits until the matching it sets off (Wolverine messages) is done.</summary>
    public static async Task<(int Status, JsonElement Body)> UploadAndMatchAsync(
        this IAlbaHost host,
        byte[] content,
        string fileName
    )
    {
        (int, JsonElement) result = default;
        await host.TrackActivity()
            .Timeout(TimeSpan.FromMinutes(2))
            .DoNotAssertOnExceptionsDetected()
            .ExecuteAndWaitAsync(
                (Func<Wolverine.IMessageContext, Task>)(async _ => result = await host.UploadAsync(content, fileName))
            );
        return result;
    }

    /// <summary>
    /// Enrolls a worker and waits for what the enrollment sets off; on the minimum wage (fee 1,905.82 from February
    /// 2026) unless another monthly income is given.
    /// </summary>
    public static async Task EnrollAndWaitAsync(
        this IAlbaHost host,
        string nss,
        string language = "es",
        decimal monthlyIncome = 1m
    )
    {
        await host.TrackActivity()
            .Timeout(TimeSpan.FromMinutes(1))
            .ExecuteAndWaitAsync(
                (Func<Wolverine.IMessageContext, Task>)(
                    _ =>
                        host.Scenario(s =>
                        {
                            var form = Workers.WorkerForms.Valid(nss);
                            form["monthlyIncome"] = monthlyIncome;
                            form["language"] = language;
                            s.Post.Json(form).ToUrl("/api/workers");
                            s.StatusCodeShouldBe(System.Net.HttpStatusCode.Created);
                        })
                )
            );
    }

    public static int Int(this JsonElement e, string name) => e.GetProperty("report").GetProperty(name).GetInt32();
}
