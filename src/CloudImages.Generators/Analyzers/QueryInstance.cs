using System.Collections.Generic;
using CloudImages.Generators.Shared;
using Microsoft.CodeAnalysis;

namespace CloudImages.Generators.Analyzers
{
    /// <summary>One query value built in a method body: a <c>new</c> or a <c>with</c>, with the assignments of its
    /// initializer and those made later through the local that holds it. The view is flow-insensitive: an assignment
    /// anywhere in the body counts, so a value set after the construction satisfies a rule.</summary>
    internal sealed class QueryInstance
    {
        // A with-chain is as long as the code that wrote it; this only guards against a cycle.
        private const int MaxDepth = 32;

        public QueryInstance(IOperation origin, QueryModel model)
        {
            Origin = origin;
            Model = model;
        }

        /// <summary>The object creation or with expression.</summary>
        public IOperation Origin { get; }

        public QueryModel Model { get; }

        public List<ParameterAssignment> Assignments { get; } = new();

        /// <summary>For a with expression, the instance it copies, when known.</summary>
        public QueryInstance? Base { get; set; }

        /// <summary>True when parameters this body does not assign may still be set: a with expression over a value
        /// from elsewhere, or a value stored where later assignments cannot be followed. Rules that need a parameter
        /// to be absent are then not reported.</summary>
        public bool Open { get; set; }

        /// <summary>What is known about a parameter's wire value: its assignments agree, or it is unknown.</summary>
        public WireValue Lookup(string wireName) => Lookup(wireName, 0);

        /// <summary>The first assignment in this instance that sets the parameter.</summary>
        public ParameterAssignment? FirstSetting(string wireName)
        {
            foreach (var assignment in Assignments)
            {
                if (assignment.Parameter.WireName == wireName && assignment.Value.IsSet)
                {
                    return assignment;
                }
            }

            return null;
        }

        /// <summary>The last assignment of the parameter in this instance, or, with <paramref name="inherited"/>,
        /// in the instance it copies.</summary>
        public ParameterAssignment? Last(string wireName, bool inherited)
        {
            for (var instance = this; instance is not null; instance = inherited ? instance.Base : null)
            {
                for (var i = instance.Assignments.Count - 1; i >= 0; i--)
                {
                    if (instance.Assignments[i].Parameter.WireName == wireName)
                    {
                        return instance.Assignments[i];
                    }
                }
            }

            return null;
        }

        private WireValue Lookup(string wireName, int depth)
        {
            WireValue? combined = null;
            foreach (var assignment in Assignments)
            {
                if (assignment.Parameter.WireName == wireName)
                {
                    combined = combined is { } seen ? Combine(seen, assignment.Value) : assignment.Value;
                }
            }

            if (combined is { } value)
            {
                return value;
            }

            if (Base is not null && depth < MaxDepth)
            {
                return Base.Lookup(wireName, depth + 1);
            }

            return Open || Base is not null ? WireValue.Unknown : WireValue.Unset;
        }

        /// <summary>Two assignments of one parameter, order unknown: what both agree on.</summary>
        private static WireValue Combine(WireValue a, WireValue b)
        {
            if (a.State != b.State)
            {
                return WireValue.Unknown;
            }

            return a.IsSet && a.Text != b.Text ? WireValue.SetToUnknown : a;
        }
    }
}
