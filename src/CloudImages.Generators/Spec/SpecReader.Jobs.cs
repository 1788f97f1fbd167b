using System.Collections.Generic;
using System.Linq;
using CloudImages.Generators.Model;
using CloudImages.Generators.Shared;

namespace CloudImages.Generators.Spec
{
    internal sealed partial class SpecReader
    {
        /// <summary>"jobStatus": this operation reports an asynchronous job's state.</summary>
        private JobStatusSpec? ReadJobStatus(ObjectReader operation, List<ParameterSpec> parameters, string? responseType)
        {
            var obj = operation.Object("jobStatus", "a job status description", required: false, SpecMembers.JobStatus);
            if (obj is null)
            {
                return null;
            }

            var idNode = obj.String("idParameter", required: true);
            if (idNode is not null && !parameters.Any(p => p.WireName == idNode.Value && p.Location == ParameterLocation.Path))
            {
                obj.Invalid("idParameter", idNode, "a path parameter of this operation");
            }

            if (responseType is null || !_schemas.TryGetValue(responseType, out var schema))
            {
                _context.Report(Diagnostics.DiagnosticDescriptors.InvalidValue, _context.Locate(obj.Node), obj.JsonPath, "absent: a job status operation needs a response schema");
                return null;
            }

            var state = StateField(obj, schema, "stateField");
            var errorCode = StateField(obj, schema, "errorCodeField");
            var failReason = StateField(obj, schema, "failReasonField");
            var succeeded = ReadStates(obj, "succeeded");
            var failed = ReadStates(obj, "failed");
            var pending = ReadStates(obj, "pending");
            if (idNode is null || state is null || errorCode is null || failReason is null || succeeded is null || failed is null || pending is null)
            {
                return null;
            }

            var all = succeeded.Value.Concat(failed.Value).Concat(pending.Value).ToList();
            if (all.Distinct().Count() != all.Count)
            {
                _context.Report(Diagnostics.DiagnosticDescriptors.InvalidValue, _context.Locate(obj.Node), obj.JsonPath, "succeeded, failed and pending states that do not overlap");
                return null;
            }

            return new JobStatusSpec(idNode.Value, state, errorCode, failReason, succeeded.Value, failed.Value, pending.Value);
        }

        /// <summary>A top-level string (or enum) field of the status schema: the expression that reads its text.</summary>
        private static string? StateField(ObjectReader obj, SchemaSpec schema, string member)
        {
            var node = obj.String(member, required: true);
            if (node is null)
            {
                return null;
            }

            var field = schema.Fields.FirstOrDefault(f => f.WireName == node.Value && f.Header is null);
            if (field is null || field.Type.Kind is not (ApiParameterKind.String or ApiParameterKind.Enum))
            {
                obj.Invalid(member, node, $"a string or enum field of {schema.TypeName}");
                return null;
            }

            return field.Type.Kind == ApiParameterKind.Enum ? field.PropertyName + "?.Value" : field.PropertyName;
        }

        private EquatableArray<string>? ReadStates(ObjectReader obj, string member)
        {
            if (obj.Required(member) is null)
            {
                return null;
            }

            var states = ReadStringArray(obj, member);
            if (states.Count == 0)
            {
                obj.Invalid(member, obj.Find(member)!.Value, "at least one state value");
                return null;
            }

            return states;
        }

        /// <summary>"job": links an asynchronous operation to the job-status operation, once every operation is read.</summary>
        private OperationSpec LinkJob(ObjectReader operationObj, OperationSpec operation, IReadOnlyDictionary<string, OperationSpec> byName)
        {
            var obj = operationObj.Object("job", "a job link", required: false, SpecMembers.Job);
            if (obj is null)
            {
                return operation;
            }

            var statusNode = obj.String("statusOperation", required: true);
            var idNode = obj.String("idField", required: true);
            if (statusNode is null || idNode is null)
            {
                return operation;
            }

            var idField = operation.ResponseTypeName is not null && _schemas.TryGetValue(operation.ResponseTypeName, out var schema)
                ? schema.Fields.FirstOrDefault(f => f.WireName == idNode.Value && f.Header is null && f.Type.Kind == ApiParameterKind.String)
                : null;
            if (idField is null)
            {
                obj.Invalid("idField", idNode, "a string field of this operation's response schema");
                return operation;
            }

            // The status operation may be declared by another spec of the same client: the merge links it then.
            var pending = new PendingJobLink(statusNode.Value, idField.PropertyName, obj.Join("statusOperation"), _context.Locate(statusNode));
            if (!byName.TryGetValue(statusNode.Value, out var status))
            {
                return operation with { PendingJob = pending };
            }

            var (linked, problem) = JobLinks.Link(operation, pending, status);
            if (problem is not null)
            {
                obj.Invalid("statusOperation", statusNode, problem);
            }

            return linked;
        }
    }
}
