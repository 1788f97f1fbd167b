using System.Linq;
using CloudImages.Generators.Shared;
using Microsoft.CodeAnalysis;

namespace CloudImages.Generators.Analyzers
{
    /// <summary>Reads an ApiRule attribute back into the rule it was generated from, the same type that
    /// the runtime's Validate() evaluates.</summary>
    internal static class RuleAttribute
    {
        public static ApiRule? Read(AttributeData attribute)
        {
            var arguments = attribute.ConstructorArguments;
            if (arguments.Length != 5
                || arguments[0].Value is not string id
                || arguments[1].Value is not int kind
                || arguments[2].Value is not int severity
                || arguments[3].Value is not string parameter
                || arguments[4].Value is not string message)
            {
                return null;
            }

            var rule = new ApiRule(id, (ApiRuleKind)kind, (RuleSeverity)severity, parameter, message);
            foreach (var named in attribute.NamedArguments)
            {
                var value = named.Value;
                switch (named.Key)
                {
                    case nameof(ApiRule.With) when !value.IsNull && value.Kind == TypedConstantKind.Array:
                        rule.With = value.Values.Select(v => v.Value as string).OfType<string>().ToArray();
                        break;
                    case nameof(ApiRule.When):
                        rule.When = value.Value as string;
                        break;
                    case nameof(ApiRule.Value):
                        rule.Value = value.Value as string;
                        break;
                    case nameof(ApiRule.Minimum):
                        rule.Minimum = Bound(value);
                        break;
                    case nameof(ApiRule.Maximum):
                        rule.Maximum = Bound(value);
                        break;
                    case nameof(ApiRule.Format):
                        rule.Format = value.Value as string;
                        break;
                    case nameof(ApiRule.Pattern):
                        rule.Pattern = value.Value as string;
                        break;
                }
            }

            return rule;
        }

        /// <summary>The attribute writes NaN for "no bound", since an attribute argument cannot be a nullable double.</summary>
        private static double? Bound(TypedConstant value) => value.Value is double d && !double.IsNaN(d) ? d : null;
    }
}
