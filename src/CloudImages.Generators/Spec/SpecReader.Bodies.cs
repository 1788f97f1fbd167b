using System.Collections.Generic;
using System.Linq;
using CloudImages.Generators.Diagnostics;
using CloudImages.Generators.Model;

namespace CloudImages.Generators.Spec
{
    internal sealed partial class SpecReader
    {
        private static readonly string[] BodyKinds = { "json", "jsonPatch", "binary" };

        private static readonly string[] PatchOperations = { "add", "replace", "remove" };

        /// <summary>True when the operation sends a body: a requestBody member, or a parameter "in": "body". Decided
        /// before reading, because it names the request record.</summary>
        private static bool HasBody(ObjectReader operation) =>
            operation.Find("requestBody") is not null
            || (operation.Find("parameters")?.Value is JsonArrayNode parameters
                && parameters.Items.OfType<JsonObjectNode>().Any(p => p.Members.Any(m => m.Name == "in" && m.Value is JsonStringNode { Value: "body" })));

        private RequestBodySpec? ReadRequestBody(ObjectReader operation, string name, List<ParameterSpec> parameters, string? method)
        {
            var obj = operation.Object("requestBody", "a request body", required: false, SpecMembers.RequestBody);
            var bodyMembers = parameters.Where(p => p.Location == ParameterLocation.Body).ToList();
            if (obj is null && bodyMembers.Count == 0)
            {
                return null;
            }

            var kindNode = obj?.String("kind");
            var kind = BodyKind.Json;
            if (kindNode is not null)
            {
                var index = System.Array.IndexOf(BodyKinds, kindNode.Value);
                if (index < 0)
                {
                    obj!.Invalid("kind", kindNode, "\"json\", \"jsonPatch\" or \"binary\"");
                    return null;
                }

                kind = (BodyKind)index;
            }

            if (method is "GET" or "HEAD")
            {
                var at = obj is not null ? _context.Locate(obj.Node) : _context.Locate(operation.Node);
                _context.Report(DiagnosticDescriptors.InvalidValue, at, operation.Join("requestBody"), "absent: a " + method + " request has no body");
            }

            if (kind != BodyKind.Json && bodyMembers.Count > 0)
            {
                _context.Report(
                    DiagnosticDescriptors.InvalidValue,
                    _context.Locate(kindNode!),
                    obj!.Join("kind"),
                    "\"json\": parameters \"in\": \"body\" are members of a JSON object body");
            }

            var mediaTypeNode = obj?.String("mediaType");
            if (mediaTypeNode is not null && !IsMediaType(mediaTypeNode.Value))
            {
                obj!.Invalid("mediaType", mediaTypeNode, "a media type such as application/json");
            }

            var mediaType = mediaTypeNode?.Value ?? kind switch
            {
                BodyKind.JsonPatch => "application/json-patch+json",
                BodyKind.Binary => "application/octet-stream",
                _ => "application/json",
            };
            var patchNode = obj?.Find("patch");
            PatchSpec? patch = null;
            if (kind == BodyKind.JsonPatch)
            {
                patch = ReadPatch(obj!, name);
            }
            else if (patchNode is not null)
            {
                obj!.Invalid("patch", patchNode.Value, "absent: only a \"jsonPatch\" body has attributes");
            }

            return new RequestBodySpec(kind, mediaType, obj?.String("description", allowEmpty: true)?.Value, patch);
        }

        /// <summary>type/subtype, with token characters only (RFC 9110), so it is safe in a header.</summary>
        private static bool IsMediaType(string text)
        {
            var slash = text.IndexOf('/');
            return slash > 0 && slash < text.Length - 1 && text.IndexOf('/', slash + 1) < 0
                && text.All(c => c == '/' || (c > ' ' && c < 127 && "()<>@,;:\\\"[]?={}".IndexOf(c) < 0));
        }

        private PatchSpec? ReadPatch(ObjectReader body, string operation)
        {
            var patch = body.Object("patch", "a JSON Patch description", required: true, SpecMembers.Patch);
            if (patch is null)
            {
                return null;
            }

            var typeName = GeneratedNames.PatchType(operation);
            DeclareType("Operation", operation, typeName, _context.Locate(patch.Node));
            var attributes = new List<PatchAttributeSpec>();
            var paths = new HashSet<string>();
            var stems = MemberScope(typeName, GeneratedNames.PatchMembers);
            var array = patch.Array("attributes", required: true);
            for (var i = 0; array is not null && i < array.Items.Count; i++)
            {
                var obj = ObjectReader.Create(_context, array.Items[i], $"{patch.JsonPath}.attributes[{i}]", "a patch attribute", SpecMembers.PatchAttribute);
                var pathNode = obj?.String("path", required: true);
                if (obj is null || pathNode is null)
                {
                    continue;
                }

                var path = pathNode.Value;
                var location = _context.Locate(pathNode);
                if (path.Length < 2 || path[0] != '/' || path.IndexOf('/', 1) >= 0 || path.IndexOf('~') >= 0)
                {
                    obj.Invalid("path", pathNode, "a top-level JSON Pointer such as /name (one segment, no '~')");
                    continue;
                }

                var type = ReadType(obj, KindUse.Body);
                var operations = ReadPatchOperations(obj, "operations");
                if (!paths.Add(path))
                {
                    _context.Report(DiagnosticDescriptors.DuplicateName, location, "Patch attribute", path);
                    continue;
                }

                var stem = CSharpName(obj.String("csharpName"), path.Substring(1), location);
                if (type is null || operations is null || stem is null)
                {
                    continue;
                }

                var claimed = operations.Value.All(op => stems.Claim("Patch attribute", path, GeneratedNames.PatchMethod(op, stem), location));
                if (claimed)
                {
                    attributes.Add(new PatchAttributeSpec(path, stem, type, operations.Value, obj.String("description", allowEmpty: true)?.Value));
                }
            }

            var extensions = patch.Object("extensions", "extension attributes", required: false, SpecMembers.PatchExtensions);
            var extensionOperations = extensions is null ? EquatableArray<string>.Empty : ReadPatchOperations(extensions, "operations");
            var pattern = extensions?.String("pattern");
            if (pattern is not null)
            {
                CheckPattern(extensions!, "pattern", pattern);
            }

            return extensionOperations is null
                ? null
                : new PatchSpec(typeName, attributes.ToEquatableArray(), extensionOperations.Value, pattern?.Value, extensions?.String("description", allowEmpty: true)?.Value);
        }

        private EquatableArray<string>? ReadPatchOperations(ObjectReader owner, string member)
        {
            var array = owner.Array(member, required: true);
            if (array is null)
            {
                return null;
            }

            var result = new List<string>();
            foreach (var item in array.Items)
            {
                if (item is not JsonStringNode text || System.Array.IndexOf(PatchOperations, text.Value) < 0 || result.Contains(text.Value))
                {
                    owner.Invalid(member, item, "\"add\", \"replace\" or \"remove\", each once");
                    return null;
                }

                result.Add(text.Value);
            }

            if (result.Count == 0)
            {
                owner.Invalid(member, array, "at least one of \"add\", \"replace\" and \"remove\"");
                return null;
            }

            return result.ToEquatableArray();
        }
    }
}
