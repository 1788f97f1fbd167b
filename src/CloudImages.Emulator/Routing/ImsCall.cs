using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;

namespace CloudImages.Emulator
{
    /// <summary>One request as a handler sees it: the route's path values, the query, the body, who is calling, and
    /// the state to run against.</summary>
    internal sealed class ImsCall
    {
        private readonly string? _explicitProject;

        public ImsCall(string method, IReadOnlyDictionary<string, string> path, QueryParameters query, byte[] body, Stream? bodyStream, string? contentType, string? explicitProject, ImsState state, CancellationToken aborted)
        {
            Method = method;
            Path = path;
            Query = query;
            Body = body;
            BodyStream = bodyStream;
            ContentType = contentType;
            _explicitProject = explicitProject;
            State = state;
            Aborted = aborted;
        }

        public string Method { get; }

        /// <summary>The values of the route's <c>{name}</c> segments, percent-decoded.</summary>
        public IReadOnlyDictionary<string, string> Path { get; }

        public QueryParameters Query { get; }

        /// <summary>The body, read whole (empty for a route that streams it).</summary>
        public byte[] Body { get; }

        /// <summary>The body, unread, for a route that streams it.</summary>
        public Stream? BodyStream { get; }

        public string? ContentType { get; }

        public ImsState State { get; }

        public CancellationToken Aborted { get; }

        /// <summary>The calling project: the one the credentials (or <c>X-Project-Id</c>) name, else the path's
        /// <c>{project_id}</c>, else the catalogue's project.</summary>
        /// <exception cref="ImsRequestException">The path names another project than the credentials (403).</exception>
        public string ProjectId
        {
            get
            {
                var inPath = Path.GetValueOrDefault("project_id");
                if (_explicitProject is not null && inPath is not null && !string.Equals(_explicitProject, inPath, StringComparison.Ordinal))
                {
                    throw new ImsRequestException(ImsErrors.Forbidden);
                }

                return _explicitProject ?? inPath ?? State.Catalogue.ProjectId;
            }
        }

        /// <summary>A path value the route declares.</summary>
        public string this[string name] => Path[name];

        /// <summary>Runs <paramref name="work"/> as one transaction against the state (see <see cref="ImsState.Run{T}"/>).</summary>
        public T Run<T>(Func<ImsTransaction, T> work) => State.Run(work);
    }
}
