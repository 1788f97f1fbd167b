// Compiled into both CloudImages.Runtime (public) and the analyzers (internal), so that the rule
// semantics the analyzers report at compile time are the ones Validate() applies at run time.
#if CLOUDIMAGES_RUNTIME
namespace CloudImages.Runtime
#else
namespace CloudImages.Generators.Shared
#endif
{
    /// <summary>The kind of a documented rule.</summary>
#if CLOUDIMAGES_RUNTIME
    public
#else
    internal
#endif
    enum ApiRuleKind
    {
        /// <summary>When the parameter is set (to <see cref="ApiRule.When"/>, if given), every <see cref="ApiRule.With"/> parameter must be set (to <see cref="ApiRule.Value"/>, if given).</summary>
        Requires = 0,

        /// <summary>The parameter cannot be set together with any <see cref="ApiRule.With"/> parameter.</summary>
        Conflicts = 1,

        /// <summary>Like <see cref="Requires"/>, as advice.</summary>
        Recommends = 2,

        /// <summary>The numeric value lies within <see cref="ApiRule.Minimum"/>..<see cref="ApiRule.Maximum"/>.</summary>
        Range = 3,

        /// <summary>The value matches <see cref="ApiRule.Format"/> or <see cref="ApiRule.Pattern"/>.</summary>
        Format = 4,

        /// <summary>Exactly one of the group <see cref="ApiRule.Parameter"/> and <see cref="ApiRule.With"/> is set: not
        /// none, and not two.</summary>
        ExactlyOne = 5,
    }

    /// <summary>How much a rule violation matters.</summary>
#if CLOUDIMAGES_RUNTIME
    public
#else
    internal
#endif
    enum RuleSeverity
    {
        /// <summary>Advice only.</summary>
        Info = 0,

        /// <summary>Probably a mistake; the request is still sent.</summary>
        Warning = 1,

        /// <summary>The service rejects the request, so the client does not send it.</summary>
        Error = 2,
    }
}
