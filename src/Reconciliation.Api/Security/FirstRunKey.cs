namespace Reconciliation.Api.Security;

/// <summary>
/// The local operator key: created on the first run (when <c>Security:FirstRunKeyFile</c> is set),
/// printed once, kept in that file for the owner only, and registered from it at each start.
/// Deleting the file makes a new key at the next start.
/// </summary>
public static class FirstRunKey
{
    public const string Name = "local-operator";

    public static void Register(WebApplicationBuilder builder)
    {
        var configured = builder.Configuration[
            $"{SecuritySettings.Section}:{nameof(SecuritySettings.FirstRunKeyFile)}"
        ];
        if (string.IsNullOrWhiteSpace(configured))
            return;
        var path = Path.GetFullPath(configured);
        var key = ReadOrCreate(path);
        builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?>
            {
                [$"{SecuritySettings.Section}:ApiKeys:{Name}:Role"] = ApiRoles.Operator,
                [$"{SecuritySettings.Section}:ApiKeys:{Name}:Hash"] = ApiKey.Hash(key),
            }
        );
    }

    private static string ReadOrCreate(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = ApiKey.New();
        try
        {
            // CreateNew: when two processes start together for the first time, one writes and the other reads.
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using (var writer = new StreamWriter(path, options))
                writer.WriteLine(key);
            Console.WriteLine(
                $"""

                A local operator API key was created and saved in {path}:

                    {key}

                Send it as the X-Api-Key header (or as the password of the browser's login prompt).

                """
            );
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            for (var attempt = 0; ; attempt++)
            {
                var text = File.ReadAllText(path).Trim();
                if (text.Length > 0 || attempt == 20)
                    return text.Length > 0
                        ? text
                        : throw new InvalidOperationException(
                            $"The API key file {path} is empty: delete it to make a new key."
                        );
                Thread.Sleep(50); // the other process is writing it
            }
        }
    }
}
