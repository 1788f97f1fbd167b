using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CloudImages.Generators.Diagnostics;
using CloudImages.Generators.Model;

namespace CloudImages.Generators.Spec
{
    internal sealed partial class SpecReader
    {
        private static readonly string[] Methods = { "GET", "HEAD", "DELETE", "OPTIONS" };

        private EquatableArray<OperationSpec> ReadOperations(ObjectReader root)
        {
            var result = new List<OperationSpec>();
            var array = root.Array("operations", required: true);
            if (array is not null && array.Items.Count == 0)
            {
                root.Invalid("operations", array, "an array with at least one operation");
            }

            var names = new HashSet<string>();
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

                var queryType = GeneratedNames.QueryType(name);
                DeclareType("Operation", name, queryType, nameLocation);
                var operation = ReadOperation(obj, name, queryType);
                if (operation is not null)
                {
                    clientMembers.Claim("Operation", name, operation.MethodName, nameLocation);
                    clientMembers.Claim("Operation", name, operation.UriMethodName, nameLocation);
                    if (operation.Pagination is { } pagination)
                    {
                        clientMembers.Claim("Operation", name, pagination.ListAllMethodName, nameLocation);
                    }

                    result.Add(operation);
                }
            }

            return result.ToEquatableArray();
        }

        private OperationSpec? ReadOperation(ObjectReader obj, string name, string queryType)
        {
            var methodNode = obj.String("method", required: true);
            var method = methodNode?.Value.ToUpperInvariant();
            if (methodNode is not null && System.Array.IndexOf(Methods, method) < 0)
            {
                obj.Invalid("method", methodNode, "a method without a request body: GET, HEAD, DELETE or OPTIONS");
            }

            var pathNode = obj.String("path", required: true);
            var parameters = ReadParameters(obj, queryType);
            var segments = pathNode is null ? null : ReadPath(pathNode, name, parameters);
            var response = obj.Object("response", "the response", required: true, SpecMembers.Response);
            response?.Integer("status", 200, 299);
            var responseType = response is null ? null : ResolveName(response, "schema", "Schema", _schemaNames);
            var errors = ReadErrors(obj);
            var rules = ReadRules(obj, name, parameters);
            var pagination = responseType is null ? null : ReadPagination(obj, name, parameters, responseType);

            if (methodNode is null || pathNode is null || segments is null || responseType is null)
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
                errors);
        }

        private List<ParameterSpec> ReadParameters(ObjectReader operation, string queryType)
        {
            var result = new List<ParameterSpec>();
            var array = operation.Array("parameters");
            var wires = new HashSet<string>();
            var members = MemberScope(queryType, GeneratedNames.QueryMembers);
            for (var j = 0; array is not null && j < array.Items.Count; j++)
            {
                var obj = ObjectReader.Create(_context, array.Items[j], $"{operation.JsonPath}.parameters[{j}]", "a parameter", SpecMembers.Parameter);
                var wireNode = obj?.String("name", required: true);
                if (obj is null || wireNode is null)
                {
                    continue;
                }

                var location = _context.Locate(wireNode);
                var type = ReadType(obj, isParameter: true);
                var inNode = obj.String("in");
                var where = ParameterLocation.Query;
                if (inNode is not null && inNode.Value != "query")
                {
                    if (inNode.Value == "path")
                    {
                        where = ParameterLocation.Path;
                    }
                    else
                    {
                        obj.Invalid("in", inNode, "\"query\" or \"path\"");
                    }
                }

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

                var defaultValue = ReadDefault(obj);
                if (!wires.Add(wireNode.Value))
                {
                    _context.Report(DiagnosticDescriptors.DuplicateName, location, "Parameter", wireNode.Value);
                    continue;
                }

                var property = CSharpName(obj.String("csharpName"), wireNode.Value, location);
                if (type is not null && property is not null && members.Claim("Parameter", wireNode.Value, property, location))
                {
                    result.Add(new ParameterSpec(
                        wireNode.Value,
                        property,
                        where,
                        type,
                        obj.String("description", allowEmpty: true)?.Value,
                        obj.String("remarks", allowEmpty: true)?.Value,
                        defaultValue,
                        minimum,
                        maximum,
                        pattern?.Value));
                }
            }

            return result;
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

                result.Add(new ErrorStatusSpec(status.Value, obj.String("name", allowEmpty: true)?.Value, obj.String("description", allowEmpty: true)?.Value));
            }

            return result.ToEquatableArray();
        }
    }
}
