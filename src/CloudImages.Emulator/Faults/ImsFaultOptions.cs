using System;

namespace CloudImages.Emulator
{
    /// <summary>Faults injected at random, at the given rates (0 to 1, together at most 1), from a seeded
    /// random sequence: the same requests in the same order meet the same faults.</summary>
    public sealed class ImsFaultOptions
    {
        /// <summary>The share of requests answered 503.</summary>
        public double ServiceUnavailableRate { get; set; }

        /// <summary>The share of requests answered 429 with <see cref="RetryAfterSeconds"/>.</summary>
        public double TooManyRequestsRate { get; set; }

        /// <summary>The Retry-After of a random 429; 1 second by default.</summary>
        public int RetryAfterSeconds { get; set; } = 1;

        /// <summary>The share of requests answered after <see cref="SlowResponseDelay"/>.</summary>
        public double SlowResponseRate { get; set; }

        /// <summary>How long a slow response waits; 2 seconds by default.</summary>
        public TimeSpan SlowResponseDelay { get; set; } = TimeSpan.FromSeconds(2);

        /// <summary>The share of requests whose connection is reset before any response.</summary>
        public double DropConnectionRate { get; set; }

        /// <summary>The share of requests whose connection is reset halfway through the body.</summary>
        public double TruncatedBodyRate { get; set; }

        /// <summary>Seeds the random sequence.</summary>
        public int Seed { get; set; } = 1;
    }
}
