using CloudImages.Generators.Model;
using CloudImages.Generators.Spec;
using CloudImages.Generators.Tests.Infrastructure;
using Xunit;
using ApiRule = CloudImages.Generators.Shared.ApiRule;
using ApiRuleField = CloudImages.Generators.Shared.ApiRuleField;
using ApiRuleFieldShape = CloudImages.Generators.Shared.ApiRuleFieldShape;

namespace CloudImages.Generators.Tests.Incremental;

/// <summary>The model carries the runtime's own rule type, so its equality is what lets pipeline steps cache:
/// equal field by field, unequal when any one field differs.</summary>
public class RuleEqualityTests
{
    [Fact]
    public void The_same_spec_text_reads_into_equal_rules()
    {
        var first = Rules(GeneratorHarness.ImsSpec);
        var second = Rules(GeneratorHarness.ImsSpec);

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
        Assert.Equal(first.Select(r => r.GetHashCode()), second.Select(r => r.GetHashCode()));
        Assert.All(first.Zip(second), pair => Assert.NotSame(pair.First, pair.Second));
    }

    [Fact]
    public void A_changed_bound_reads_into_an_unequal_rule()
    {
        var text = GeneratorHarness.ImsSpec;
        var changed = text.Replace("\"maximum\": 1024", "\"maximum\": 1023", StringComparison.Ordinal);
        Assert.NotEqual(text, changed);

        Assert.NotEqual(Rules(text), Rules(changed));
    }

    [Fact]
    public void Rules_that_differ_in_any_one_field_are_unequal()
    {
        var rule = ApiRule.Create(f => Value(f, 0));
        Assert.Equal(rule, ApiRule.Create(f => Value(f, 0)));
        Assert.Equal(rule.GetHashCode(), ApiRule.Create(f => Value(f, 0)).GetHashCode());
        Assert.All(ApiRule.Fields, field =>
        {
            var other = ApiRule.Create(f => Value(f, f == field ? 1 : 0));
            Assert.NotEqual(rule, other);
            Assert.False(rule.Equals((object)other), field.Name);
        });
    }

    /// <summary>A value of the field's shape; a different one for each <paramref name="variant"/>.</summary>
    private static object Value(ApiRuleField field, int variant) => field.Shape switch
    {
        ApiRuleFieldShape.Texts => new[] { "a", "b" + variant },
        ApiRuleFieldShape.Number => (double)variant,
        ApiRuleFieldShape.Enum => Enum.GetValues(field.EnumType!).GetValue(variant)!,
        _ => field.Name + variant,
    };

    private static List<ApiRule> Rules(string text)
    {
        var result = SpecReader.Read(new SpecInput("ims.cloud-api.json", text, null, null, null), CancellationToken.None);
        Assert.NotNull(result.Spec);
        return result.Spec.Operations.SelectMany(o => o.Rules).ToList();
    }
}
