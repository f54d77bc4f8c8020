using Shipshape.Discovery;
using Shipshape.Facts.Python;
using Shipshape.Python.Ast;
using Shipshape.Python.Semantics;
using Shipshape.Rules;
using Shipshape.Rules.Python;
using Attribute = Shipshape.Python.Ast.Attribute;

namespace Shipshape.Facts.General;

/// <summary>
/// Publishes <see cref="UploadSaveFact"/>s (an upload object's <c>.save(...)</c>, with what its function
/// checked), <see cref="UploadLimitFact"/>s (request-size settings) and <see cref="UploadAllowListFact"/>s
/// (extension allow-lists). An upload object is a name taken
/// from <c>request.files</c>, one whose <c>.filename</c> the function reads, or a parameter typed or
/// named as an upload.
/// </summary>
public sealed class UploadCollector : IFactCollector
{
    private static readonly HashSet<string> LimitSettings = new(StringComparer.Ordinal)
    {
        "MAX_CONTENT_LENGTH", "DATA_UPLOAD_MAX_MEMORY_SIZE", "FILE_UPLOAD_MAX_MEMORY_SIZE", "MAX_FORM_MEMORY_SIZE",
    };

    private static readonly HashSet<string> UploadNames = new(StringComparer.Ordinal)
    {
        "upload", "uploaded", "uploaded_file", "upload_file", "file_storage", "photo", "attachment", "image", "avatar",
    };

    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Python };

    public void Collect(FileContext file)
    {
        var index = file.Parsed<PythonIndex>();
        foreach (var (node, _, _, _) in index.Nodes)
        {
            if (LimitSetting(node, index.Semantics) is { } setting)
                file.Facts.Add(FactKeys.UploadLimits, new UploadLimitFact(file.LocationOf(node.Range), setting));
            if (node is Assign { Targets: [var target], Value: var value } && AllowListName(target, index.Semantics) is { } name
                && new PythonValueReader(file).Read(value) is PythonValue.StringList { Items: var extensions })
                file.Facts.Add(FactKeys.UploadAllowLists, new UploadAllowListFact(name, extensions, file.LocationOf(value.Range)));
        }

        if (CodePaths.IsTest(file.Path)) return;
        foreach (var site in index.Calls)
        {
            if (site.Function is not { } function || site.Call.Func is not Attribute { Attr: "save", Value: Name receiver }) continue;
            // `self.save()` is the object's own method (pickle's Pickler calls it thousands of times).
            if (receiver.Id is "self" or "cls" || !IsUpload(receiver.Id, site, index)) continue;
            var calls = index.Calls.Where(c => ReferenceEquals(c.Function, function)).ToList();
            var sanitises = calls.Any(c => c.Callee is "werkzeug.utils.secure_filename" or "werkzeug.secure_filename" || c.Callee?.EndsWith("secure_filename", StringComparison.Ordinal) == true);
            var checksExtension = calls.Any(c => c.MethodName is { } m && (m.Contains("allowed", StringComparison.OrdinalIgnoreCase)
                    || m.Contains("validate", StringComparison.OrdinalIgnoreCase) || m is "splitext" or "endswith" or "rsplit"))
                || MentionsAllowList(function, index);
            file.Facts.Add(FactKeys.UploadSaves, new UploadSaveFact(file.LocationOf(site.Call.Range), sanitises, checksExtension));
        }
    }

    private static bool IsUpload(string name, CallSite save, PythonIndex index)
    {
        var function = save.Function!;
        if (UploadNames.Contains(name)) return true;
        if (function.Parameters.FirstOrDefault(p => p.Name == name) is { Annotation: { } annotation }
            && index.Semantics.QualifiedName(annotation) is { } type && (type.EndsWith("UploadFile", StringComparison.Ordinal) || type.EndsWith("FileStorage", StringComparison.Ordinal)))
            return true;
        if (LocalAssignments.LastValue(index, function, name, save.Call.Range.Start) is { } value
            && value.Descendants().Prepend(value).Any(n => n is Attribute { Attr: "files" or "FILES" }))
            return true;
        return index.NodesIn(function).Any(n => n is Attribute { Attr: "filename", Value: Name owner } && owner.Id == name);
    }

    private static bool MentionsAllowList(PythonFunction function, PythonIndex index) =>
        index.NodesIn(function).Any(node => node switch
        {
            Name name => name.Id.Contains("ALLOWED", StringComparison.OrdinalIgnoreCase) || name.Id.Contains("EXTENSION", StringComparison.OrdinalIgnoreCase),
            Constant { Value: ConstantValue.StrValue text } => text.Value.Contains("ALLOWED", StringComparison.Ordinal),
            _ => false,
        });

    /// <summary>ALLOWED_EXTENSIONS, UPLOAD_EXTENSIONS, app.config['ALLOWED_EXTENSIONS']: a name that says it lists extensions.</summary>
    private static string? AllowListName(Expr target, SemanticModel semantics)
    {
        var name = target switch
        {
            Name n => n.Id,
            Attribute a => a.Attr,
            Subscript { Slice: var key } => semantics.StaticString(key),
            _ => null,
        };
        return name is not null && name.Contains("EXTENSION", StringComparison.OrdinalIgnoreCase) ? name : null;
    }

    private static string? LimitSetting(Node node, SemanticModel semantics) => node switch
    {
        Assign { Targets: [Name target] } when LimitSettings.Contains(target.Id) => target.Id,
        Assign { Targets: [Subscript { Slice: var key }] } when semantics.StaticString(key) is { } name && LimitSettings.Contains(name) => name,
        Keyword { Arg: { } name } when LimitSettings.Contains(name) => name,
        _ => null,
    };
}
