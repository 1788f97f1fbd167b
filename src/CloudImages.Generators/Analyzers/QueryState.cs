using System.Collections.Generic;
using CloudImages.Generators.Shared;

namespace CloudImages.Generators.Analyzers
{
    /// <summary>What is known about a query's parameters at one point of the code: for each, its wire value and the
    /// assignment that certainly made it, which is where a rule it breaks is reported.</summary>
    internal sealed class QueryState
    {
        private readonly Dictionary<string, (WireValue Value, ParameterAssignment? Setter)> _slots;

        private QueryState(Dictionary<string, (WireValue Value, ParameterAssignment? Setter)> slots, bool open)
        {
            _slots = slots;
            Open = open;
        }

        /// <summary>True when parameters with no known assignment may still be set.</summary>
        public bool Open { get; private set; }

        /// <summary>A fresh query: nothing set.</summary>
        public static QueryState Empty() => new(new(), open: false);

        /// <summary>A query from elsewhere: nothing known.</summary>
        public static QueryState Unknown() => new(new(), open: true);

        public WireValue Lookup(string wireName) =>
            _slots.TryGetValue(wireName, out var slot) ? slot.Value : Open ? WireValue.Unknown : WireValue.Unset;

        /// <summary>The assignment that certainly gave the parameter its value, if one did.</summary>
        public ParameterAssignment? Setter(string wireName) => _slots.TryGetValue(wireName, out var slot) ? slot.Setter : null;

        public void Apply(QueryStep step)
        {
            var assignment = step.Assignment;
            switch (step.Kind)
            {
                case QueryStepKind.Assign:
                    _slots[assignment.Parameter.WireName] = (assignment.Value, assignment);
                    break;
                case QueryStepKind.MayAssign:
                    var wireName = assignment.Parameter.WireName;
                    _slots[wireName] = (Join(Lookup(wireName), assignment.Value), Setter(wireName));
                    break;
                default:
                    _slots.Clear();
                    Open = true;
                    break;
            }
        }

        /// <summary>Two values of which either may hold: what both agree on.</summary>
        private static WireValue Join(WireValue a, WireValue b)
        {
            if (a.State != b.State)
            {
                return WireValue.Unknown;
            }

            return a.IsSet && a.Text != b.Text ? WireValue.SetToUnknown : a;
        }
    }
}
