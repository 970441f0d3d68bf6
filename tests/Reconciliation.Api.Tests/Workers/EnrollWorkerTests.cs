using System.Net;
using System.Text.Json;
using Alba;
using Reconciliation.Api.Tests.Hosting;

namespace Reconciliation.Api.Tests.Workers;

public sealed class EnrollWorkerTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task An_enrolled_worker_can_be_read_back_with_coverage_pending()
    {
        await app.Host.Scenario(s =>
        {
            s.Post.Json(WorkerForms.Valid("01988012348")).ToUrl("/api/workers");
            s.StatusCodeShouldBe(HttpStatusCode.Created);
            s.Header("Location").SingleValueShouldEqual("/api/workers/01988012348");
        });

        var worker = await app.Host.GetAsJson<JsonElement>("/api/workers/01988012348");
        Assert.Equal("01988012348", worker.GetProperty("nss").GetString());
        Assert.Equal("HEGG560427MVZRRL04", worker.GetProperty("curp").GetString());
        Assert.Equal("general", worker.GetProperty("zone").GetString());
        Assert.Equal(9582.47m, worker.GetProperty("monthlyIncome").GetDecimal());
        Assert.Equal("monthly", worker.GetProperty("periodicity").GetString());
        Assert.Equal("2026-01-12", worker.GetProperty("enrolledOn").GetString());
        Assert.Equal("child", worker.GetProperty("beneficiaries")[0].GetProperty("relationship").GetString());

        var coverage = await app.Host.GetAsJson<JsonElement>("/api/workers/01988012348/coverage");
        Assert.Equal("01988012348", coverage.GetProperty("nss").GetString());
        Assert.Equal("pending", coverage.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, coverage.GetProperty("paidThrough").ValueKind);
    }

    [Fact]
    public async Task Invalid_input_is_a_problem_naming_each_bad_field()
    {
        var form = WorkerForms.Valid("55555555550");
        form["nss"] = "12345678904";
        form["curp"] = "HEGG560427MVZRRL05";
        form["zone"] = "south";
        form["enrolledOn"] = "2026-13-01";

        var result = await app.Host.Scenario(s =>
        {
            s.Post.Json(form).ToUrl("/api/workers");
            s.StatusCodeShouldBe(HttpStatusCode.BadRequest);
            s.ContentTypeShouldBe("application/problem+json");
        });

        var errors = result.ReadAsJson<JsonElement>().GetProperty("errors");
        Assert.Equal(["curp", "enrolledOn", "nss", "zone"], errors.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("NSS check digit is 4, expected 3", errors.GetProperty("nss")[0].GetString());
        Assert.Equal("CURP check digit is 5, expected 4", errors.GetProperty("curp")[0].GetString());
    }

    [Fact]
    public async Task A_field_of_the_wrong_type_is_a_problem_naming_where()
    {
        var form = WorkerForms.Valid("55555555550");
        form["monthlyIncome"] = "a lot";
        var result = await app.Host.Scenario(s =>
        {
            s.Post.Json(form).ToUrl("/api/workers");
            s.StatusCodeShouldBe(HttpStatusCode.BadRequest);
            s.ContentTypeShouldBe("application/problem+json");
        });
        Assert.Contains("monthlyIncome", result.ReadAsText());
    }

    [Fact]
    public async Task Enrolling_an_NSS_twice_is_a_conflict()
    {
        await app.Host.Scenario(s =>
        {
            s.Post.Json(WorkerForms.Valid("12345678903")).ToUrl("/api/workers");
            s.StatusCodeShouldBe(HttpStatusCode.Created);
        });
        var second = WorkerForms.Valid("12345678903");
        second["name"] = "Somebody Else";
        await app.Host.Scenario(s =>
        {
            s.Post.Json(second).ToUrl("/api/workers");
            s.StatusCodeShouldBe(HttpStatusCode.Conflict);
            s.ContentTypeShouldBe("application/problem+json");
        });
        var worker = await app.Host.GetAsJson<JsonElement>("/api/workers/12345678903");
        Assert.Equal("Gabriela Hernández García", worker.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Simultaneous_enrollments_of_one_NSS_let_exactly_one_win()
    {
        const string nss = "20202020200";
        Assert.True(Domain.Identifiers.Nss.TryParse(nss).IsValid);

        var attempts = await Task.WhenAll(
            Enumerable
                .Range(0, 8)
                .Select(_ =>
                    app.Host.Scenario(s =>
                    {
                        s.Post.Json(WorkerForms.Valid(nss)).ToUrl("/api/workers");
                        s.IgnoreStatusCode();
                    })
                )
        );

        var statuses = attempts.Select(a => a.Context.Response.StatusCode).ToArray();
        Assert.Equal(1, statuses.Count(s => s == 201));
        Assert.Equal(7, statuses.Count(s => s == 409));
    }

    [Fact]
    public async Task An_unknown_NSS_is_not_found()
    {
        await app.Host.Scenario(s =>
        {
            s.Get.Url("/api/workers/98765432103");
            s.StatusCodeShouldBe(HttpStatusCode.NotFound);
            s.ContentTypeShouldBe("application/problem+json");
        });
        await app.Host.Scenario(s =>
        {
            s.Get.Url("/api/workers/98765432103/coverage");
            s.StatusCodeShouldBe(HttpStatusCode.NotFound);
        });
    }

    [Fact]
    public async Task A_malformed_NSS_in_the_address_is_a_bad_request()
    {
        var result = await app.Host.Scenario(s =>
        {
            s.Get.Url("/api/workers/1234/coverage");
            s.StatusCodeShouldBe(HttpStatusCode.BadRequest);
        });
        Assert.Contains("must be 11 digits", result.ReadAsText());
    }
}
