using System.Collections.Concurrent;

namespace CloudImages.EndToEnd.Tests
{
    /// <summary>A synchronization context with one thread, like a UI thread. Code that blocks on async work
    /// (sync-over-async) while a continuation needs this thread deadlocks here instead of passing unnoticed.</summary>
    internal sealed class SingleThreadContext : SynchronizationContext, IDisposable
    {
        private readonly BlockingCollection<(SendOrPostCallback Callback, object? State)> _queue = new();
        private readonly Thread _thread;

        private SingleThreadContext()
        {
            _thread = new Thread(Pump) { IsBackground = true, Name = "single-thread context" };
            _thread.Start();
        }

        /// <summary>Runs <paramref name="work"/> on the context's thread and returns its task.</summary>
        public static (SingleThreadContext Context, Task Task) Run(Func<Task> work)
        {
            var context = new SingleThreadContext();
            var completion = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            context.Post(
                async _ =>
                {
                    try
                    {
                        await work();
                        completion.SetResult();
                    }
                    catch (Exception ex)
                    {
                        completion.SetException(ex);
                    }
                },
                null);
            return (context, completion.Task);
        }

        public override void Post(SendOrPostCallback d, object? state) => _queue.Add((d, state));

        public override void Send(SendOrPostCallback d, object? state) => throw new NotSupportedException("Send would block the caller.");

        public void Dispose() => _queue.CompleteAdding();

        private void Pump()
        {
            SetSynchronizationContext(this);
            foreach (var (callback, state) in _queue.GetConsumingEnumerable())
            {
                callback(state);
            }
        }
    }
}
