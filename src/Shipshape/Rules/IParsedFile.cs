namespace Shipshape.Rules;

/// <summary>
/// A front end's view of one file (a parsed Dockerfile, compose file, env file, ...). Rules ask
/// <see cref="FileContext.Parsed{T}"/> for it; it is parsed once per file however many rules ask.
/// Parse problems go to <see cref="FileContext.AddDiagnostic"/>; parsing never throws on bad input.
/// </summary>
public interface IParsedFile<TSelf> where TSelf : class, IParsedFile<TSelf>
{
    static abstract TSelf Parse(FileContext file);
}
