using System;
using System.Collections.Generic;
using System.Threading;

namespace CloudImages.Emulator
{
    /// <summary>Chooses the fault, if any, for each request: first the queued ones, in order, then one drawn at the
    /// configured rates.</summary>
    public sealed class FaultInjector
    {
        private readonly object _gate = new();
        private readonly Queue<ImsFault> _queued = new();
        private readonly (double Rate, ImsFault Fault)[] _bands;
        private readonly Random _random;
        private int _injected;

        internal FaultInjector(ImsFaultOptions? options)
        {
            options ??= new ImsFaultOptions();
            _random = new Random(options.Seed);
            _bands = new[]
            {
                (options.ServiceUnavailableRate, ImsFault.ServiceUnavailable),
                (options.TooManyRequestsRate, ImsFault.TooManyRequests(options.RetryAfterSeconds)),
                (options.SlowResponseRate, ImsFault.Slow(options.SlowResponseDelay)),
                (options.DropConnectionRate, ImsFault.DropConnection),
                (options.TruncatedBodyRate, ImsFault.TruncatedBody),
            };

            var total = 0.0;
            foreach (var (rate, _) in _bands)
            {
                if (rate is < 0 or > 1 || double.IsNaN(rate))
                {
                    throw new ArgumentOutOfRangeException(nameof(options), rate, "A fault rate lies between 0 and 1.");
                }

                total += rate;
            }

            if (total > 1)
            {
                throw new ArgumentOutOfRangeException(nameof(options), total, "The fault rates add up to more than 1.");
            }
        }

        /// <summary>How many faults have been injected so far.</summary>
        public int InjectedCount => Volatile.Read(ref _injected);

        /// <summary>Injects <paramref name="fault"/> into each of the next <paramref name="times"/> requests.</summary>
        public void Enqueue(ImsFault fault, int times = 1)
        {
            ArgumentNullException.ThrowIfNull(fault);
            ArgumentOutOfRangeException.ThrowIfNegative(times);
            lock (_gate)
            {
                for (var i = 0; i < times; i++)
                {
                    _queued.Enqueue(fault);
                }
            }
        }

        /// <summary>Forgets the queued faults.</summary>
        public void Clear()
        {
            lock (_gate)
            {
                _queued.Clear();
            }
        }

        internal ImsFault? Next()
        {
            ImsFault? fault = null;
            lock (_gate)
            {
                if (!_queued.TryDequeue(out fault))
                {
                    var draw = _random.NextDouble();
                    foreach (var (rate, candidate) in _bands)
                    {
                        if (draw < rate)
                        {
                            fault = candidate;
                            break;
                        }

                        draw -= rate;
                    }
                }
            }

            if (fault is not null)
            {
                Interlocked.Increment(ref _injected);
            }

            return fault;
        }
    }
}
