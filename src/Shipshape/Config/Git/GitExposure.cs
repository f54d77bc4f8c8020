namespace Shipshape.Config.Git;

/// <summary>How exposed a file is to being committed: in git's index, not covered by .gitignore, or ignored.</summary>
public enum GitExposure
{
    /// <summary>Git tracks the file: its contents are in the repository and its history.</summary>
    Tracked,
    /// <summary>Not tracked, but no .gitignore covers it: <c>git add .</c> would commit it.</summary>
    NotIgnored,
    /// <summary>A .gitignore covers the file and git does not track it.</summary>
    Ignored,
}

public static class GitExposureReader
{
    /// <summary>Asks git (when the root is in a work tree) and the .gitignore files under the root.</summary>
    public static GitExposure Of(string root, string relativePath)
    {
        if (GitTrackedFiles.Load(root)?.IsTracked(relativePath) == true)
            return GitExposure.Tracked;
        return new GitIgnoreRules(root).IsIgnored(relativePath) ? GitExposure.Ignored : GitExposure.NotIgnored;
    }
}
