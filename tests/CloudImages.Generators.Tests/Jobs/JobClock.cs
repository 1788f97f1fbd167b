using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace CloudImages.Generators.Tests.Jobs
{
    /// <summary>A fake clock that records the due time of every timer started on it (delays and deadlines), and
    /// moves only when the code under test waits on a timer, so that tests follow a wait step by step without
    /// real time.</summary>
    internal sealed class JobClock : FakeTimeProvider
    {
        private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(1);

        private readonly object _lock = new();
        private readonly List<TimeSpan> _requested = [];
        private readonly List<DateTimeOffset> _dueAt = [];
        private readonly Channel<TimeSpan> _started = Channel.CreateUnbounded<TimeSpan>();

        public JobClock()
            : base(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero))
        {
            Origin = GetUtcNow();
        }

        public DateTimeOffset Origin { get; }

        /// <summary>How far the clock has moved since it was made.</summary>
        public TimeSpan Now => GetUtcNow() - Origin;

        /// <summary>The due time of every timer started, in order.</summary>
        public IReadOnlyList<TimeSpan> Requested
        {
            get
            {
                lock (_lock)
                {
                    return [.. _requested];
                }
            }
        }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            new RecordedTimer(base.CreateTimer(callback, state, dueTime, period), this, dueTime);

        /// <summary>Moves the clock, each time the code under test starts a timer, to the earliest due time still
        /// ahead (the end of a delay, or a deadline), until <paramref name="work"/> ends.</summary>
        public async Task<T> RunAsync<T>(Task<T> work)
        {
            using var guard = new CancellationTokenSource(HangGuard);
            while (true)
            {
                // Timers started together (a wait starts its deadline and first delay at once) are taken together,
                // so that the clock moves once per wait on a timer. Waiting to read takes nothing, so a later run
                // sees every timer started after this one ends.
                var started = _started.Reader.WaitToReadAsync(guard.Token).AsTask();
                if (await Task.WhenAny(work, started) == work)
                {
                    return await work;
                }

                if (started.IsCanceled)
                {
                    throw new TimeoutException("The code under test neither ended nor started a timer.");
                }

                while (_started.Reader.TryRead(out _))
                {
                }

                Advance(NextDue() - GetUtcNow());
            }
        }

        /// <summary>Fails, rather than hangs, a test whose code under test stops without ending: a guard on real
        /// time that a passing test never reaches, not a measure.</summary>
        public static Task Guarded(Task task) => task.WaitAsync(HangGuard);

        private DateTimeOffset NextDue()
        {
            lock (_lock)
            {
                var now = GetUtcNow();
                return _dueAt.Where(d => d > now).Min();
            }
        }

        private void Started(TimeSpan dueTime)
        {
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                return;
            }

            lock (_lock)
            {
                _requested.Add(dueTime);
                _dueAt.Add(GetUtcNow() + dueTime);
            }

            _started.Writer.TryWrite(dueTime);
        }

        /// <summary>Records a timer once it is set, whether at its creation or by Change.</summary>
        private sealed class RecordedTimer : ITimer
        {
            private readonly ITimer _timer;
            private readonly JobClock _clock;

            public RecordedTimer(ITimer timer, JobClock clock, TimeSpan dueTime)
            {
                _timer = timer;
                _clock = clock;
                clock.Started(dueTime);
            }

            public bool Change(TimeSpan dueTime, TimeSpan period)
            {
                var changed = _timer.Change(dueTime, period);
                _clock.Started(dueTime);
                return changed;
            }

            public void Dispose() => _timer.Dispose();

            public ValueTask DisposeAsync() => _timer.DisposeAsync();
        }
    }
}
