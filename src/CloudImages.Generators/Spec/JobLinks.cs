using System.Collections.Generic;
using System.Linq;
using CloudImages.Generators.Model;

namespace CloudImages.Generators.Spec
{
    /// <summary>Links an asynchronous operation to its job-status operation: the reader does it within one spec, the
    /// merge of a client's specs across them, with the same checks.</summary>
    internal static class JobLinks
    {
        /// <summary>The linked operation, or the operation unchanged and what the status operation should have been.</summary>
        public static (OperationSpec Operation, string? Problem) Link(OperationSpec operation, PendingJobLink link, OperationSpec status)
        {
            if (status.JobStatus is not { } jobStatus || status.ResponseTypeName is null)
            {
                return (operation, "an operation with \"jobStatus\"");
            }

            // The status request's other required members come from this request (same wire name); client parameters
            // are not required, since the client fills them.
            var copied = new List<string>();
            foreach (var parameter in status.Parameters.Where(p => p.Required && p.WireName != jobStatus.IdParameter))
            {
                if (!operation.Parameters.Any(p => p.WireName == parameter.WireName))
                {
                    return (operation, $"a status operation whose required parameter {parameter.WireName} this operation also has, or a client parameter (see \"clientParameters\")");
                }

                copied.Add(parameter.PropertyName);
            }

            var job = new JobSpec(
                status.Name,
                link.IdProperty,
                status.QueryTypeName,
                status.ResponseTypeName,
                status.MethodName,
                status.Parameters.First(p => p.WireName == jobStatus.IdParameter).PropertyName,
                copied.ToEquatableArray());
            return (operation with { Job = job, PendingJob = null }, null);
        }
    }
}
