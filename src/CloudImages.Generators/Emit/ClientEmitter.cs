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
                writer.Line($"    {Strings(spec.ErrorBody?.MessageFields ?? EquatableArray<string>.Empty)});");
                writer.Line();
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

        private static void EmitOperation(SourceWriter writer, ApiSpec spec, OperationSpec operation)
        {
            var ns = spec.Namespace;
            var query = TypeNames.Qualified(ns, operation.QueryTypeName);
            var response = TypeNames.Qualified(ns, operation.ResponseTypeName);

            writer.Line($"/// <summary>The absolute URI that {operation.MethodName} requests for <paramref name=\"query\"/>.</summary>");
            writer.Line("/// <param name=\"query\">The parameters.</param>");
            writer.Line("/// <returns>The endpoint, path and percent-encoded query.</returns>");
            writer.Line($"public global::System.Uri {operation.UriMethodName}({query} query) =>");
            writer.Line($"    {TypeNames.Runtime}.ApiTransport.BuildUri(");
            writer.Line($"        {GeneratedNames.HttpClient},");
            writer.Line($"        (query ?? throw new global::System.ArgumentNullException(nameof(query))).{GeneratedNames.BuildRequestUri}());");
            writer.Line();

            DocComment.Summary(writer, operation.Description, $"{operation.Method} {operation.Path}.");
            writer.Line("/// <param name=\"query\">The parameters; only those set are sent.</param>");
            writer.Line("/// <param name=\"cancellationToken\">Cancels the request.</param>");
            writer.Line($"/// <returns>The {DocComment.Escape(operation.ResponseTypeName)} the service returned.</returns>");
            DocComment.Element(
                writer,
                "exception",
                "The query breaks a documented rule of severity error; nothing was sent.",
                $" cref=\"{TypeNames.Runtime}.ApiValidationException\"");
            var statuses = operation.Errors.Select(e => $"{e.Status}{(e.Name is null ? "" : " " + e.Name)}{(e.Description is null ? "" : ": " + e.Description)}");
            DocComment.Element(
                writer,
                "exception",
                "A non-2xx status, with the service's error code and message and the request id, or a body that is not the documented JSON."
                + string.Concat(statuses.Select(s => "\n- " + s)),
                $" cref=\"{TypeNames.Runtime}.ApiException\"");
            writer.Signature(
                $"public global::System.Threading.Tasks.Task<{response}>",
                operation.MethodName,
                new[] { $"{query} query", "global::System.Threading.CancellationToken cancellationToken = default" });
            using (writer.Block(""))
            {
                writer.Line("global::System.ArgumentNullException.ThrowIfNull(query);");
                using (writer.Block($"if ({GeneratedNames.ValidateQueries})"))
                {
                    writer.Line($"{TypeNames.Runtime}.ApiRules.EnsureValid(query);");
                }

                writer.Line();
                writer.Line($"return {TypeNames.Runtime}.ApiTransport.SendAsync(");
                writer.Line($"    {GeneratedNames.HttpClient},");
                writer.Line($"    global::System.Net.Http.HttpMethod.{char.ToUpperInvariant(operation.Method[0]) + operation.Method.Substring(1).ToLowerInvariant()},");
                writer.Line($"    query.{GeneratedNames.BuildRequestUri}(),");
                writer.Line($"    s_{operation.Name},");
                writer.Line($"    {TypeNames.Qualified(ns, spec.JsonClassName)}.Read{operation.ResponseTypeName},");
                writer.Line($"    {GeneratedNames.MaxResponseBytes},");
                writer.Line("    cancellationToken);");
            }

            writer.Line();
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
            writer.Line($"    {TypeNames.Qualified(ns, operation.ResponseTypeName)},");
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
