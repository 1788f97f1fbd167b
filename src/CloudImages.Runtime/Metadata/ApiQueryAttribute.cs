using System;

namespace CloudImages.Runtime.Metadata
{
    /// <summary>Marks a generated query model. The analyzers look only at types that carry it.</summary>
    [AttributeUsage(AttributeTargets.Class, Inherited = false)]
    public sealed class ApiQueryAttribute : Attribute
    {
        /// <summary>Creates the attribute.</summary>
        public ApiQueryAttribute(string operationName) => OperationName = operationName;

        /// <summary>The operation the query belongs to.</summary>
        public string OperationName { get; }
    }
}
