namespace CloudImages.EndToEnd.Tests
{
    /// <summary>A clock that reads the real time moved by an offset, for skew tests.</summary>
    internal sealed class OffsetClock(TimeSpan offset) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
    }
}
