using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CloudImages.Generators.Analyzers
{
    /// <summary>One query value built in a method body: a <c>new</c> or a <c>with</c>, with the assignments of its
    /// initializer and what is done later through the locals that hold it, in the order of the code. The last certain
    /// assignment of a parameter gives its value; see <see cref="QueryInstances"/> for what counts as certain.</summary>
    internal sealed class QueryInstance
    {
        // A with-chain is as long as the code that wrote it; this only guards against a cycle.
        private const int MaxDepth = 32;

        private readonly List<QueryStep> _steps = new();
        private QueryState? _final;

        public QueryInstance(IOperation origin, QueryTypeInfo model)
        {
            Origin = origin;
            Model = model;
            (Block, Statement) = Enclosing(origin);
        }

        /// <summary>The object creation or with expression.</summary>
        public IOperation Origin { get; }

        public QueryTypeInfo Model { get; }

        /// <summary>The block whose statements run in order after the one that builds the query, if there is one.</summary>
        public IBlockOperation? Block { get; }

        /// <summary>The statement that builds the query.</summary>
        public IOperation Statement { get; }

        /// <summary>For a with expression, the instance it copies, when known.</summary>
        public QueryInstance? Base { get; set; }

        /// <summary>True when the body may change the query in ways that cannot be followed: it is stored in a local
        /// that is written more than once, or a lambda or local function uses it and may change it at any time.</summary>
        public bool Untracked { get; set; }

        /// <summary>The parameters after everything the body does to the query.</summary>
        public QueryState Final => _final ??= StateBefore(int.MaxValue, 0);

        public void Add(QueryStep step) => _steps.Add(step);

        /// <summary>True when the assignment is this instance's own, not one of the query it copies.</summary>
        public bool Owns(ParameterAssignment assignment)
        {
            foreach (var step in _steps)
            {
                if (step.Kind != QueryStepKind.Escape && step.Assignment.Operation == assignment.Operation)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Puts the steps in the order of the code, once all are added.</summary>
        public void Seal() => _steps.Sort((a, b) => a.Position.CompareTo(b.Position));

        /// <summary>The parameters just before a position: a with expression copies the state of its operand there.</summary>
        private QueryState StateBefore(int position, int depth)
        {
            if (Untracked)
            {
                return QueryState.Unknown();
            }

            // A with expression over a value from elsewhere starts from nothing known.
            var state = Origin is not IWithOperation with ? QueryState.Empty()
                : Base is not null && depth < MaxDepth ? Base.StateBefore(with.Initializer.Syntax.SpanStart, depth + 1)
                : QueryState.Unknown();

            foreach (var step in _steps)
            {
                if (step.Position >= position)
                {
                    break;
                }

                state.Apply(step);
            }

            return state;
        }

        private static (IBlockOperation? Block, IOperation Statement) Enclosing(IOperation origin)
        {
            var statement = origin;
            while (statement.Parent is { } parent and not IBlockOperation)
            {
                statement = parent;
            }

            return (statement.Parent as IBlockOperation, statement);
        }
    }
}
