using System.Security.Cryptography;

namespace Reconciliation.Jobs.Statements;

/// <summary>
/// Every file received is first copied to the store under its SHA-256, whatever door it came through: owner-only, like
/// the store itself (statements hold names, accounts and amounts).
/// </summary>
public sealed class StatementStorage(StatementsSettings settings)
{
    public sealed record StoredFile(string Sha256, string Path, long Size);

    public async Task<StoredFile> SaveAsync(Stream content, CancellationToken ct)
    {
        PrivateFiles.Folder(settings.Store);
        var temp = Path.Combine(settings.Store, $".incoming-{Guid.NewGuid():N}");
        long size = 0;
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        try
        {
            await using (var output = new FileStream(temp, PrivateFiles.NewFile()))
            {
                var buffer = new byte[1 << 16];
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    size += read;
                    if (size > settings.MaxFileBytes)
                        throw new StatementTooLargeException(settings.MaxFileBytes);
                    sha.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), ct);
                }
                await output.FlushAsync(ct);
            }
            var hash = Convert.ToHexStringLower(sha.GetHashAndReset());
            var final = Path.Combine(settings.Store, hash);
            try
            {
                File.Move(temp, final);
            }
            catch (IOException) when (File.Exists(final))
            {
                // The same content stored by another import meanwhile (same hash, same bytes): keep theirs.
                File.Delete(temp);
            }
            return new StoredFile(hash, final, size);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }
}
