using System.Text.Json;
using Shipshape.Probe.Http;
using Shipshape.Probe.Observatory;
using Shipshape.Tests.Probe.Servers;

namespace Shipshape.Tests.Probe;

/// <summary>
/// Our header grade equals Mozilla's HTTP Observatory's, grade, score and each test's result, on a
/// real server sending each header configuration of Fixtures/servers/observatory/: against the real
/// scanner run now (needs node), and against its outputs recorded by record_observatory.py.
/// </summary>
public sealed class ObservatoryParityTests
{
    public static TheoryData<string> Configurations()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(LocalServer.AppsFolder, "observatory"), "*.json").Order())
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Configurations))]
    public async Task Grade_score_and_every_test_result_match_the_recorded_observatory_output(string configuration)
    {
        var recorded = JsonDocument.Parse(File.ReadAllText(
            Path.Combine(LocalServer.AppsFolder, "observatory", "recorded", configuration + ".json"))).RootElement;
        var ours = await GradeAsync(configuration);

        Assert.Equal(recorded.GetProperty("tests").EnumerateObject().ToDictionary(t => t.Name, t => t.Value.GetString()),
            ours.Grade.Tests.ToDictionary(t => t.Test, t => (string?)t.Result));
        Assert.Equal(recorded.GetProperty("score").GetInt32(), ours.Grade.Score);
        Assert.Equal(recorded.GetProperty("grade").GetString(), ours.Grade.Grade);
    }

    private static async Task<(ObservatoryResult Grade, int Port)> GradeAsync(string configuration)
    {
        await using var server = await LocalServer.StartPythonAsync("header_server.py", "{port}", $"observatory/{configuration}.json");
        using var client = new ProbeClient(new ProbeScope(server.Url, Active: false));
        var input = await new ObservatoryRetriever(client).RetrieveAsync();
        var grade = ObservatoryGrader.Grade(input, out var refusal);
        Assert.True(grade is not null, refusal);
        return (grade, server.Port);
    }

    [RequiresNodeTheory]
    [MemberData(nameof(Configurations))]
    public async Task Grade_score_and_every_test_result_match_the_observatory(string configuration)
    {
        await using var server = await LocalServer.StartPythonAsync("header_server.py", "{port}", $"observatory/{configuration}.json");

        using var client = new ProbeClient(new ProbeScope(server.Url, Active: false));
        var input = await new ObservatoryRetriever(client).RetrieveAsync();
        var ours = ObservatoryGrader.Grade(input, out var refusal);
        Assert.True(ours is not null, refusal);

        using var theirs = await ObservatoryCli.ScanAsync($"127.0.0.1:{server.Port}");
        var scan = theirs.RootElement.GetProperty("scan");
        var theirResults = theirs.RootElement.GetProperty("tests").EnumerateObject()
            .ToDictionary(t => t.Name, t => t.Value.GetProperty("result").GetString());

        Assert.Equal(theirResults, ours.Tests.ToDictionary(t => t.Test, t => (string?)t.Result));
        Assert.Equal(scan.GetProperty("score").GetInt32(), ours.Score);
        Assert.Equal(scan.GetProperty("grade").GetString(), ours.Grade);
    }
}
