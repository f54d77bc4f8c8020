namespace Shipshape.Config.Env;

/// <summary>How an env file value was written; single quotes turn off escapes and interpolation.</summary>
public enum EnvQuoting
{
    None,
    Single,
    Double,
}
