using System;
using System.Collections.Generic;
using System.Linq;
using CloudImages.Generators.Shared;
using Microsoft.CodeAnalysis;

namespace CloudImages.Generators.Analyzers
{
    /// <summary>Reads an ApiRule attribute back into the rule it was generated from, the same type that
    /// the runtime's Validate() evaluates, field by field from <see cref="ApiRule.Fields"/>.</summary>
    internal static class RuleAttribute
    {
        private static readonly ApiRuleField[] Positional = ApiRule.Fields.Where(f => f.Required).ToArray();

        public static ApiRule? Read(AttributeData attribute)
        {
            var arguments = attribute.ConstructorArguments;
            if (arguments.Length != Positional.Length)
            {
                return null;
            }

            var values = new Dictionary<ApiRuleField, object>();
            for (var i = 0; i < Positional.Length; i++)
            {
                if (Value(Positional[i], arguments[i]) is not { } value)
                {
                    return null;
                }

                values.Add(Positional[i], value);
            }

            foreach (var named in attribute.NamedArguments)
            {
                if (Array.Find(ApiRule.Fields, f => !f.Required && f.Name == named.Key) is { } field && Value(field, named.Value) is { } value)
                {
                    values[field] = value;
                }
            }

            return ApiRule.Create(f => values.TryGetValue(f, out var value) ? value : null);
        }

        private static object? Value(ApiRuleField field, TypedConstant constant)
        {
            if (constant.IsNull || (constant.Kind == TypedConstantKind.Array) != (field.Shape == ApiRuleFieldShape.Texts))
            {
                return null;
            }

            return field.Shape switch
            {
                ApiRuleFieldShape.Texts => constant.Values.Select(v => v.Value as string).OfType<string>().ToArray(),
                ApiRuleFieldShape.Number => constant.Value is double d ? ApiRuleField.NumberFromAttribute(d) : null,
                ApiRuleFieldShape.Enum => constant.Value is int i ? Enum.ToObject(field.EnumType!, i) : null,
                _ => constant.Value as string,
            };
        }
    }
}
