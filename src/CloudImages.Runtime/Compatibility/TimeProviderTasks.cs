using System;
using System.Threading;
using System.Threading.Tasks;

namespace CloudImages.Runtime
{
    /// <summary>Delays and deadlines on a <see cref="TimeProvider"/>: built into .NET 8, and extension methods of
    /// Microsoft.Bcl.TimeProvider on netstandard2.0.</summary>
    internal static class TimeProviderTasks
    {
        public static Task Delay(TimeProvider clock, TimeSpan delay, CancellationToken cancellationToken) =>
#if NET
            Task.Delay(delay, clock, cancellationToken);
#else
            clock.Delay(delay, cancellationToken);
#endif

        public static CancellationTokenSource CancelAfter(TimeProvider clock, TimeSpan delay) =>
#if NET
            new(delay, clock);
#else
            clock.CreateCancellationTokenSource(delay);
#endif
    }
}
