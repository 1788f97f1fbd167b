using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CloudImages.Generators.Diagnostics;
using CloudImages.Generators.Model;

namespace CloudImages.Generators.Spec
{
    /// <summary>Reads a spec file into an <see cref="ApiSpec"/>. It never throws: every problem becomes a
    /// diagnostic located in the spec, and a spec with any error yields no model (and so no code).</summary>
    internal sealed partial class SpecReader
    {
        /// <summary>The newest format version; 1.0 specs are read as they always were.</summary>
        public const string FormatVersion = "1.1";

        private static readonly string[] FormatVersions = { "1.0", FormatVersion };

        private readonly SpecContext _context;
        private readonly SpecInput _input;
        private readonly CancellationToken _cancellationToken;
        private readonly HashSet<string> _enumNames = new();
        private readonly Dictionary<string, SchemaSpec> _schemas = new();
        private readonly HashSet<string> _schemaNames = new();
        private readonly HashSet<string> _requestSchemaNames = new();
        private readonly List<RequestSchemaSpec> _requestSchemas = new();
        private readonly List<SchemaSpec> _inlineSchemas = new();
        private readonly Dictionary<string, ClientParameterSpec> _clientParameters = new();
        private readonly List<DeclaredType> _declaredTypes = new();
        private NameScope _types = null!;
        private bool _isVersion10;
        private string _namespace = "";

        private SpecReader(SpecContext context, SpecInput input, CancellationToken cancellationToken)
        {
            _context = context;
            _input = input;
            _cancellationToken = cancellationToken;
        }

        public static SpecReadResult Read(SpecInput input, CancellationToken cancellationToken)
        {
            var context = new SpecContext(input.Path, input.Text ?? string.Empty);
            if (input.Text is null)
            {
                context.Report(DiagnosticDescriptors.SpecUnreadable, context.Locate(0, 0), input.Path);
                return new SpecReadResult(null, context.Diagnostics);
            }

            JsonNode root;
            try
            {
                root = JsonParser.Parse(input.Text);
            }
            catch (JsonSyntaxException ex)
            {
                context.Report(DiagnosticDescriptors.InvalidJson, context.Locate(ex.Position, ex.Position + 1), ex.Message);
                return new SpecReadResult(null, context.Diagnostics);
            }

            var spec = new SpecReader(context, input, cancellationToken).ReadRoot(root);
            return new SpecReadResult(context.HasErrors ? null : spec, context.Diagnostics);
        }

        private ApiSpec? ReadRoot(JsonNode node)
        {
            var root = ObjectReader.Create(_context, node, string.Empty, "the spec", SpecMembers.Root);
            if (root is null)
            {
                return null;
            }

            var version = root.String("specVersion", required: true);
            if (version is not null && System.Array.IndexOf(FormatVersions, version.Value) < 0)
            {
                _context.Report(DiagnosticDescriptors.UnsupportedVersion, _context.Locate(version), version.Value);
                return null;
            }

            _isVersion10 = version?.Value == "1.0";
            Since11(root, "clientParameters");
            _namespace = ReadNamespace(root) ?? "";
            var client = root.Object("client", "client", required: true, SpecMembers.Client);
            var clientNameNode = client?.String("name", required: true);
            var clientName = ReadClientName(clientNameNode);
            var jsonClass = clientName is null ? "" : GeneratedNames.JsonClass(clientName);

            _types = new NameScope(_context, ignoreCase: true, System.Array.Empty<string>());
            if (clientName is not null)
            {
                var location = clientNameNode is null ? _context.Locate(root.Node) : _context.Locate(clientNameNode);
                foreach (var generated in new[] { clientName, jsonClass, GeneratedNames.OptionsClass(clientName), GeneratedNames.ServiceCollectionExtensions(clientName) })
                {
                    DeclareType("Type", generated, generated, location);
                }
            }

            var auth = root.Object("auth", "auth", required: false, SpecMembers.Auth);
            var requestIdHeaders = ReadStringArray(root, "requestIdHeaders");
            var errorBody = ReadErrorBody(root);

            var enumNodes = root.Array("enums")?.Items ?? new List<JsonNode>();
            var schemaNodes = root.Array("schemas")?.Items ?? new List<JsonNode>();
            DeclareNames(enumNodes, _enumNames);
            DeclareNames(schemaNodes, _schemaNames);
            DeclareRequestSchemas(schemaNodes);

            ReadClientParameters(root);
            var enums = ReadEnums(enumNodes);
            var schemas = ReadSchemas(schemaNodes);
            var operations = ReadOperations(root);
            schemas = schemas.Concat(_inlineSchemas).ToEquatableArray();

            return new ApiSpec(
                _input.Path,
                root.String("title")?.Value,
                root.String("source")?.Value,
                _namespace,
                clientName ?? "",
                client?.String("description", allowEmpty: true)?.Value,
                jsonClass,
                clientName is null ? "" : GeneratedNames.OptionsClass(clientName),
                clientName is null ? "" : GeneratedNames.ServiceCollectionExtensions(clientName),
                clientName is null ? "" : GeneratedNames.AddMethod(clientName),
                auth?.String("tokenHeader")?.Value,
                requestIdHeaders,
                errorBody,
                enums,
                schemas,
                operations,
                _declaredTypes.ToEquatableArray(),
                _requestSchemas.ToEquatableArray(),
                _clientParameters.Values.ToEquatableArray());
        }

        private string? ReadNamespace(ObjectReader root)
        {
            var node = root.String("namespace");
            var name = _input.NamespaceOverride ?? node?.Value ?? _input.RootNamespace ?? "CloudApi.Generated";
            if (Naming.NamespaceProblem(name) is { } problem)
            {
                var location = node is not null && _input.NamespaceOverride is null ? _context.Locate(node) : _context.Locate(root.Node);
                _context.Report(DiagnosticDescriptors.InvalidIdentifier, location, name, problem);
                return null;
            }

            return name;
        }

        private string? ReadClientName(JsonStringNode? node)
        {
            var name = _input.ClientNameOverride ?? node?.Value;
            if (name is null)
            {
                return null;
            }

            if (Naming.Problem(name) is { } problem)
            {
                _context.Report(DiagnosticDescriptors.InvalidIdentifier, node is null ? _context.Locate(0, 0) : _context.Locate(node), name, problem);
                return null;
            }

            return name;
        }

        private ErrorBodySpec? ReadErrorBody(ObjectReader root)
        {
            var body = root.Object("errorBody", "errorBody", required: false, SpecMembers.ErrorBody);
            if (body is null)
            {
                return null;
            }

            var code = ReadFieldPaths(body, "codeField");
            var message = ReadFieldPaths(body, "messageField");
            return code is null || message is null ? null : new ErrorBodySpec(code.Value, message.Value);
        }

        /// <summary>One dotted path, or an array of them tried in order (services answer in more than one shape).</summary>
        private EquatableArray<string>? ReadFieldPaths(ObjectReader owner, string name)
        {
            var node = owner.Required(name);
            var items = node switch
            {
                null => null,
                JsonStringNode single => new List<JsonNode> { single },
                JsonArrayNode { Items.Count: > 0 } array => array.Items,
                _ => null,
            };
            var paths = new List<string>();
            foreach (var item in items ?? new List<JsonNode>())
            {
                if (item is JsonStringNode text && text.Value.Split('.').All(p => p.Length > 0))
                {
                    paths.Add(text.Value);
                }
                else
                {
                    owner.Invalid(name, item, "a dotted path such as error.code");
                    return null;
                }
            }

            if (node is not null && items is null)
            {
                owner.Invalid(name, node, "a dotted path such as error.code, or a non-empty array of them");
            }

            return items is null ? null : paths.ToEquatableArray();
        }

        private EquatableArray<string> ReadStringArray(ObjectReader owner, string name)
        {
            var result = new List<string>();
            var array = owner.Array(name);
            for (var i = 0; array is not null && i < array.Items.Count; i++)
            {
                if (array.Items[i] is JsonStringNode { Value.Length: > 0 } text)
                {
                    result.Add(text.Value);
                }
                else
                {
                    _context.Report(DiagnosticDescriptors.InvalidValue, _context.Locate(array.Items[i]), $"{owner.Join(name)}[{i}]", "a non-empty string");
                }
            }

            return result.ToEquatableArray();
        }

        /// <summary>Reports a member that format 1.1 added, in a spec that says it is 1.0: the author may expect a
        /// reader of 1.0 to understand it.</summary>
        private void Since11(ObjectReader obj, params string[] members)
        {
            foreach (var member in members)
            {
                if (_isVersion10 && obj.Find(member) is { } found)
                {
                    obj.Invalid(member, found.Value, "absent in a specVersion 1.0 spec: set \"specVersion\": \"1.1\" to use it");
                }
            }
        }

        /// <summary>"clientParameters": parameters the client fills into every request that leaves them unset.</summary>
        private void ReadClientParameters(ObjectReader root)
        {
            var array = root.Array("clientParameters");
            var members = new NameScope(_context, ignoreCase: false, GeneratedNames.ObjectMembers.Concat(GeneratedNames.ClientMembers));
            for (var i = 0; array is not null && i < array.Items.Count; i++)
            {
                var obj = ObjectReader.Create(_context, array.Items[i], $"clientParameters[{i}]", "a client parameter", SpecMembers.ClientParameter);
                var wireNode = obj?.String("name", required: true);
                if (obj is null || wireNode is null)
                {
                    continue;
                }

                var location = _context.Locate(wireNode);
                if (_clientParameters.ContainsKey(wireNode.Value))
                {
                    _context.Report(DiagnosticDescriptors.DuplicateName, location, "Client parameter", wireNode.Value);
                    continue;
                }

                var property = CSharpName(obj.String("csharpName"), wireNode.Value, location);
                if (property is not null && members.Claim("Client parameter", wireNode.Value, property, location))
                {
                    _clientParameters.Add(wireNode.Value, new ClientParameterSpec(wireNode.Value, property, obj.String("description", allowEmpty: true)?.Value));
                }
            }
        }

        /// <summary>Collects declared enum or schema names first, so references may point forward.</summary>
        private static void DeclareNames(List<JsonNode> nodes, HashSet<string> names)
        {
            foreach (var node in nodes)
            {
                if (node is JsonObjectNode obj && obj.Members.FirstOrDefault(m => m.Name == "name")?.Value is JsonStringNode name)
                {
                    names.Add(name.Value);
                }
            }
        }

        private bool DeclareType(string what, string owner, string name, LocationInfo location)
        {
            if (!_types.Claim(what, owner, name, location))
            {
                return false;
            }

            _declaredTypes.Add(new DeclaredType(_namespace, name, location));
            return true;
        }

        /// <summary>The name given in <paramref name="explicitName"/>, else derived from <paramref name="wire"/>; reported when neither works.</summary>
        private string? CSharpName(JsonStringNode? explicitName, string wire, LocationInfo wireLocation)
        {
            if (explicitName is not null)
            {
                if (Naming.Problem(explicitName.Value) is { } problem)
                {
                    _context.Report(DiagnosticDescriptors.InvalidIdentifier, _context.Locate(explicitName), explicitName.Value, problem);
                    return null;
                }

                return explicitName.Value;
            }

            var derived = Naming.Derive(wire);
            if (derived is null)
            {
                _context.Report(DiagnosticDescriptors.InvalidIdentifier, wireLocation, wire, "no C# name can be made from it; give one with csharpName (or name)");
            }

            return derived;
        }

        private NameScope MemberScope(string typeName, string[] generated) =>
            new(_context, ignoreCase: false, GeneratedNames.ObjectMembers.Concat(generated).Concat(new[] { typeName }));
    }
}
