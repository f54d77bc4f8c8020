using Shipshape.Model;

namespace Shipshape.Facts.General;

/// <summary>A request-size limit set in code: Flask's <c>MAX_CONTENT_LENGTH</c>, Django's <c>DATA_UPLOAD_MAX_MEMORY_SIZE</c>.</summary>
public sealed record UploadLimitFact(Location Location, string Setting);
