using System;
using System.Text.Json;

namespace CloudImages.Runtime
{
    /// <summary>Bounds the memory that the objects of one document may take, relative to the document's size.</summary>
    /// <remarks>Strings and numbers cost about what they take on the wire, but an object costs its fields whatever it
    /// holds: two bytes of <c>{}</c> become a DTO of hundreds. A body of a million empty objects would need gigabytes,
    /// so a document may create objects worth at most <see cref="BytesPerInputByte"/> times its length plus
    /// <see cref="Allowance"/>; past that, it is refused with <see cref="JsonException"/>. Real pages use a small
    /// fraction of it (a 500-image page of 620 KB: about 0.7 times its length).</remarks>
    public static class ObjectBudget
    {
        /// <summary>Object bytes allowed per byte of the document.</summary>
        public const int BytesPerInputByte = 16;

        /// <summary>Object bytes allowed in any document, however small.</summary>
        public const int Allowance = 1024 * 1024;

        // The document being read on this thread; reading is synchronous, so it cannot move to another.
        [ThreadStatic]
        private static long t_remaining;

        [ThreadStatic]
        private static bool t_active;

        /// <summary>Charges one object with <paramref name="fieldCount"/> fields to the document being read: a header
        /// and at most 16 bytes a field (a <c>long?</c> or a reference). Without a document (a reader called on its
        /// own), nothing is counted.</summary>
        /// <exception cref="JsonException">The document's objects would take more than its budget.</exception>
        public static void ChargeObject(int fieldCount)
        {
            if (t_active && (t_remaining -= 16 + (fieldCount * 16)) < 0)
            {
                t_active = false;
                throw new JsonException(
                    $"The document's objects would take more than {BytesPerInputByte} times its size in memory; "
                    + "it is refused rather than read.");
            }
        }

        internal static Scope Begin(int documentLength) => new(documentLength);

        internal readonly struct Scope : IDisposable
        {
            private readonly long _outerRemaining;
            private readonly bool _outerActive;

            public Scope(int documentLength)
            {
                _outerRemaining = t_remaining;
                _outerActive = t_active;
                t_remaining = Allowance + ((long)documentLength * BytesPerInputByte);
                t_active = true;
            }

            public void Dispose()
            {
                t_remaining = _outerRemaining;
                t_active = _outerActive;
            }
        }
    }
}
