using System;
using System.Threading;

namespace CloudImages.Runtime
{
    /// <summary>How <see cref="ApiJob{TStatus}.WaitForCompletionAsync(ApiJobWaitOptions, IProgress{TStatus}?, CancellationToken)"/>
    /// polls: the first poll after <see cref="InitialDelay"/>, each later delay twice the one before up to
    /// <see cref="MaxDelay"/>, and no longer in all than <see cref="Timeout"/>, all measured on
    /// <see cref="TimeProvider"/>.</summary>
    /// <remarks>With the defaults, polls come 2, 6, 14, 30 and 60 seconds after the wait starts, then every 30
    /// seconds, for at most an hour.</remarks>
    public sealed class ApiJobWaitOptions
    {
        /// <summary>The longest delay a timer takes (about 49.7 days), as <see cref="ITimer"/> allows.</summary>
        private static readonly TimeSpan LongestDelay = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

        private readonly TimeSpan _initialDelay = TimeSpan.FromSeconds(2);
        private readonly TimeSpan _maxDelay = TimeSpan.FromSeconds(30);
        private readonly TimeSpan _timeout = TimeSpan.FromHours(1);
        private readonly TimeProvider _timeProvider = TimeProvider.System;

        /// <summary>The delay before the first poll; 2 seconds by default.</summary>
        /// <exception cref="ArgumentOutOfRangeException">Not positive, or longer than a timer allows (49 days).</exception>
        public TimeSpan InitialDelay
        {
            get => _initialDelay;
            init => _initialDelay = Delay(value, nameof(InitialDelay));
        }

        /// <summary>The longest delay between two polls; 30 seconds by default. A shorter
        /// <see cref="InitialDelay"/> doubles up to it; a longer one is cut to it.</summary>
        /// <exception cref="ArgumentOutOfRangeException">Not positive, or longer than a timer allows (49 days).</exception>
        public TimeSpan MaxDelay
        {
            get => _maxDelay;
            init => _maxDelay = Delay(value, nameof(MaxDelay));
        }

        /// <summary>How long a wait may take in all, polls included; 1 hour by default, or
        /// <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> for no limit. A wait still pending then throws
        /// <see cref="ApiJobTimeoutException"/>, and cancels a poll in flight.</summary>
        /// <exception cref="ArgumentOutOfRangeException">Neither positive nor infinite, or longer than a timer
        /// allows (49 days).</exception>
        public TimeSpan Timeout
        {
            get => _timeout;
            init => _timeout = value == System.Threading.Timeout.InfiniteTimeSpan ? value : Delay(value, nameof(Timeout));
        }

        /// <summary>The clock that delays and the timeout are measured on; <see cref="TimeProvider.System"/> by default.</summary>
        /// <exception cref="ArgumentNullException">Null.</exception>
        public TimeProvider TimeProvider
        {
            get => _timeProvider;
            init => _timeProvider = value ?? throw new ArgumentNullException(nameof(TimeProvider));
        }

        /// <summary>The options of a job built without its own.</summary>
        internal static ApiJobWaitOptions Default { get; } = new();

        /// <summary>The delay after <paramref name="delay"/>: twice as long, up to <see cref="MaxDelay"/>.</summary>
        internal TimeSpan Next(TimeSpan delay) => delay.Ticks > MaxDelay.Ticks / 2 ? MaxDelay : TimeSpan.FromTicks(delay.Ticks * 2);

        /// <summary>The delay before the first poll: <see cref="InitialDelay"/>, up to <see cref="MaxDelay"/>.</summary>
        internal TimeSpan First => InitialDelay < MaxDelay ? InitialDelay : MaxDelay;

        private static TimeSpan Delay(TimeSpan value, string name) =>
            value > TimeSpan.Zero && value <= LongestDelay
                ? value
                : throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive and at most {LongestDelay}.");
    }
}
