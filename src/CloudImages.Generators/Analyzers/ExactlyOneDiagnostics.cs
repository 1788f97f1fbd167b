using System.Collections.Generic;
using CloudImages.Generators.Diagnostics;
using CloudImages.Generators.Shared;
using Microsoft.CodeAnalysis;

namespace CloudImages.Generators.Analyzers
{
    /// <summary>Where an exactlyOne violation of a query instance is reported, and what its code fixes need: none set
    /// sits on the object creation or with expression and offers to set each member of the group; a member set too
    /// many sits on its assignment and offers to remove it.</summary>
    internal static class ExactlyOneDiagnostics
    {
        /// <summary>On the construction; a with expression only when it unset the group itself, since a query it
        /// copies with none set is reported where that query is built.</summary>
        public static Diagnostic? NoneSet(ApiSymbols symbols, QueryInstance instance, QueryState state, ApiRule rule)
        {
            var group = RuleLogic.Group(rule);
            if (instance.Origin.Kind == OperationKind.With && !OwnsAnySetter(instance, state, group))
            {
                return null;
            }

            var model = instance.Origin.SemanticModel!;
            var position = instance.Origin.Syntax.SpanStart;
            var properties = new List<(string, string?)> { (FixProperties.Parameter, rule.Parameter) };
            var index = 0;
            foreach (var member in group)
            {
                if (instance.Model.ByWireName.TryGetValue(member, out var parameter)
                    && ValueExpressions.Placeholder(parameter, symbols, model, position) is { } value)
                {
                    properties.Add((FixProperties.Choice(FixProperties.Property, index), parameter.Property.Name));
                    properties.Add((FixProperties.Choice(FixProperties.Value, index), value));
                    index++;
                }
            }

            return RuleDiagnostics.Create(rule, null, null, instance.Origin.Syntax.GetLocation(), null, RuleDiagnostics.Properties(properties.ToArray()));
        }

        /// <summary>On the assignment of the member that is one too many, which the fix removes; when that assignment
        /// is copied from another query, on this instance's latest assignment of a member that is set.</summary>
        public static Diagnostic? OneTooMany(QueryInstance instance, QueryState state, ApiRule rule, string other)
        {
            ParameterAssignment? anchor = state.Setter(other) is { } extra && instance.Owns(extra) ? extra : null;
            var removed = other;
            if (anchor is null)
            {
                foreach (var member in RuleLogic.Group(rule))
                {
                    if (state.Lookup(member).IsSet && state.Setter(member) is { } setter && instance.Owns(setter)
                        && (anchor is not { } latest || setter.Operation.Syntax.SpanStart > latest.Operation.Syntax.SpanStart))
                    {
                        anchor = setter;
                        removed = member;
                    }
                }
            }

            if (anchor is not { } at)
            {
                return null;
            }

            var location = at.Operation.Syntax.GetLocation();
            var properties = RuleDiagnostics.Properties((FixProperties.Parameter, rule.Parameter), (FixProperties.Other, other), (FixProperties.Remove, removed));
            return RuleDiagnostics.Create(rule, other, null, location, new[] { location }, properties);
        }

        private static bool OwnsAnySetter(QueryInstance instance, QueryState state, IEnumerable<string> group)
        {
            foreach (var member in group)
            {
                if (state.Setter(member) is { } setter && instance.Owns(setter))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
