using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace CloudImages.Emulator
{
    /// <summary>An operation the emulator serves: method, path template (<c>/v2/images/{image_id}/tags/{tag}</c>)
    /// and handler. A refusal is an <see cref="ImsRequestException"/> thrown by the handler.</summary>
    internal sealed class Route
    {
        private readonly string[] _segments;

        private Route(string operation, string method, string template, Func<ImsCall, ValueTask<ImsResponse>> handler, bool streamsBody)
        {
            Operation = operation;
            Method = method;
            Template = template;
            Handler = handler;
            StreamsBody = streamsBody;
            _segments = Split(template);
            Literals = Array.FindAll(_segments, s => !IsParameter(s)).Length;
        }

        /// <summary>The spec's operation name, such as OpenStackAddImageTag.</summary>
        public string Operation { get; }

        public string Method { get; }

        public string Template { get; }

        public Func<ImsCall, ValueTask<ImsResponse>> Handler { get; }

        /// <summary>True when the handler reads the body itself, as a stream (uploads).</summary>
        public bool StreamsBody { get; }

        /// <summary>How many segments are fixed text: the more, the more specific.</summary>
        public int Literals { get; }

        public static Route For(string operation, string method, string template, Func<ImsCall, ImsResponse> handler) =>
            new(operation, method, template, call => new ValueTask<ImsResponse>(handler(call)), streamsBody: false);

        public static Route Streaming(string operation, string method, string template, Func<ImsCall, ValueTask<ImsResponse>> handler) =>
            new(operation, method, template, handler, streamsBody: true);

        /// <summary>The path values when <paramref name="segments"/> (percent-decoded) fit the template; else null.</summary>
        public Dictionary<string, string>? Match(string[] segments)
        {
            if (segments.Length != _segments.Length)
            {
                return null;
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < segments.Length; i++)
            {
                var expected = _segments[i];
                if (IsParameter(expected))
                {
                    if (segments[i].Length == 0)
                    {
                        return null;
                    }

                    values[expected[1..^1]] = segments[i];
                }
                else if (!string.Equals(expected, segments[i], StringComparison.Ordinal))
                {
                    return null;
                }
            }

            return values;
        }

        public static string[] Split(string path) => path.Trim('/') is { Length: > 0 } trimmed ? trimmed.Split('/') : Array.Empty<string>();

        private static bool IsParameter(string segment) => segment.Length > 2 && segment[0] == '{' && segment[^1] == '}';
    }
}
