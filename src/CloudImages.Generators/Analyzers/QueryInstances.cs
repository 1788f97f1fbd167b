using System.Collections.Generic;
using System.Collections.Immutable;
using CloudImages.Generators.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CloudImages.Generators.Analyzers
{
    /// <summary>Finds the query instances of one method body (or other operation block) and what is assigned to them.
    /// The operation actions only note the constructions; the body is walked once more, and only when it has one.</summary>
    internal sealed class QueryInstances
    {
        private readonly ApiSymbols _symbols;
        private readonly object _gate = new();
        private Dictionary<IOperation, QueryInstance>? _instances;

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
            foreach (var item in initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
            {
                if (item is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment && Assignment(target, assignment) is { } found)
                {
                    instance.Assignments.Add(found);
                }
            }

            lock (_gate)
            {
                (_instances ??= new Dictionary<IOperation, QueryInstance>())[origin] = instance;
            }
        }

        /// <summary>Every instance noted, with the assignments made through locals added, and with-expressions linked to what they copy.</summary>
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
                    instance.Open |= instance.Base is null;
                }

                instance.Assignments.Sort((a, b) => a.Operation.Syntax.SpanStart.CompareTo(b.Operation.Syntax.SpanStart));
            }

            return _instances.Values;
        }

        private void Visit(IOperation operation, Dictionary<ILocalSymbol, LocalUse> locals)
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when IsQuery(declarator.Symbol.Type):
                    if (declarator.GetVariableInitializer() is { } initializer)
                    {
                        Use(locals, declarator.Symbol).Writes.Add(initializer.Value);
                    }

                    break;

                case ILocalReferenceOperation reference when IsQuery(reference.Local.Type):
                    VisitReference(reference, Use(locals, reference.Local));
                    break;
            }
        }

        private void VisitReference(ILocalReferenceOperation reference, LocalUse use)
        {
            switch (reference.Parent)
            {
                case ISimpleAssignmentOperation assignment when assignment.Target == reference:
                    use.Writes.Add(assignment.Value);
                    break;

                case IPropertyReferenceOperation property when property.Instance == reference:
                    if (IsWriteOf(property) && Assignment(property, property.Parent!) is { } found)
                    {
                        use.Assignments.Add(found);
                    }

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

                    break;
            }
        }

        /// <summary>A local written once, with a query built in this body (or with another such local), carries
        /// that query, and its property assignments belong to it. A query stored in a local written more than once
        /// is left open: what is assigned through that local cannot be told apart.</summary>
        private void Attach(Dictionary<ILocalSymbol, LocalUse> locals)
        {
            foreach (var use in locals.Values)
            {
                if (Carried(use, locals, 0) is { } instance)
                {
                    instance.Assignments.AddRange(use.Assignments);
                    continue;
                }

                foreach (var write in use.Writes)
                {
                    if (Resolve(write, locals, 0) is { } stored)
                    {
                        stored.Open = true;
                    }
                }
            }
        }

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
        private ParameterAssignment? Assignment(IPropertyReferenceOperation target, IOperation assignment)
        {
            if (_symbols.Parameter(target.Property) is not { } parameter)
            {
                return null;
            }

            var value = assignment is ISimpleAssignmentOperation simple && simple.Target == target
                ? WireValues.Of(simple.Value, parameter, _symbols)
                : WireValue.Unknown;
            return new ParameterAssignment(parameter, value, assignment);
        }

        private static bool IsWriteOf(IPropertyReferenceOperation property) => property.Parent switch
        {
            IAssignmentOperation assignment => assignment.Target == property,
            IIncrementOrDecrementOperation increment => increment.Target == property,
            _ => false,
        };

        private bool IsQuery(ITypeSymbol type) => _symbols.Query(type) is not null;

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
        }
    }
}
