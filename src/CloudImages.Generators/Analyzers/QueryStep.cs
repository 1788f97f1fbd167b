namespace CloudImages.Generators.Analyzers
{
    /// <summary>One thing that happens to a query after it is built, in the order of the code.</summary>
    internal readonly struct QueryStep
    {
        private QueryStep(QueryStepKind kind, int position, ParameterAssignment assignment)
        {
            Kind = kind;
            Position = position;
            Assignment = assignment;
        }

        public QueryStepKind Kind { get; }

        public int Position { get; }

        /// <summary>The assignment, unless the step is an escape.</summary>
        public ParameterAssignment Assignment { get; }

        public static QueryStep Assign(ParameterAssignment assignment, bool certain) =>
            new(certain ? QueryStepKind.Assign : QueryStepKind.MayAssign, assignment.Operation.Syntax.SpanStart, assignment);

        public static QueryStep Escape(int position) => new(QueryStepKind.Escape, position, default);
    }

    internal enum QueryStepKind
    {
        /// <summary>An assignment that runs whenever the code after it runs: it replaces the value.</summary>
        Assign,

        /// <summary>An assignment that may or may not run (in a branch or loop, inside an expression): the value is
        /// what it and the value before agree on.</summary>
        MayAssign,

        /// <summary>The query is handed to code that may change any of its values.</summary>
        Escape,
    }
}
