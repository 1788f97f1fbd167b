using Xunit;
using ApiRule = CloudImages.Generators.Shared.ApiRule;
using ApiRuleField = CloudImages.Generators.Shared.ApiRuleField;
using ApiRuleFieldShape = CloudImages.Generators.Shared.ApiRuleFieldShape;

namespace CloudImages.Generators.Tests.Incremental
{
    /// <summary>The model carries the runtime's own rule type, whose equality (over <see cref="ApiRule.Fields"/>) lets
    /// pipeline steps cache: equal field by field, unequal when any one field differs.</summary>
    public class RuleEqualityTests
    {
        [Fact]
        public void Rules_with_equal_fields_are_equal_and_rules_that_differ_in_any_one_field_are_not()
        {
            var rule = ApiRule.Create(f => Value(f, 0));
            var same = ApiRule.Create(f => Value(f, 0));
            Assert.NotSame(rule, same);
            Assert.Equal(rule, same);
            Assert.Equal(rule.GetHashCode(), same.GetHashCode());
            Assert.All(ApiRule.Fields, field =>
            {
                var other = ApiRule.Create(f => Value(f, f == field ? 1 : 0));
                Assert.NotEqual(rule, other);
                Assert.False(rule.Equals((object)other), field.Name);
            });
        }

        /// <summary>A value of the field's shape; a different one for each <paramref name="variant"/>, in new
        /// instances, so that equality cannot rest on references.</summary>
        private static object Value(ApiRuleField field, int variant) => field.Shape switch
        {
            ApiRuleFieldShape.Texts => new[] { "a", "b" + variant },
            ApiRuleFieldShape.Number => (double)variant,
            ApiRuleFieldShape.Enum => Enum.GetValues(field.EnumType!).GetValue(variant)!,
            _ => field.Name + variant,
        };
    }
}
