using CloudImages.Generators.Model;
using CloudImages.Generators.Spec;

namespace CloudImages.Generators.Emit
{
    /// <summary>Emits, for consumers that reference Microsoft.Extensions.Http, the client's options and
    /// <c>services.Add{Client}(...)</c>: a typed client of IHttpClientFactory with authentication and response
    /// buffering placed innermost, so resilience handlers the caller adds wrap them.</summary>
    internal static class DependencyInjectionEmitter
    {
        private const string DI = "global::Microsoft.Extensions.DependencyInjection";
        private const string Builder = DI + ".IHttpClientBuilder";
        private const string Services = DI + ".IServiceCollection";

        private static readonly (string Name, string Type, string Doc)[] Credentials =
        {
            ("AccessKey", "string?", "The access key (AK) of an AK/SK pair that signs every request (SDK-HMAC-SHA256)."),
            ("SecretKey", "string?", "The secret key (SK) of the AK/SK pair; it signs, and is never sent."),
            ("ProjectId", "string?", "The project the AK/SK-signed requests act in, sent as X-Project-Id; optional."),
        };

        public static string EmitOptions(ApiSpec spec, string specFileName)
        {
            var writer = FileHeader.Start(specFileName, spec.Namespace);
            var client = TypeNames.Qualified(spec.Namespace, spec.ClientName);
            writer.Line($"/// <summary>Options of {spec.ClientName} when it is registered with Add{spec.ClientName}: set them in code, or bind them from configuration.</summary>");
            writer.Line(TypeNames.GeneratedCode);
            using (writer.Block($"public sealed partial class {GeneratedNames.OptionsClass(spec.ClientName)}"))
            {
                writer.Line("/// <summary>The service endpoint; requests go to paths below it.</summary>");
                writer.Line("public global::System.Uri? Endpoint { get; set; }");
                writer.Line();
                if (spec.TokenHeader is not null)
                {
                    writer.Line($"/// <summary>A token, sent in the {DocComment.Escape(spec.TokenHeader)} header. Set it or an AK/SK pair, not both.</summary>");
                    writer.Line("public string? Token { get; set; }");
                    writer.Line();
                }

                foreach (var (name, type, doc) in Credentials)
                {
                    writer.Line($"/// <summary>{doc}</summary>");
                    writer.Line($"public {type} {name} {{ get; set; }}");
                    writer.Line();
                }

                // HttpClient.Timeout wraps the whole pipeline, but the standard resilience handler turns it off.
                writer.Line("/// <summary>HttpClient.Timeout: the cap on a whole call, over the entire handler pipeline including any");
                writer.Line("/// retries; null keeps HttpClient's 100 seconds.</summary>");
                writer.Line("/// <remarks>AddStandardResilienceHandler sets HttpClient.Timeout to infinite, so with it this has no");
                writer.Line("/// effect: set its TotalRequestTimeout (all attempts) and AttemptTimeout (each one) instead.</remarks>");
                writer.Line("public global::System.TimeSpan? Timeout { get; set; }");
                writer.Line();
                writer.Line($"/// <summary>See {spec.ClientName}.ValidateQueries.</summary>");
                writer.Line("public bool ValidateQueries { get; set; } = true;");
                writer.Line();
                writer.Line($"/// <summary>See {spec.ClientName}.MaxResponseBytes: from 1 KiB to 1 GiB, checked when the client is first");
                writer.Line("/// resolved.</summary>");
                writer.Line($"public int MaxResponseBytes {{ get; set; }} = {client}.DefaultMaxResponseBytes;");
            }

            return FileHeader.End(writer);
        }

        public static string EmitExtensions(ApiSpec spec, GeneratorFeatures features, string specFileName)
        {
            var writer = FileHeader.Start(specFileName, spec.Namespace);
            var client = TypeNames.Qualified(spec.Namespace, spec.ClientName);
            var options = TypeNames.Qualified(spec.Namespace, GeneratedNames.OptionsClass(spec.ClientName));
            var method = "Add" + spec.ClientName;
            writer.Line($"/// <summary>Registers {spec.ClientName} as a typed client of IHttpClientFactory.</summary>");
            writer.Line(TypeNames.GeneratedCode);
            using (writer.Block($"public static partial class {GeneratedNames.ServiceCollectionExtensions(spec.ClientName)}"))
            {
                writer.Line($"private const string HttpClientName = {Literal.String(spec.Namespace + "." + spec.ClientName)};");
                writer.Line();
                EmitRegistration(
                    writer,
                    $"Registers {spec.ClientName}, configured in code.",
                    $"public static {Builder} {method}(this {Services} services, global::System.Action<{options}> configure)",
                    ("configure", "Sets the endpoint, the credentials and the rest of the options."),
                    $"{DI}.OptionsServiceCollectionExtensions.Configure(services, configure);");
                if (features.HasConfiguration)
                {
                    var keys = (spec.TokenHeader is null ? "" : "Token, ") + "AccessKey, SecretKey, ProjectId, Timeout, ValidateQueries, MaxResponseBytes";
                    EmitRegistration(
                        writer,
                        $"Registers {spec.ClientName}, with its options read from a configuration section (Endpoint, {keys}) without reflection.",
                        $"public static {Builder} {method}(this {Services} services, global::Microsoft.Extensions.Configuration.IConfiguration configuration)",
                        ("configuration", "The section, such as configuration.GetSection(\"Ims\")."),
                        $"{DI}.OptionsServiceCollectionExtensions.Configure<{options}>(services, options => Bind(configuration, options));");
                    EmitBind(writer, spec, options);
                }

                EmitAddCore(writer, spec, client, options);
            }

            return FileHeader.End(writer);
        }

        /// <summary>One public Add{Client} overload: its docs, its argument checks, how it sets the options, then AddCore.</summary>
        private static void EmitRegistration(SourceWriter writer, string summary, string signature, (string Name, string Doc) parameter, string configure)
        {
            writer.Line($"/// <summary>{summary}</summary>");
            writer.Line("/// <remarks>Add resilience, logging and your own handlers to the returned builder as usual. Authentication and response "
                + "buffering are added after all of them, innermost, so a retry handler retries them: each attempt is signed afresh, and a body cut off halfway is retried too.</remarks>");
            writer.Line("/// <param name=\"services\">The service collection.</param>");
            writer.Line($"/// <param name=\"{parameter.Name}\">{parameter.Doc}</param>");
            writer.Line("/// <returns>The client's builder.</returns>");
            using (writer.Block(signature))
            {
                writer.Line("_ = services ?? throw new global::System.ArgumentNullException(nameof(services));");
                writer.Line($"_ = {parameter.Name} ?? throw new global::System.ArgumentNullException(nameof({parameter.Name}));");
                writer.Line(configure);
                writer.Line("return AddCore(services);");
            }

            writer.Line();
        }

        private static void EmitAddCore(SourceWriter writer, ApiSpec spec, string client, string options)
        {
            using (writer.Block($"private static {Builder} AddCore({Services} services)"))
            {
                writer.Line($"var builder = {DI}.HttpClientFactoryServiceCollectionExtensions.AddHttpClient(services, HttpClientName, static (provider, http) =>");
                writer.Line("{");
                writer.Line("    var options = Options(provider);");
                writer.Line($"    http.BaseAddress = options.Endpoint ?? throw new global::System.InvalidOperationException(\"Set {GeneratedNames.OptionsClass(spec.ClientName)}.Endpoint to the service endpoint.\");");
                writer.Line("    if (options.Timeout.HasValue)");
                writer.Line("    {");
                writer.Line("        http.Timeout = options.Timeout.GetValueOrDefault();");
                writer.Line("    }");
                writer.Line("});");
                using (writer.Block("foreach (var service in services)"))
                {
                    using (writer.Block("if (service.ServiceType == typeof(Registration))"))
                    {
                        writer.Line("return builder; // registered already: the handlers and the typed client are in place");
                    }
                }

                writer.Line();
                writer.Line($"{DI}.ServiceCollectionServiceExtensions.AddSingleton<Registration>(services);");
                writer.Line("// PostConfigure runs after every Configure, so these handlers come after the caller's: innermost.");
                writer.Line($"{DI}.OptionsServiceCollectionExtensions.PostConfigure<global::Microsoft.Extensions.Http.HttpClientFactoryOptions>(services, HttpClientName, static factory =>");
                writer.Line("    factory.HttpMessageHandlerBuilderActions.Add(static handlers =>");
                writer.Line("    {");
                writer.Line("        var options = Options(handlers.Services);");
                writer.Line("        // Redirects come back to the client, which follows them only within the endpoint's origin.");
                writer.Line($"        {TypeNames.Runtime}.AutoRedirect.Disable(handlers.PrimaryHandler);");
                writer.Line($"        var authentication = {TypeNames.Runtime}.ApiAuthentication.CreateHandler(");
                writer.Line("            " + (spec.TokenHeader is null ? "null" : $"{client}.AuthTokenHeaderName") + ",");
                writer.Line("            " + (spec.TokenHeader is null ? "null" : "options.Token") + ",");
                writer.Line("            options.AccessKey,");
                writer.Line("            options.SecretKey,");
                writer.Line("            options.ProjectId,");
                writer.Line("            handlers.Services.GetService(typeof(global::System.TimeProvider)) as global::System.TimeProvider);");
                writer.Line("        if (authentication is not null)");
                writer.Line("        {");
                writer.Line("            handlers.AdditionalHandlers.Add(authentication);");
                writer.Line("        }");
                writer.Line();
                writer.Line("        // Checked when the client is first resolved: this handler is built before the client.");
                var option = Literal.String(GeneratedNames.OptionsClass(spec.ClientName) + ".MaxResponseBytes");
                writer.Line($"        var maxResponseBytes = {TypeNames.Runtime}.ResponseLimits.CheckMaxResponseBytes(");
                writer.Line($"            options.MaxResponseBytes, {option});");
                writer.Line("        handlers.AdditionalHandlers.Add(");
                writer.Line($"            new {TypeNames.Runtime}.ResponseBufferingHandler(maxResponseBytes));");
                writer.Line("    }));");
                writer.Line($"return {DI}.HttpClientBuilderExtensions.AddTypedClient(builder, static (http, provider) =>");
                writer.Line("{");
                writer.Line("    var options = Options(provider);");
                writer.Line($"    return new {client}(http) {{ ValidateQueries = options.ValidateQueries, MaxResponseBytes = options.MaxResponseBytes }};");
                writer.Line("});");
            }

            writer.Line();
            writer.Line($"private static {options} Options(global::System.IServiceProvider provider) =>");
            writer.Line($"    {DI}.ServiceProviderServiceExtensions.GetRequiredService<global::Microsoft.Extensions.Options.IOptions<{options}>>(provider).Value;");
            writer.Line();
            writer.Line("/// <summary>Marks the service collection once the handlers and the typed client are registered.</summary>");
            writer.Line("private sealed class Registration");
            writer.Line("{");
            writer.Line("}");
        }

        private static void EmitBind(SourceWriter writer, ApiSpec spec, string options)
        {
            const string invariant = "global::System.Globalization.CultureInfo.InvariantCulture";
            using (writer.Block($"private static void Bind(global::Microsoft.Extensions.Configuration.IConfiguration configuration, {options} options)"))
            {
                writer.Line("var endpoint = configuration[\"Endpoint\"];");
                using (writer.Block("if (!string.IsNullOrEmpty(endpoint))"))
                {
                    writer.Line("options.Endpoint = new global::System.Uri(endpoint, global::System.UriKind.Absolute);");
                }

                foreach (var name in spec.TokenHeader is null ? new[] { "AccessKey", "SecretKey", "ProjectId" } : new[] { "Token", "AccessKey", "SecretKey", "ProjectId" })
                {
                    writer.Line($"options.{name} = configuration[\"{name}\"] ?? options.{name};");
                }

                writer.Line("var timeout = configuration[\"Timeout\"];");
                using (writer.Block("if (!string.IsNullOrEmpty(timeout))"))
                {
                    writer.Line($"options.Timeout = global::System.TimeSpan.Parse(timeout, {invariant});");
                }

                writer.Line("var validate = configuration[\"ValidateQueries\"];");
                using (writer.Block("if (!string.IsNullOrEmpty(validate))"))
                {
                    writer.Line("options.ValidateQueries = bool.Parse(validate);");
                }

                writer.Line("var maxResponseBytes = configuration[\"MaxResponseBytes\"];");
                using (writer.Block("if (!string.IsNullOrEmpty(maxResponseBytes))"))
                {
                    writer.Line($"options.MaxResponseBytes = int.Parse(maxResponseBytes, global::System.Globalization.NumberStyles.Integer, {invariant});");
                }
            }

            writer.Line();
        }
    }
}
