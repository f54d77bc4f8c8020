using Shipshape.Facts;
using Shipshape.Facts.Python;
using Shipshape.Model;
using Shipshape.Rules.Python;

namespace Shipshape.Rules.Input;

/// <summary>INP001: uploaded files saved without name sanitising, an extension allow-list or a size limit.</summary>
public sealed class Inp001UnrestrictedUpload : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Inp001,
        Name: "unrestricted-file-upload",
        Category: Categories.Input,
        Severity: Severity.High,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks every place a web application saves an uploaded file (`upload.save(...)`) for the three "
            + "guards: the client's file name passed through `secure_filename`, the extension compared with an "
            + "allow-list in the same function, and a request-size limit (`MAX_CONTENT_LENGTH`, Django's "
            + "`DATA_UPLOAD_MAX_MEMORY_SIZE`) somewhere in the project.",
        Why: "Without them a client chooses the name (`../../app.py`), the type (an `.html` or `.svg` served back "
            + "from your origin is stored XSS; a `.py` or `.php` may run) and the size (a multi-gigabyte body fills "
            + "the disk or memory of the worker).",
        Fix: "Set `app.config[\"MAX_CONTENT_LENGTH\"] = 10 * 1024 * 1024`, check "
            + "`ext in ALLOWED_EXTENSIONS` before saving, and save under `secure_filename(...)` or a generated name "
            + "(`uuid4().hex + ext`).",
        Examples:
        [
            new RuleExample("Flask", "python",
                Failing: "path = os.path.join(app.config[\"UPLOAD_FOLDER\"], upload.filename)\nupload.save(path)",
                Passing: "app.config[\"MAX_CONTENT_LENGTH\"] = 10 * 1024 * 1024\n...\nif not allowed_file(upload.filename):\n    abort(400)\n"
                    + "upload.save(os.path.join(app.config[\"UPLOAD_FOLDER\"], secure_filename(upload.filename)))"),
        ],
        References:
        [
            RuleReference.Cwe(434, "Unrestricted Upload of File with Dangerous Type"),
            RuleReference.Asvs("12.1.1", "The application will not accept large files that could fill up storage or cause a denial of service"),
            RuleReference.Asvs("12.2.1", "Files obtained from untrusted sources are validated to be of expected type based on the file's content"),
            new RuleReference("Flask: Uploading Files", "https://flask.palletsprojects.com/en/latest/patterns/fileuploads/"),
        ])
    {
        Requirement = "Uploads are saved under sanitised names, after an extension check, with a request-size limit",
    };

    public CheckOutcome Check(ProjectContext project)
    {
        if (WebApps.NotAWebApp(project) is { } notApplicable) return notApplicable;
        var saves = project.Facts.Get(FactKeys.UploadSaves);
        if (saves.Count == 0) return CheckOutcome.NotApplicable("no uploaded file is saved");
        // A limit counts when production loads it: not one set only in a development class or overridden in a base class.
        var config = ProductionConfig.From(project.Facts);
        var limited = project.Facts.Get(FactKeys.UploadLimits).Any(l => !config.IsShadowed(l.Location));
        var failed = 0;
        foreach (var save in saves)
        {
            var missing = new List<string>();
            if (!save.SanitisesName) missing.Add("`secure_filename`");
            if (!save.ChecksExtension) missing.Add("an extension allow-list");
            if (!limited) missing.Add("a size limit (`MAX_CONTENT_LENGTH`)");
            if (missing.Count == 0) continue;
            project.Report(save.Location, $"Uploaded file saved without {string.Join(", ", missing)}");
            failed++;
        }

        return failed > 0 ? CheckOutcome.Fail() : CheckOutcome.Pass("uploads are sanitised, allow-listed and size-limited");
    }
}
