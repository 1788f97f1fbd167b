using CloudImages.Generators.Shared;
using Microsoft.CodeAnalysis;

namespace CloudImages.Generators.Analyzers
{
    /// <summary>An assignment of a query property: in an initializer, or through a local.</summary>
    internal readonly struct ParameterAssignment
    {
        public ParameterAssignment(QueryParameter parameter, WireValue value, IOperation operation)
        {
            Parameter = parameter;
            Value = value;
            Operation = operation;
        }

        public QueryParameter Parameter { get; }

        public WireValue Value { get; }

        /// <summary>The assignment itself, where diagnostics sit.</summary>
        public IOperation Operation { get; }
    }
}
