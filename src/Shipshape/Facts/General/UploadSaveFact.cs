using Shipshape.Model;

namespace Shipshape.Facts.General;

/// <summary>An uploaded file saved to disk (<c>upload.save(path)</c>) and what its function checked first.</summary>
/// <param name="SanitisesName">The client file name goes through <c>secure_filename</c> (or is replaced).</param>
/// <param name="ChecksExtension">The function compares the extension with an allow-list.</param>
public sealed record UploadSaveFact(Location Location, bool SanitisesName, bool ChecksExtension);
