using Shipshape.Model;

namespace Shipshape.Facts;

/// <summary>
/// An env file of the project. <see cref="DocumentsSettings"/> is true for a template: named as one
/// (<c>.env.example</c>), or holding no literal secret while taking values from the environment
/// (<c>SECRET_KEY=${SECRET_KEY}</c>), which documents what a deployment must provide.
/// <see cref="MayReachProduction"/> is false for templates and development-only files by name.
/// </summary>
public sealed record EnvFileFact(string Path, bool DocumentsSettings, bool MayReachProduction, Location Location);
