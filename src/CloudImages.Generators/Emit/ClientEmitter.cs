using System.Linq;
using CloudImages.Generators.Text;
using CloudImages.Generators.Model;

namespace CloudImages.Generators.Emit
{
    /// <summary>Emits the client: one async method per operation, a pagination helper where the spec has marker
    /// pagination, and error mapping through the runtime's transport.</summary>
    internal static class ClientEmitter
    {
        public static string Emit(ApiSpec spec, string specFileName)
        {
            var ns = spec.Namespace;
            var writer = FileHeader.Start(specFileName, ns);
            DocComment.Summary(writer, spec.ClientDescription, "Client for " + (spec.Title ?? spec.ClientName) + ".");
            DocComment.Remarks(writer, new[]
            {
                "It sends through the HttpClient it is given, whose BaseAddress is the service endpoint, and never creates handlers of its own: "
                + "add authentication, retries and logging to that HttpClient (see CreateTokenHandler, and IHttpClientFactory).",
                spec.Source is null ? null : "Documented by: " + spec.Source,
            });
            writer.Line(TypeNames.GeneratedCode);
            using (writer.Block($"public sealed partial class {spec.ClientName}"))
            {
                EmitMembers(writer, spec);
                foreach (var operation in spec.Operations)
                {
                    EmitOperation(writer, spec, operation);
                    if (operation.Pagination is { } pagination)
                    {
                        EmitListAll(writer, spec, operation, pagination);
                    }
                }
            }

            return FileHeader.End(writer);
        }

        private static void EmitMembers(SourceWriter writer, ApiSpec spec)
        {
            foreach (var operation in spec.Operations)
            {
                writer.Line($"private static readonly {TypeNames.Runtime}.ApiOperation s_{operation.Name} = new(");
                writer.Line($"    {Literal.String(operation.Name)},");
                writer.Line($"    {Strings(spec.RequestIdHeaders)},");
                writer.Line($"    {Strings(spec.ErrorBody?.CodeFields ?? EquatableArray<string>.Empty)},");
                var messages = $"    {Strings(spec.ErrorBody?.MessageFields ?? EquatableArray<string>.Empty)}";
                if (operation.ResponseStatus is >= 300 and var status)
                {
                    // A documented 3xx answer (the version list's 300) is this operation's success.
                    writer.Line(messages + ",");
                    writer.Line($"    new int[] {{ {status} }});");
                }
                else
                {
                    writer.Line(messages + ");");
                }
                writer.Line();
                EmitResponseReader(writer, spec, operation);
                if (operation.JobStatus is { } jobStatus)
                {
                    EmitPolling(writer, spec, operation, jobStatus);
                }
            }

            if (spec.TokenHeader is not null)
            {
                writer.Line("/// <summary>The request header that carries an authentication token.</summary>");
                writer.Line($"public const string {GeneratedNames.AuthTokenHeaderName} = {Literal.String(spec.TokenHeader)};");
                writer.Line();
            }

            writer.Line("/// <summary>The default bound on a response body: 64 MiB.</summary>");
            writer.Line($"public const int {GeneratedNames.DefaultMaxResponseBytes} =");
            writer.Line($"    {TypeNames.Runtime}.ApiTransport.DefaultMaxResponseBytes;");
            writer.Line();
            writer.Line("/// <summary>Creates the client.</summary>");
            writer.Line("/// <param name=\"httpClient\">Sends the requests; its BaseAddress must be the service endpoint.</param>");
            using (writer.Block($"public {spec.ClientName}(global::System.Net.Http.HttpClient httpClient)"))
            {
                writer.Line($"{GeneratedNames.HttpClient} = httpClient");
                writer.Line("    ?? throw new global::System.ArgumentNullException(nameof(httpClient));");
            }

            writer.Line();
            writer.Line("/// <summary>The HttpClient that sends the requests.</summary>");
            writer.Line($"public global::System.Net.Http.HttpClient {GeneratedNames.HttpClient} {{ get; }}");
            writer.Line();
            writer.Line("/// <summary>Whether queries are checked against the documented rules before they are sent;");
            writer.Line("/// true by default.</summary>");
            writer.Line($"public bool {GeneratedNames.ValidateQueries} {{ get; set; }} = true;");
            writer.Line();
            writer.Line("/// <summary>The largest response body read, from 1 KiB to 1 GiB; a larger one raises an ApiException.");
            writer.Line("/// Error bodies are read up to 64 KiB, for their code and message.</summary>");
            DocComment.Element(writer, "exception", "The value is below 1 KiB or above 1 GiB.", " cref=\"global::System.ArgumentOutOfRangeException\"");
            writer.Line($"public int {GeneratedNames.MaxResponseBytes}");
            writer.Line("{");
            writer.Line("    get => _maxResponseBytes;");
            writer.Line("    set => _maxResponseBytes =");
            writer.Line($"        {TypeNames.Runtime}.ResponseLimits.CheckMaxResponseBytes(value, nameof({GeneratedNames.MaxResponseBytes}));");
            writer.Line("}");
            writer.Line();
            writer.Line($"private int _maxResponseBytes = {GeneratedNames.DefaultMaxResponseBytes};");
            writer.Line();
            foreach (var parameter in spec.ClientParameters)
            {
                DocComment.Summary(writer, parameter.Description, parameter.WireName + ".");
                DocComment.Remarks(writer, new[] { $"Sent as {parameter.WireName} by every request that leaves it unset." });
                writer.Line($"public string? {parameter.PropertyName} {{ get; set; }}");
                writer.Line();
            }
            if (spec.TokenHeader is not null)
            {
                DocComment.Summary(writer, null, $"A handler that sends the token in the {spec.TokenHeader} header.");
                writer.Line("/// <param name=\"token\">The token.</param>");
                writer.Line("/// <returns>A handler to put in the HttpClient's pipeline.</returns>");
                writer.Line($"public static {TypeNames.Runtime}.TokenAuthenticationHandler {GeneratedNames.CreateTokenHandler}(string token) =>");
                writer.Line($"    new {TypeNames.Runtime}.TokenAuthenticationHandler({GeneratedNames.AuthTokenHeaderName}, token);");
                writer.Line();
                writer.Line("/// <summary>A handler that asks <paramref name=\"tokenProvider\"/> for the token of every request,");
                writer.Line("/// so it can be refreshed.</summary>");
                writer.Line("/// <param name=\"tokenProvider\">Returns the current token.</param>");
                writer.Line("/// <returns>A handler to put in the HttpClient's pipeline.</returns>");
                writer.Line($"public static {TypeNames.Runtime}.TokenAuthenticationHandler {GeneratedNames.CreateTokenHandler}(");
                writer.Line("    global::System.Func<");
                writer.Line("        global::System.Threading.CancellationToken,");
                writer.Line("        global::System.Threading.Tasks.ValueTask<string>> tokenProvider) =>");
                writer.Line($"    new {TypeNames.Runtime}.TokenAuthenticationHandler({GeneratedNames.AuthTokenHeaderName}, tokenProvider);");
                writer.Line();
            }
        }

        private static SchemaSpec? Schema(ApiSpec spec, OperationSpec operation) =>
            spec.Schemas.FirstOrDefault(s => s.TypeName == operation.ResponseTypeName);

        /// <summary>How the answer is read: the body (none for HEAD), an empty result when there is no body, and the
        /// documented headers.</summary>
        private static void EmitResponseReader(SourceWriter writer, ApiSpec spec, OperationSpec operation)
        {
            if (operation.ResponseTypeName is null)
            {
                return;
            }

            var schema = Schema(spec, operation)!;
            var type = TypeNames.Qualified(spec.Namespace, schema.TypeName);
            var bodyless = operation.Method == "HEAD" || schema.Fields.All(f => f.Header is not null);
            writer.Line($"private static readonly {TypeNames.Runtime}.ApiResponseReader<");
            writer.Line($"    {type}> s_{operation.Name}Response = new(");
            writer.Indent();
            writer.Line((bodyless ? "null" : $"{TypeNames.Qualified(spec.Namespace, spec.JsonClassName)}.Read{schema.TypeName}") + ",");
            writer.Line((bodyless ? $"static () => new {type}()" : "null") + ",");
            var headers = schema.Fields.Where(f => f.Header is not null).ToList();
            if (headers.Count == 0)
            {
                writer.Line("null);");
            }
            else
            {
                writer.Line("static (headers, result) =>");
                writer.Line("{");
                foreach (var field in headers)
                {
                    writer.Line($"    result.{field.PropertyName} = headers.{field.Type.Info.HeaderReader}({Literal.String(field.Header!)});");
                }

                writer.Line("});");
            }

            writer.Outdent();
            writer.Line();
        }

        /// <summary>The job-status operation's data for the runtime's polling: where the state is and what it means.</summary>
        private static void EmitPolling(SourceWriter writer, ApiSpec spec, OperationSpec operation, JobStatusSpec job)
        {
            var type = TypeNames.Qualified(spec.Namespace, operation.ResponseTypeName!);
            writer.Line($"private static readonly {TypeNames.Runtime}.ApiJobPolling<");
            writer.Line($"    {type}> s_{operation.Name}Polling = new(");
            writer.Line($"    {Literal.String(operation.Name)},");
            writer.Line($"    static status => status.{job.StateProperty},");
            writer.Line($"    {Strings(job.Succeeded)},");
            writer.Line($"    {Strings(job.Failed)},");
            writer.Line($"    {Strings(job.Pending)},");
            writer.Line($"    static status => status.{job.ErrorCodeProperty},");
            writer.Line($"    static status => status.{job.FailReasonProperty});");
            writer.Line();
        }

        private static void EmitOperation(SourceWriter writer, ApiSpec spec, OperationSpec operation)
        {
            var ns = spec.Namespace;
            var query = TypeNames.Qualified(ns, operation.QueryTypeName);
            var arg = operation.Body is null ? "query" : "request";
            var response = operation.ResponseTypeName is null ? null : TypeNames.Qualified(ns, operation.ResponseTypeName);

            writer.Line($"/// <summary>The absolute URI that {operation.MethodName} requests for <paramref name=\"{arg}\"/>.</summary>");
            writer.Line($"/// <param name=\"{arg}\">The parameters.</param>");
            writer.Line("/// <returns>The endpoint, path and percent-encoded query.</returns>");
            writer.Signature("public global::System.Uri", operation.UriMethodName, new[] { $"{query} {arg}" }, " =>");
            writer.Line($"    ({arg} ?? throw new global::System.ArgumentNullException(nameof({arg}))).{GeneratedNames.BuildRequestUri}(");
            writer.Line($"        {TypeNames.Runtime}.ApiTransport.EndpointOf({GeneratedNames.HttpClient}));");
            writer.Line();

            var job = operation.Job;
            var jobType = job is null ? null : $"{TypeNames.Runtime}.ApiJob<{TypeNames.Qualified(ns, job.StatusTypeName)}>";
            DocComment.Summary(writer, operation.Description, $"{operation.Method} {operation.Path}.");
            writer.Line(operation.Body is null
                ? $"/// <param name=\"{arg}\">The parameters; only those set are sent.</param>"
                : $"/// <param name=\"{arg}\">The request; only the members set are sent.</param>");
            writer.Line("/// <param name=\"cancellationToken\">Cancels the request.</param>");
            if (job is not null)
            {
                writer.Line($"/// <returns>The job the service started; WaitForCompletionAsync polls {job.StatusOperation} until it ends.</returns>");
            }
            else if (response is not null)
            {
                writer.Line($"/// <returns>The {DocComment.Escape(operation.ResponseTypeName!)} the service returned.</returns>");
            }
            else
            {
                writer.Line("/// <returns>Completes when the service has accepted the request.</returns>");
            }

            DocComment.Element(
                writer,
                "exception",
                "The request breaks a documented rule of severity error; nothing was sent.",
                $" cref=\"{TypeNames.Runtime}.ApiValidationException\"");
            var statuses = operation.Errors.Select(e => $"{e.Status}{(e.Name is null ? "" : " " + e.Name)}{(e.Description is null ? "" : ": " + e.Description)}"
                + (e.Codes.Count == 0 ? "" : " (service codes " + string.Join(", ", e.Codes) + ")"));
            DocComment.Element(
                writer,
                "exception",
                "A non-2xx status, with the service's error code and message and the request id, or a body that is not the documented JSON."
                + string.Concat(statuses.Select(s => "\n- " + s)),
                $" cref=\"{TypeNames.Runtime}.ApiException\"");
            var returns = jobType ?? response;
            var task = "global::System.Threading.Tasks.Task" + (returns is null ? "" : "<" + returns + ">");
            writer.Signature(
                (job is null ? "public " : "public async ") + task,
                operation.MethodName,
                new[] { $"{query} {arg}", "global::System.Threading.CancellationToken cancellationToken = default" });
            using (writer.Block(""))
            {
                writer.Line($"_ = {arg} ?? throw new global::System.ArgumentNullException(nameof({arg}));");
                foreach (var parameter in operation.Parameters.Where(p => p.FromClient))
                {
                    var client = spec.ClientParameters.First(c => c.WireName == parameter.WireName).PropertyName;
                    using (writer.Block($"if ({arg}.{parameter.PropertyName} is null && {client} is not null)"))
                    {
                        writer.Line($"{arg} = {arg} with {{ {parameter.PropertyName} = {client} }};");
                    }

                    writer.Line();
                }

                using (writer.Block($"if ({GeneratedNames.ValidateQueries})"))
                {
                    writer.Line($"{TypeNames.Runtime}.ApiRules.EnsureValid({arg});");
                }

                writer.Line();
                var send = job is null ? "return " : "var response = await ";
                writer.Line($"{send}{TypeNames.Runtime}.ApiTransport.SendAsync(");
                writer.Indent();
                writer.Line($"{GeneratedNames.HttpClient},");
                writer.Line(Method(operation.Method) + ",");
                writer.Line($"{arg}.{GeneratedNames.BuildRequestUri}({TypeNames.Runtime}.ApiTransport.EndpointOf({GeneratedNames.HttpClient})),");
                var (call, arguments) = Content(spec, operation, arg);
                if (arguments is null)
                {
                    writer.Line(call + ",");
                }
                else
                {
                    writer.Call(call, arguments, ",");
                }

                writer.Line($"s_{operation.Name},");
                if (response is not null)
                {
                    writer.Line($"s_{operation.Name}Response,");
                    writer.Line($"{GeneratedNames.MaxResponseBytes},");
                }

                writer.Line("cancellationToken)" + (job is null ? ";" : ".ConfigureAwait(false);"));
                writer.Outdent();
                if (job is not null)
                {
                    EmitJobStart(writer, spec, operation, job, arg);
                }
            }

            writer.Line();
        }

        /// <summary>The job handle: its id from the answer, and a poll that asks the job-status operation.</summary>
        private static void EmitJobStart(SourceWriter writer, ApiSpec spec, OperationSpec operation, JobSpec job, string arg)
        {
            var status = TypeNames.Qualified(spec.Namespace, job.StatusTypeName);
            writer.Line($"var jobId = response.{job.IdProperty};");
            using (writer.Block("if (string.IsNullOrEmpty(jobId))"))
            {
                writer.Line($"throw new {TypeNames.Runtime}.ApiException(");
                writer.Line($"    {TypeNames.Runtime}.ApiFailureKind.InvalidResponse,");
                writer.Line($"    {Literal.String(operation.Name)},");
                writer.Line($"    (global::System.Net.HttpStatusCode){operation.ResponseStatus ?? 200},");
                writer.Line("    null,");
                writer.Line("    null,");
                writer.Line("    null,");
                writer.Line("    null,");
                writer.Line("    \"The answer names no job, so it cannot be followed.\");");
            }

            writer.Line();
            writer.Line($"return new {TypeNames.Runtime}.ApiJob<{status}>(");
            writer.Line("    jobId!,");
            writer.Line($"    s_{job.StatusOperation}Polling,");
            writer.Line($"    (id, token) => {job.StatusMethodName}(");
            writer.Line($"        new {TypeNames.Qualified(spec.Namespace, job.StatusQueryType)}");
            writer.Line("        {");
            writer.Line($"            {job.IdParameterProperty} = id,");
            foreach (var copied in job.CopiedProperties)
            {
                writer.Line($"            {copied} = {arg}.{copied},");
            }

            writer.Line("        },");
            writer.Line("        token));");
        }

        private static string Method(string method) => method switch
        {
            "PATCH" => $"{TypeNames.Runtime}.ApiTransport.Method(\"PATCH\")",
            _ => "global::System.Net.Http.HttpMethod." + char.ToUpperInvariant(method[0]) + method.Substring(1).ToLowerInvariant(),
        };

        /// <summary>The request content: a call and its arguments, or null.</summary>
        private static (string Call, string[]? Arguments) Content(ApiSpec spec, OperationSpec operation, string arg)
        {
            var content = $"{TypeNames.Runtime}.ApiContent";
            switch (operation.Body)
            {
                case null:
                    return ("null", null);
                case { Kind: BodyKind.Binary } body:
                    return (content + ".Binary", new[] { $"{arg}.{GeneratedNames.ContentProperty}", Literal.String(body.MediaType) });
                case { Kind: BodyKind.JsonPatch } body:
                    return (
                        $"{content}.Json<{TypeNames.Runtime}.ApiJsonPatch>",
                        new[] { $"{arg}.{GeneratedNames.PatchProperty}", $"{TypeNames.Runtime}.ApiJsonPatch.Write", Literal.String(body.MediaType) });
                default:
                    var write = $"{TypeNames.Qualified(spec.Namespace, spec.JsonClassName)}.{GeneratedNames.WriteMethod(operation.QueryTypeName)}";
                    return (content + ".Json", new[] { arg, write, Literal.String(operation.Body.MediaType) });
            }
        }

        private static void EmitListAll(SourceWriter writer, ApiSpec spec, OperationSpec operation, PaginationSpec pagination)
        {
            var ns = spec.Namespace;
            var query = TypeNames.Qualified(ns, operation.QueryTypeName);
            var item = TypeNames.Qualified(ns, pagination.ItemTypeName);
            var field = $"s_{operation.Name}Pages";
            var remarks = $"Pages are requested as you enumerate. Each next page starts after the last item's "
                + $"{pagination.MarkerFieldProperty}, passed as {pagination.MarkerProperty}; enumeration ends after an empty page or "
                + $"one shorter than the page size ({pagination.PageSizeProperty}"
                + (pagination.DefaultPageSize > 0 ? ", by default " + pagination.DefaultPageSize : "") + "). "
                + "A page that fails raises its exception: no page is skipped. A page that is not a valid page, or pages that "
                + "repeat, raise ApiException; no item is yielded twice. Only the current page is held in memory.";

            writer.Line($"private static readonly {TypeNames.Runtime}.MarkerPagination<");
            writer.Line($"    {query},");
            writer.Line($"    {TypeNames.Qualified(ns, operation.ResponseTypeName!)},");
            writer.Line($"    {item}> {field} = new(");
            writer.Line($"    {Literal.String(operation.Name)},");
            writer.Line($"    {Literal.String(pagination.ItemsField)},");
            writer.Line($"    {Literal.String(pagination.MarkerField)},");
            writer.Line($"    {pagination.DefaultPageSize},");
            writer.Line($"    static query => query.{pagination.PageSizeProperty},");
            writer.Line($"    static query => query.{pagination.MarkerProperty},");
            writer.Line($"    static (query, marker) => query with {{ {pagination.MarkerProperty} = marker }},");
            writer.Line($"    static page => page.{pagination.ItemsProperty},");
            writer.Line($"    static item => item.{pagination.MarkerFieldProperty});");
            writer.Line();
            writer.Line($"/// <summary>Every {DocComment.Escape(pagination.ItemTypeName)} that {operation.Name} returns for "
                + "<paramref name=\"query\"/>, page after page.</summary>");
            DocComment.Remarks(writer, new[] { remarks });
            writer.Line("/// <param name=\"query\">The parameters of the first page.</param>");
            writer.Line("/// <param name=\"cancellationToken\">Cancels the enumeration.</param>");
            writer.Line("/// <returns>The items, in the order the service returns them.</returns>");
            DocComment.Element(
                writer, "exception", "A page failed, was not a valid page, or the pages did not advance.", $" cref=\"{TypeNames.Runtime}.ApiException\"");
            writer.Signature(
                $"public global::System.Collections.Generic.IAsyncEnumerable<{item}>",
                pagination.ListAllMethodName,
                new[] { $"{query} query", "global::System.Threading.CancellationToken cancellationToken = default" },
                " =>");
            writer.Indent();
            writer.Call($"{TypeNames.Runtime}.ApiPager.ListAllAsync", new[] { field, "query", operation.MethodName, "cancellationToken" }, ";");
            writer.Outdent();
            writer.Line();
        }

        private static string Strings(EquatableArray<string> values) =>
            values.Count == 0 ? "global::System.Array.Empty<string>()" : "new string[] { " + string.Join(", ", values.Select(Literal.String)) + " }";
    }
}
