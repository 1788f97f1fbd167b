using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CloudImages.Generators.Diagnostics;
using CloudImages.Generators.Model;

namespace CloudImages.Generators.Spec
{
    internal sealed partial class SpecReader
    {
        private static readonly string[] Methods = { "GET", "HEAD", "DELETE", "OPTIONS", "POST", "PUT", "PATCH" };

        private EquatableArray<OperationSpec> ReadOperations(ObjectReader root)
        {
            var result = new List<OperationSpec>();
            var array = root.Array("operations", required: true);
            if (array is not null && array.Items.Count == 0)
            {
                root.Invalid("operations", array, "an array with at least one operation");
            }

            var names = new HashSet<string>();
            var objects = new List<ObjectReader>();
            var clientMembers = new NameScope(_context, ignoreCase: false, GeneratedNames.ObjectMembers.Concat(GeneratedNames.ClientMembers));
            for (var i = 0; array is not null && i < array.Items.Count; i++)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                var obj = ObjectReader.Create(_context, array.Items[i], $"operations[{i}]", "an operation", SpecMembers.Operation);
                var nameNode = obj?.String("name", required: true);
                if (obj is null || nameNode is null)
                {
                    continue;
                }

                var name = nameNode.Value;
                var nameLocation = _context.Locate(nameNode);
                if (Naming.Problem(name) is { } problem)
                {
                    _context.Report(DiagnosticDescriptors.InvalidIdentifier, nameLocation, name, problem);
                    continue;
                }

                if (!names.Add(name))
                {
                    _context.Report(DiagnosticDescriptors.DuplicateName, nameLocation, "Operation", name);
                    continue;
                }

                var queryType = HasBody(obj) ? GeneratedNames.RequestType(name) : GeneratedNames.QueryType(name);
                DeclareType("Operation", name, queryType, nameLocation);
                var operation = ReadOperation(obj, name, queryType);
                if (operation is not null)
                {
                    foreach (var member in operation.ClientMembers)
                    {
                        clientMembers.Claim("Operation", name, member, nameLocation);
                    }

                    result.Add(operation);
                    objects.Add(obj);
                }
            }

            var byName = result.ToDictionary(o => o.Name);
            for (var i = 0; i < result.Count; i++)
            {
                result[i] = LinkJob(objects[i], result[i], byName);
                ReadConstraints(objects[i], result[i]);
            }

            return result.ToEquatableArray();
        }

        private OperationSpec? ReadOperation(ObjectReader obj, string name, string queryType)
        {
            Since11(obj, "requestBody", "job", "jobStatus");
            var methodNode = obj.String("method", required: true);
            var method = methodNode?.Value.ToUpperInvariant();
            if (_isVersion10 && methodNode is not null && method is "POST" or "PUT" or "PATCH")
            {
                obj.Invalid("method", methodNode, "GET, HEAD, DELETE or OPTIONS in a specVersion 1.0 spec: set \"specVersion\": \"1.1\" for a body");
            }
            if (methodNode is not null && System.Array.IndexOf(Methods, method) < 0)
            {
                obj.Invalid("method", methodNode, "GET, HEAD, POST, PUT, PATCH, DELETE or OPTIONS");
            }

            var pathNode = obj.String("path", required: true);
            var parameters = ReadParameters(obj, queryType);
            var body = ReadRequestBody(obj, name, parameters, method);
            var segments = pathNode is null ? null : ReadPath(pathNode, name, parameters);
            var response = obj.Object("response", "the response", required: true, SpecMembers.Response);
            var status = response?.Integer("status", 200, _isVersion10 ? 299 : 399);
            if (_isVersion10 && response is not null && response.Find("schema") is null)
            {
                response.Required("schema");
            }
            var responseType = response?.Find("schema") is null ? null : ResolveSchema(response, KindUse.Field);
            if (method == "HEAD" && responseType is not null && _schemas.TryGetValue(responseType, out var headSchema)
                && headSchema.Fields.Any(f => f.Header is null))
            {
                response!.Invalid("schema", response.Find("schema")!.Value, "a schema of header fields only: a HEAD answer has no body");
            }

            var errors = ReadErrors(obj);
            var rules = ReadRules(obj, name, parameters);
            var pagination = responseType is null ? null : ReadPagination(obj, name, parameters, responseType);
            var jobStatus = ReadJobStatus(obj, parameters, responseType);

            if (methodNode is null || pathNode is null || segments is null || response is null
                || (response.Find("schema") is not null && responseType is null))
            {
                return null;
            }

            return new OperationSpec(
                name,
                method!,
                pathNode.Value,
                obj.String("description", allowEmpty: true)?.Value,
                queryType,
                responseType,
                GeneratedNames.OperationMethod(name),
                GeneratedNames.UriMethod(name),
                segments.ToEquatableArray(),
                parameters.ToEquatableArray(),
                rules,
                pagination,
                errors,
                body,
                status,
                null,
                jobStatus);
        }

        private List<ParameterSpec> ReadParameters(ObjectReader operation, string queryType) =>
            ReadMembers(operation, "parameters", queryType, GeneratedNames.QueryMembers, inRequestSchema: false);

        /// <summary>An operation's parameters, or a request schema's fields: query, path and body members share one
        /// shape (type, bounds, pattern, default, required).</summary>
        private List<ParameterSpec> ReadMembers(ObjectReader owner, string arrayMember, string typeName, string[] reserved, bool inRequestSchema)
        {
            var result = new List<ParameterSpec>();
            var array = inRequestSchema ? owner.Array(arrayMember, required: true) : owner.Array(arrayMember);
            var wires = new HashSet<string>();
            var members = MemberScope(typeName, reserved);
            var what = inRequestSchema ? "a request field" : "a parameter";
            for (var j = 0; array is not null && j < array.Items.Count; j++)
            {
                var obj = ObjectReader.Create(_context, array.Items[j], $"{owner.JsonPath}.{arrayMember}[{j}]", what, SpecMembers.Parameter);
                var wireNode = obj?.String("name", required: true);
                if (obj is null || wireNode is null)
                {
                    continue;
                }

                var location = _context.Locate(wireNode);
                Since11(obj, "required");
                CheckDeviation(obj);
                var where = ReadLocation(obj, inRequestSchema);
                if (where is null)
                {
                    continue;
                }

                var property = CSharpName(obj.String("csharpName"), wireNode.Value, location);
                var type = ReadType(
                    obj,
                    where switch
                    {
                        ParameterLocation.Body => KindUse.Body,
                        ParameterLocation.Path => KindUse.Path,
                        _ => KindUse.Query,
                    },
                    property is null ? null : typeName + property);
                var minimum = obj.Number("minimum");
                var maximum = obj.Number("maximum");
                if ((minimum ?? maximum) is not null && type is not null && !type.Info.IsNumeric)
                {
                    obj.Invalid(minimum is null ? "maximum" : "minimum", obj.Find(minimum is null ? "maximum" : "minimum")!.Value, "absent: bounds apply to integer, long and number parameters");
                }
                else if (minimum > maximum)
                {
                    obj.Invalid("minimum", obj.Find("minimum")!.Value, $"at most maximum ({maximum})");
                }

                var pattern = obj.String("pattern");
                if (pattern is not null)
                {
                    CheckPattern(obj, "pattern", pattern);
                }

                var requiredNode = obj.Find("required");
                var required = obj.Boolean("required") ?? false;
                if (requiredNode is not null && where != ParameterLocation.Body)
                {
                    obj.Invalid("required", requiredNode.Value, "absent: path parameters are always required, and a query parameter is optional");
                }

                var nullableNode = obj.Find("nullable");
                var sendsNull = obj.Boolean("nullable") ?? false;
                if (nullableNode is not null && where != ParameterLocation.Body)
                {
                    obj.Invalid("nullable", nullableNode.Value, "absent: only a body member can be sent as null");
                }

                Since11(obj, "nullable");
                var defaultValue = ReadDefault(obj);
                var fromClient = where != ParameterLocation.Body && !inRequestSchema && _clientParameters.ContainsKey(wireNode.Value);
                if (!wires.Add(wireNode.Value))
                {
                    _context.Report(DiagnosticDescriptors.DuplicateName, location, inRequestSchema ? "Field" : "Parameter", wireNode.Value);
                    continue;
                }

                if (type is not null && property is not null && members.Claim("Parameter", wireNode.Value, property, location))
                {
                    result.Add(new ParameterSpec(
                        wireNode.Value,
                        property,
                        where.Value,
                        type,
                        obj.String("description", allowEmpty: true)?.Value,
                        obj.String("remarks", allowEmpty: true)?.Value,
                        defaultValue,
                        minimum,
                        maximum,
                        pattern?.Value,
                        !fromClient && ((required && where == ParameterLocation.Body) || where == ParameterLocation.Path),
                        fromClient,
                        sendsNull && where == ParameterLocation.Body));
                }
            }

            return result;
        }

        /// <summary>"in": query (the default), path or body; a request schema's fields are body members.</summary>
        private ParameterLocation? ReadLocation(ObjectReader obj, bool inRequestSchema)
        {
            var inNode = obj.String("in");
            switch (inNode?.Value)
            {
                case null:
                    return inRequestSchema ? ParameterLocation.Body : ParameterLocation.Query;
                case "body" when !_isVersion10:
                    return ParameterLocation.Body;
                case "query" when !inRequestSchema:
                    return ParameterLocation.Query;
                case "path" when !inRequestSchema:
                    return ParameterLocation.Path;
                default:
                    obj.Invalid("in", inNode, inRequestSchema ? "\"body\" (or absent): a request schema holds body members" : "\"query\", \"path\" or \"body\"");
                    return null;
            }
        }

        private static string? ReadDefault(ObjectReader obj)
        {
            var node = obj.Find("default")?.Value;
            switch (node)
            {
                case null:
                    return null;
                case JsonStringNode text:
                    return text.Value;
                case JsonNumberNode number:
                    return number.Text;
                case { Kind: JsonKind.True }:
                    return "true";
                case { Kind: JsonKind.False }:
                    return "false";
                default:
                    obj.Invalid("default", node, "a string, number or boolean");
                    return null;
            }
        }

        private void CheckPattern(ObjectReader obj, string member, JsonStringNode pattern)
        {
            try
            {
                _ = new System.Text.RegularExpressions.Regex(pattern.Value);
            }
            catch (System.ArgumentException ex)
            {
                obj.Invalid(member, pattern, "a valid .NET regular expression (" + ex.Message + ")");
            }
        }

        private EquatableArray<ErrorStatusSpec> ReadErrors(ObjectReader operation)
        {
            var result = new List<ErrorStatusSpec>();
            var statuses = new HashSet<int>();
            var array = operation.Array("errors");
            for (var k = 0; array is not null && k < array.Items.Count; k++)
            {
                var obj = ObjectReader.Create(_context, array.Items[k], $"{operation.JsonPath}.errors[{k}]", "an error status", SpecMembers.Error);
                var status = obj?.Integer("status", 300, 599, required: true);
                if (obj is null || status is null)
                {
                    continue;
                }

                if (!statuses.Add(status.Value))
                {
                    _context.Report(DiagnosticDescriptors.DuplicateName, _context.Locate(obj.Find("status")!.Value), "Error status", status.Value.ToString(CultureInfo.InvariantCulture));
                    continue;
                }

                Since11(obj, "codes");
                result.Add(new ErrorStatusSpec(
                    status.Value,
                    obj.String("name", allowEmpty: true)?.Value,
                    obj.String("description", allowEmpty: true)?.Value,
                    ReadStringArray(obj, "codes")));
            }

            return result.ToEquatableArray();
        }
    }
}
