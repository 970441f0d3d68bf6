using System.Runtime.InteropServices;

namespace Reconciliation.Jobs;

/// <summary>
/// Files and folders only the service's own user may read (0600 files, 0700 folders: statements and notices hold
/// personal data and money), and what a path is without following it (<c>lstat</c>): the drop folder takes regular
/// files only.
/// </summary>
public static class PrivateFiles
{
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Creates the folder (and its parents) owner-only, or makes an existing one so.</summary>
    public static string Folder(string path)
    {
        if (OperatingSystem.IsWindows())
            Directory.CreateDirectory(path);
        else
        {
            Directory.CreateDirectory(path, FolderMode);
            if (File.GetUnixFileMode(path) != FolderMode)
                File.SetUnixFileMode(path, FolderMode);
        }
        return path;
    }

    /// <summary>Options that create a new file owner-only.</summary>
    public static FileStreamOptions NewFile(int bufferSize = 1 << 16)
    {
        var options = new FileStreamOptions
        {
            Mode = System.IO.FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
            BufferSize = bufferSize,
            Options = FileOptions.Asynchronous,
        };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = FileMode;
        return options;
    }

    /// <summary>Makes a file (one moved in from elsewhere keeps its mode) owner-only.</summary>
    public static void Restrict(string path)
    {
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, FileMode);
    }

    /// <summary>What the folder's mode lets others do, when it lets them anything (null when private or
    /// missing).</summary>
    public static string? OpenTo(string path)
    {
        if (OperatingSystem.IsWindows() || !Directory.Exists(path))
            return null;
        var mode = File.GetUnixFileMode(path);
        var others =
            mode
            & ~(
                UnixFileMode.UserRead
                | UnixFileMode.UserWrite
                | UnixFileMode.UserExecute
                | UnixFileMode.SetUser
                | UnixFileMode.SetGroup
                | UnixFileMode.StickyBit
            );
        return others == 0
            ? null
            : $"mode {Convert.ToString((int)mode, 8)} lets "
                + $"{(mode.HasFlag(UnixFileMode.OtherRead) ? "every user" : "its group")} in";
    }

    /// <summary>What a directory entry is, not following a symbolic link.</summary>
    public enum Kind
    {
        Missing,
        Regular,
        Directory,
        SymbolicLink,
        Fifo,
        CharacterDevice,
        BlockDevice,
        Socket,
        Other,
    }

    public static Kind KindOf(string path)
    {
        if (OperatingSystem.IsLinux() && StatxWorks)
        {
            var buffer = new byte[256];
            int result;
            try
            {
                result = Statx(AtCurrentDirectory, path, AtSymlinkNoFollow, StatxType, buffer);
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                // A C library without statx (musl before 1.2.5): the managed reading below, which sees links but not
                // pipes.
                StatxWorks = false;
                return KindOf(path);
            }
            if (result != 0)
            {
                var errno = Marshal.GetLastPInvokeError();
                if (errno is NoSuchEntry or NotADirectory)
                    return Kind.Missing;
                // Refused for another reason (a sandbox that forbids the call): never read that as "gone".
                StatxWorks = false;
                return KindOf(path);
            }
            var mode = BitConverter.ToUInt16(buffer, 28) & 0xF000;
            return mode switch
            {
                0x8000 => Kind.Regular,
                0x4000 => Kind.Directory,
                0xA000 => Kind.SymbolicLink,
                0x1000 => Kind.Fifo,
                0x2000 => Kind.CharacterDevice,
                0x6000 => Kind.BlockDevice,
                0xC000 => Kind.Socket,
                _ => Kind.Other,
            };
        }
        var info = new FileInfo(path);
        if (!info.Exists && !Directory.Exists(path))
            return Kind.Missing;
        if (info.LinkTarget is not null)
            return Kind.SymbolicLink;
        return info.Attributes.HasFlag(FileAttributes.Directory) ? Kind.Directory : Kind.Regular;
    }

    public static string Describe(Kind kind) =>
        kind switch
        {
            Kind.SymbolicLink => "a symbolic link",
            Kind.Directory => "a folder",
            Kind.Fifo => "a named pipe (FIFO)",
            Kind.CharacterDevice => "a character device",
            Kind.BlockDevice => "a block device",
            Kind.Socket => "a socket",
            Kind.Missing => "gone",
            _ => "not a regular file",
        };

    private static bool StatxWorks = true;
    private const int NoSuchEntry = 2,
        NotADirectory = 20;
    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;

    // statx(2): its buffer has the same layout on every Linux architecture (stx_mode is the 16 bits at offset 28).
    [DllImport("libc", SetLastError = true, EntryPoint = "statx")]
    private static extern int Statx(
        int dirfd,
        [MarshalAs(UnmanagedType.LPUTF8Str)] string path,
        int flags,
        uint mask,
        byte[] buffer
    );
}
