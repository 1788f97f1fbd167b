using System.Collections.Generic;
using System.Linq;
using CloudImages.Generators.Diagnostics;
using CloudImages.Generators.Model;

namespace CloudImages.Generators.Spec
{
    internal sealed partial class SpecReader
    {
        /// <summary>"constraints": each constraint sentence of the documentation, with the rules that check it or the
        /// reason the client cannot check it before sending. It generates nothing: it is the spec's account of the
        /// page, checked here so that it names only rules that exist.</summary>
        private void ReadConstraints(ObjectReader operation, OperationSpec model)
        {
            Since11(operation, "constraints");
            var array = operation.Array("constraints");
            var ruleIds = new HashSet<string>(model.Rules.Select(r => r.Id).Concat(_requestSchemas.SelectMany(s => s.Rules).Select(r => r.Id)));
            var texts = new HashSet<string>();
            for (var i = 0; array is not null && i < array.Items.Count; i++)
            {
                var obj = ObjectReader.Create(_context, array.Items[i], $"{operation.JsonPath}.constraints[{i}]", "a constraint", SpecMembers.Constraint);
                var text = obj?.String("text", required: true);
                if (obj is null || text is null)
                {
                    continue;
                }

                // The same sentence may be stated of several members: "where" tells them apart.
                if (!texts.Add(obj.String("where")?.Value + "\n" + text.Value))
                {
                    _context.Report(DiagnosticDescriptors.DuplicateName, _context.Locate(text), "Constraint", text.Value);
                }

                var rules = ReadStringArray(obj, "rules");
                foreach (var node in (obj.Array("rules")?.Items ?? new List<JsonNode>()).OfType<JsonStringNode>())
                {
                    if (node.Value.Length > 0 && !ruleIds.Contains(node.Value))
                    {
                        _context.Report(
                            DiagnosticDescriptors.UnknownReference, _context.Locate(node), "Rule", node.Value, $" in operation '{model.Name}' or a request schema");
                    }
                }

                if (obj.String("unchecked") is null && rules.Count == 0)
                {
                    obj.Invalid("text", text, "accounted for: give \"rules\" that check it, or say in \"unchecked\" why it cannot be checked");
                }
            }
        }
    }
}
