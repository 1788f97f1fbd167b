using CloudImages.Generators.Shared;
using Microsoft.CodeAnalysis;

namespace CloudImages.Generators.Analyzers
{
    /// <summary>An assignment of a query property: in an initializer, or through a local.</summary>
    internal readonly struct ParameterAssignment
    {
        public ParameterAssignment(QueryParameter parameter, WireValue value, IOperation operation, int statement)
        {
            Parameter = parameter;
            Value = value;
            Operation = operation;
            Statement = statement;
        }

        public QueryParameter Parameter { get; }

        public WireValue Value { get; }

        /// <summary>The assignment itself, where diagnostics sit.</summary>
        public IOperation Operation { get; }

        /// <summary>Where the statement that makes the assignment starts: the same for every assignment of one
        /// initializer, so that statement order can be told from order within one statement.</summary>
        public int Statement { get; }
    }
}
