using System.Collections.Generic;
using System.Collections.Immutable;
using CloudImages.Generators.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CloudImages.Generators.Analyzers
{
    /// <summary>Finds the query instances of one method body (or other operation block) and what is done to them, in
    /// the order of the code. The operation actions only note the constructions; the body is walked once more, and
    /// only when it has one.</summary>
    /// <remarks>Where the order of the code is not the order of execution, nothing is assumed: an assignment counts
    /// as certain only as a statement of its own in the block that builds the query (not in a branch, loop or nested
    /// block, not inside an expression, and not in a body with a goto); any other one may or may not run. A use that
    /// is not an assignment, a read of a property, a copy by <c>with</c> or a store into another local (a call that
    /// takes the query, a return) may change anything, unless it is the query's last use; and a query used inside a
    /// lambda or local function may change at any time.</remarks>
    internal sealed class QueryInstances
    {
        private readonly ApiSymbols _symbols;
        private readonly object _gate = new();
        private Dictionary<IOperation, QueryInstance>? _instances;
        private bool _hasGoto;

        public QueryInstances(ApiSymbols symbols) => _symbols = symbols;

        /// <summary>Notes an object creation or with expression, if it builds a generated query.</summary>
        public void Note(IOperation origin)
        {
            if (_symbols.Query(origin.Type) is not { } model)
            {
                return;
            }

            var instance = new QueryInstance(origin, model);
            var initializer = origin switch
            {
                IObjectCreationOperation creation => creation.Initializer,
                IWithOperation with => with.Initializer,
                _ => null,
            };
            if (initializer is not null)
            {
                foreach (var item in initializer.Initializers)
                {
                    if (item is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                        && Assignment(target, assignment, initializer.Syntax.SpanStart) is { } found)
                    {
                        instance.Add(QueryStep.Assign(found, certain: true));
                    }
                }
            }

            lock (_gate)
            {
                (_instances ??= new Dictionary<IOperation, QueryInstance>())[origin] = instance;
            }
        }

        /// <summary>Every instance noted, with what is done through locals added, and with-expressions linked to what they copy.</summary>
        public IReadOnlyCollection<QueryInstance> Complete(ImmutableArray<IOperation> blocks)
        {
            if (_instances is null)
            {
                return System.Array.Empty<QueryInstance>();
            }

            var locals = new Dictionary<ILocalSymbol, LocalUse>(SymbolEqualityComparer.Default);
            foreach (var block in blocks)
            {
                foreach (var operation in block.DescendantsAndSelf())
                {
                    Visit(operation, locals);
                }
            }

            Attach(locals);
            foreach (var instance in _instances.Values)
            {
                if (instance.Origin is IWithOperation with)
                {
                    instance.Base = Resolve(with.Operand, locals, 0);
                }

                instance.Seal();
            }

            return _instances.Values;
        }

        private void Visit(IOperation operation, Dictionary<ILocalSymbol, LocalUse> locals)
        {
            switch (operation)
            {
                case IBranchOperation { BranchKind: BranchKind.GoTo }:
                    _hasGoto = true;
                    break;

                case IVariableDeclaratorOperation declarator when IsQuery(declarator.Symbol.Type):
                    var declared = Use(locals, declarator.Symbol);
                    declared.Functions.Add(FunctionOf(declarator));
                    if (declarator.GetVariableInitializer() is { } initializer)
                    {
                        declared.Writes.Add(initializer.Value);
                    }

                    break;

                case ILocalReferenceOperation reference when IsQuery(reference.Local.Type):
                    VisitReference(reference, Use(locals, reference.Local));
                    break;
            }
        }

        private void VisitReference(ILocalReferenceOperation reference, LocalUse use)
        {
            use.Functions.Add(FunctionOf(reference));
            use.LastUse = System.Math.Max(use.LastUse, reference.Syntax.SpanStart);
            switch (reference.Parent)
            {
                case ISimpleAssignmentOperation assignment when assignment.Target == reference:
                    use.Writes.Add(assignment.Value);
                    break;

                case IPropertyReferenceOperation property when property.Instance == reference:
                    if (IsWriteOf(property) && Assignment(property, property.Parent!, property.Parent!.Syntax.SpanStart) is { } found)
                    {
                        use.Assignments.Add(found);
                    }

                    break;

                // Copies: the with expression reads the query, another local that is followed holds the same one.
                case IWithOperation with when with.Operand == reference:
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } when IsQuery(declarator.Symbol.Type):
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } when IsQuery(target.Local.Type):
                    break;

                // A write we cannot follow: by ref, out, compound, deconstruction.
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out }:
                case ICompoundAssignmentOperation:
                case ICoalesceAssignmentOperation:
                case ITupleOperation:
                case IDeclarationExpressionOperation:
                    use.Writes.Add(null);
                    break;

                default:
                    if (reference.IsDeclaration)
                    {
                        use.Writes.Add(null);
                    }
                    else
                    {
                        use.Escapes.Add(reference.Syntax.SpanStart);
                    }

                    break;
            }
        }

        /// <summary>A local written once, with a query built in this body (or with another such local), carries
        /// that query, and what is done through it is done to that query. A query stored in a local written more than
        /// once is not followed: what is done through that local cannot be told apart.</summary>
        private void Attach(Dictionary<ILocalSymbol, LocalUse> locals)
        {
            var lastUse = new Dictionary<QueryInstance, int>();
            foreach (var use in locals.Values)
            {
                if (Carried(use, locals, 0) is { } instance)
                {
                    lastUse[instance] = lastUse.TryGetValue(instance, out var last) ? System.Math.Max(last, use.LastUse) : use.LastUse;
                    instance.Untracked |= use.Functions.Count > 1;
                    foreach (var assignment in use.Assignments)
                    {
                        instance.Add(QueryStep.Assign(assignment, IsCertain(instance, assignment)));
                    }

                    continue;
                }

                foreach (var write in use.Writes)
                {
                    if (Resolve(write, locals, 0) is { } stored)
                    {
                        stored.Untracked = true;
                    }
                }
            }

            // The last use sees the query as it is; an earlier one may change it for the uses after it.
            foreach (var use in locals.Values)
            {
                if (Carried(use, locals, 0) is { } instance)
                {
                    foreach (var escape in use.Escapes)
                    {
                        if (escape < lastUse[instance])
                        {
                            instance.Add(QueryStep.Escape(escape));
                        }
                    }
                }
            }
        }

        /// <summary>True when the assignment runs, in the order of the code, whenever the code after it does.</summary>
        private bool IsCertain(QueryInstance instance, ParameterAssignment assignment) =>
            !_hasGoto
            && assignment.Operation is ISimpleAssignmentOperation { Parent: IExpressionStatementOperation statement }
            && statement.Parent == instance.Block
            && statement.Syntax.SpanStart > instance.Statement.Syntax.SpanStart;

        private QueryInstance? Carried(LocalUse use, Dictionary<ILocalSymbol, LocalUse> locals, int depth) =>
            use.Writes.Count == 1 ? Resolve(use.Writes[0], locals, depth) : null;

        /// <summary>The query a value is: one built in this body, directly or through locals that carry it.</summary>
        private QueryInstance? Resolve(IOperation? value, Dictionary<ILocalSymbol, LocalUse> locals, int depth)
        {
            if (value is null || depth > locals.Count)
            {
                return null;
            }

            value = Unwrap(value);
            if (_instances!.TryGetValue(value, out var instance))
            {
                return instance;
            }

            return value is ILocalReferenceOperation reference && locals.TryGetValue(reference.Local, out var use) ? Carried(use, locals, depth + 1) : null;
        }

        /// <summary>An assignment of a query property; compound ones and increments leave its value unknown.</summary>
        private ParameterAssignment? Assignment(IPropertyReferenceOperation target, IOperation assignment, int statement)
        {
            if (_symbols.Parameter(target.Property) is not { } parameter)
            {
                return null;
            }

            var value = assignment is ISimpleAssignmentOperation simple && simple.Target == target
                ? WireValues.Of(simple.Value, parameter, _symbols)
                : WireValue.Unknown;
            return new ParameterAssignment(parameter, value, assignment, statement);
        }

        private static bool IsWriteOf(IPropertyReferenceOperation property) => property.Parent switch
        {
            IAssignmentOperation assignment => assignment.Target == property,
            IIncrementOrDecrementOperation increment => increment.Target == property,
            _ => false,
        };

        private bool IsQuery(ITypeSymbol type) => _symbols.Query(type) is not null;

        /// <summary>The lambda or local function the operation is in, or null for the body itself.</summary>
        private static IOperation? FunctionOf(IOperation operation)
        {
            for (var current = operation.Parent; current is not null; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return current;
                }
            }

            return null;
        }

        private static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation;
        }

        private static LocalUse Use(Dictionary<ILocalSymbol, LocalUse> locals, ILocalSymbol local)
        {
            if (!locals.TryGetValue(local, out var use))
            {
                locals[local] = use = new LocalUse();
            }

            return use;
        }

        /// <summary>How one query-typed local is used in the body.</summary>
        private sealed class LocalUse
        {
            /// <summary>The values stored in it; null for a write that cannot be followed.</summary>
            public List<IOperation?> Writes { get; } = new();

            public List<ParameterAssignment> Assignments { get; } = new();

            /// <summary>Where it is handed to code that may change the query.</summary>
            public List<int> Escapes { get; } = new();

            public int LastUse { get; set; } = -1;

            /// <summary>The lambdas and local functions (null for the body) it is declared and used in: more than one, and it is captured.</summary>
            public HashSet<IOperation?> Functions { get; } = new();
        }
    }
}
