#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices
{
    /// <summary>Lets the netstandard2.0 build use records and init accessors; .NET 5+ has its own.</summary>
    internal static class IsExternalInit
    {
    }
}
#endif
