namespace Shipshape.Config.Compose;

/// <summary>What a compose service runs when it overrides the image's command: entrypoint then command.</summary>
public static class ComposeCommands
{
    public static (IReadOnlyList<string> Words, SourcePosition Position)? StartWords(ComposeService service)
    {
        if (service.Command is null && service.Entrypoint is null)
            return null;
        var words = (service.Entrypoint?.Words ?? []).Concat(service.Command?.Words ?? []).ToList();
        return (words, (service.Command ?? service.Entrypoint)!.Position);
    }
}
