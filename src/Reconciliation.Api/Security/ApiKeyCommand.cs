namespace Reconciliation.Api.Security;

/// <summary>
/// <c>apikey ROLE NAME</c>: makes a new key and prints it with the configuration lines that register
/// its hash. The key itself is shown once and stored nowhere.
/// </summary>
public static class ApiKeyCommand
{
    public const string Name = "apikey";

    public static int Run(string[] args)
    {
        if (args.Length != 2 || !ApiRoles.All.Contains(args[0]) || !ValidName(args[1]))
        {
            Console.Error.WriteLine(
                $"usage: apikey ROLE NAME   (ROLE: {string.Join(" | ", ApiRoles.All)}; NAME: letters, digits and '_', "
                    + "e.g. ana_lopez, so it can be an environment variable's name)"
            );
            return 2;
        }
        var (role, name) = (args[0], args[1]);
        var key = ApiKey.New();
        var hash = ApiKey.Hash(key);
        Console.WriteLine(
            $"""
            key (give it to {name}; it is not stored anywhere):

                {key}

            configuration (environment variables):

                Security__ApiKeys__{name}__Role={role}
                Security__ApiKeys__{name}__Hash={hash}

            or in appsettings.json:

                "Security": {"{"} "ApiKeys": {"{"} "{name}": {"{"} "Role": "{role}", "Hash": "{hash}" {"}"} {"}"} {"}"}
            """
        );
        return 0;
    }

    private static bool ValidName(string name) =>
        name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
