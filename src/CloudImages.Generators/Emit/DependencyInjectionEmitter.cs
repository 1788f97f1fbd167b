using System.Linq;
using CloudImages.Generators.Model;
using CloudImages.Generators.Text;

namespace CloudImages.Generators.Emit
{
    /// <summary>Emits, for consumers that reference Microsoft.Extensions.Http, the client's options and
    /// <c>services.Add{Client}(...)</c>. What the registration does lives in the runtime's ApiClientSetup; the
    /// emitted code adapts IHttpClientFactory's callbacks to it.</summary>
    internal static class DependencyInjectionEmitter
    {
        private const string DI = "global::Microsoft.Extensions.DependencyInjection";
        private const string Builder = DI + ".IHttpClientBuilder";
        private const string Services = DI + ".IServiceCollection";
        private const string Setup = TypeNames.Runtime + ".ApiClientSetup";

        public static string EmitOptions(ApiSpec spec, string specFileName)
        {
            var writer = FileHeader.Start(specFileName, spec.Namespace);
            var client = TypeNames.Qualified(spec.Namespace, spec.ClientName);
            var contract = spec.TokenHeader is null ? "IApiClientOptions" : "ITokenClientOptions";
            DocComment.Summary(
                writer,
                null,
                $"Options of {spec.ClientName} when it is registered with {spec.AddMethodName}: set them in code, or bind them "
                + "from configuration.");
            writer.Line(TypeNames.GeneratedCode);
            writer.Line($"public sealed partial class {spec.OptionsClassName} : {TypeNames.Runtime}.{contract}");
            using (writer.Block(""))
            {
                // The credentials and the endpoint are documented once, on the runtime's IApiClientOptions.
                Property(writer, "global::System.Uri?", "Endpoint", summary: null);
                if (spec.TokenHeader is not null)
                {
                    Property(writer, "string?", "Token", $"A token, sent in the {spec.TokenHeader} header. Set it or an AK/SK pair, not both.");
                }

                Property(writer, "string?", "AccessKey", summary: null);
                Property(writer, "string?", "SecretKey", summary: null);
                Property(writer, "string?", "ProjectId", summary: null);
                foreach (var parameter in spec.ClientParameters.Where(p => p.PropertyName != "ProjectId"))
                {
                    Property(writer, "string?", parameter.PropertyName, $"See {spec.ClientName}.{parameter.PropertyName}.");
                }

                // HttpClient.Timeout wraps the whole pipeline, but the standard resilience handler turns it off.
                Property(
                    writer,
                    "global::System.TimeSpan?",
                    "Timeout",
                    "HttpClient.Timeout: the cap on a whole call, over the entire handler pipeline including any retries; null keeps "
                    + "HttpClient's 100 seconds.",
                    "AddStandardResilienceHandler sets HttpClient.Timeout to infinite, so with it this has no effect: set its "
                    + "TotalRequestTimeout (all attempts) and AttemptTimeout (each one) instead.");
                Property(writer, "bool", GeneratedNames.ValidateQueries, $"See {spec.ClientName}.{GeneratedNames.ValidateQueries}.", initializer: "true");
                Property(
                    writer,
                    "int",
                    GeneratedNames.MaxResponseBytes,
                    $"See {spec.ClientName}.{GeneratedNames.MaxResponseBytes}: from 1 KiB to 1 GiB, checked when the client is first resolved.",
                    initializer: $"{client}.{GeneratedNames.DefaultMaxResponseBytes}");
            }

            return FileHeader.End(writer);
        }

        public static string EmitExtensions(ApiSpec spec, GeneratorFeatures features, string specFileName)
        {
            var writer = FileHeader.Start(specFileName, spec.Namespace);
            var options = TypeNames.Qualified(spec.Namespace, spec.OptionsClassName);
            writer.Line($"/// <summary>Registers {spec.ClientName} as a typed client of IHttpClientFactory.</summary>");
            writer.Line(TypeNames.GeneratedCode);
            using (writer.Block($"public static partial class {spec.ExtensionsClassName}"))
            {
                writer.Line($"private const string HttpClientName = {Literal.String(spec.Namespace + "." + spec.ClientName)};");
                writer.Line($"private const string OptionsName = {Literal.String(spec.OptionsClassName)};");
                writer.Line();
                EmitRegistration(
                    writer,
                    spec,
                    $"Registers {spec.ClientName}, configured in code.",
                    $"global::System.Action<{options}>",
                    ("configure", "Sets the endpoint, the credentials and the rest of the options."),
                    $"{DI}.OptionsServiceCollectionExtensions",
                    "    .Configure(services, configure);");
                if (features.HasConfiguration)
                {
                    // The runtime binds the options every client has; the spec's own client parameters follow, by name.
                    var bind = new System.Collections.Generic.List<string>
                    {
                        $"{DI}.OptionsServiceCollectionExtensions.Configure<",
                        $"    {options}>(",
                        "    services,",
                    };
                    var extra = spec.ClientParameters.Where(p => p.PropertyName != "ProjectId").ToList();
                    if (extra.Count == 0)
                    {
                        bind.Add($"    options => {Setup}.Bind(options, key => configuration[key]));");
                    }
                    else
                    {
                        bind.Add("    options =>");
                        bind.Add("    {");
                        bind.Add($"        {Setup}.Bind(options, key => configuration[key]);");
                        for (var i = 0; i < extra.Count; i++)
                        {
                            bind.Add($"        if (configuration[{Literal.String(extra[i].PropertyName)}] is {{ Length: > 0 }} value{i})");
                            bind.Add("        {");
                            bind.Add($"            options.{extra[i].PropertyName} = value{i};");
                            bind.Add("        }");
                        }

                        bind.Add("    });");
                    }

                    EmitRegistration(
                        writer,
                        spec,
                        $"Registers {spec.ClientName}, with its options read from a configuration section without reflection "
                        + "(see ApiClientSetup.Bind for the keys" + string.Concat(extra.Select(p => ", and " + p.PropertyName)) + ").",
                        "global::Microsoft.Extensions.Configuration.IConfiguration",
                        ("configuration", "The section, such as configuration.GetSection(\"Ims\")."),
                        bind.ToArray());
                }

                EmitAddCore(writer, spec, options);
            }

            return FileHeader.End(writer);
        }

        /// <summary>An options property; without <paramref name="summary"/>, it inherits the interface's docs.</summary>
        private static void Property(SourceWriter writer, string type, string name, string? summary, string? remarks = null, string? initializer = null)
        {
            if (summary is null)
            {
                writer.Line("/// <inheritdoc/>");
            }
            else
            {
                DocComment.Summary(writer, summary, summary);
            }

            if (remarks is not null)
            {
                DocComment.Remarks(writer, new[] { remarks });
            }

            writer.Line($"public {type} {name} {{ get; set; }}" + (initializer is null ? "" : " ="), initializer is null ? "" : initializer + ";");
            writer.Line();
        }

        /// <summary>One public Add{Client} overload: its docs, its argument checks, how it sets the options, then AddCore.</summary>
        private static void EmitRegistration(
            SourceWriter writer, ApiSpec spec, string summary, string parameterType, (string Name, string Doc) parameter, params string[] configure)
        {
            DocComment.Summary(writer, summary, summary);
            DocComment.Remarks(writer, new[]
            {
                "Add resilience, logging and your own handlers to the returned builder as usual. Authentication and response "
                + "buffering are added after all of them, innermost, so a retry handler retries them: each attempt is signed "
                + "afresh, and a body cut off halfway is retried too.",
            });
            writer.Line("/// <param name=\"services\">The service collection.</param>");
            writer.Line($"/// <param name=\"{parameter.Name}\">{DocComment.Escape(parameter.Doc)}</param>");
            writer.Line("/// <returns>The client's builder.</returns>");
            writer.Line($"public static {Builder} {spec.AddMethodName}(");
            writer.Line($"    this {Services} services,");
            using (writer.Block($"    {parameterType} {parameter.Name})"))
            {
                foreach (var argument in new[] { "services", parameter.Name })
                {
                    using (writer.Block($"if ({argument} is null)"))
                    {
                        writer.Line($"throw new global::System.ArgumentNullException(nameof({argument}));");
                    }

                    writer.Line();
                }
                foreach (var line in configure)
                {
                    writer.Line(line);
                }

                writer.Line("return AddCore(services);");
            }

            writer.Line();
        }

        private static void EmitAddCore(SourceWriter writer, ApiSpec spec, string options)
        {
            var client = TypeNames.Qualified(spec.Namespace, spec.ClientName);
            var tokenHeader = spec.TokenHeader is null ? "null" : $"{client}.{GeneratedNames.AuthTokenHeaderName}";
            writer.Line($"private static {Builder} AddCore(");
            using (writer.Block($"    {Services} services)"))
            {
                writer.Line($"var builder = {DI}.HttpClientFactoryServiceCollectionExtensions");
                writer.Line("    .AddHttpClient(");
                writer.Line("        services,");
                writer.Line("        HttpClientName,");
                writer.Line("        static (provider, http) =>");
                writer.Line($"            {Setup}.ConfigureHttpClient(");
                writer.Line("                http,");
                writer.Line("                Options(provider),");
                writer.Line("                OptionsName));");
                using (writer.Block("foreach (var service in services)"))
                {
                    using (writer.Block("if (service.ServiceType == typeof(Registration))"))
                    {
                        writer.Line("return builder; // registered already: the handlers and the typed client are in place");
                    }
                }

                writer.Line();
                writer.Line($"{DI}.ServiceCollectionServiceExtensions");
                writer.Line("    .AddSingleton<Registration>(services);");
                writer.Line();
                writer.Line("// PostConfigure runs after every Configure, so these handlers come after the caller's: innermost.");
                writer.Line($"{DI}.OptionsServiceCollectionExtensions.PostConfigure<");
                writer.Line("    global::Microsoft.Extensions.Http.HttpClientFactoryOptions>(");
                writer.Line("    services,");
                writer.Line("    HttpClientName,");
                writer.Line("    static factory => factory.HttpMessageHandlerBuilderActions.Add(static handlers =>");
                writer.Line($"        {Setup}.ConfigureHandlers(");
                writer.Line("            Options(handlers.Services),");
                writer.Line("            handlers.PrimaryHandler,");
                writer.Line("            handlers.AdditionalHandlers,");
                writer.Line("            handlers.Services,");
                writer.Line($"            {tokenHeader},");
                writer.Line("            OptionsName)));");
                writer.Line();
                writer.Line($"return {DI}.HttpClientBuilderExtensions");
                writer.Line("    .AddTypedClient(builder, static (http, provider) =>");
                writer.Line("    {");
                writer.Line("        var options = Options(provider);");
                writer.Line($"        return new {client}(http)");
                writer.Line("        {");
                writer.Line($"            {GeneratedNames.ValidateQueries} = options.{GeneratedNames.ValidateQueries},");
                writer.Line($"            {GeneratedNames.MaxResponseBytes} = options.{GeneratedNames.MaxResponseBytes},");
                foreach (var parameter in spec.ClientParameters)
                {
                    writer.Line($"            {parameter.PropertyName} = options.{parameter.PropertyName},");
                }

                writer.Line("        };");
                writer.Line("    });");
            }

            writer.Line();
            writer.Line($"private static {options} Options(");
            writer.Line("    global::System.IServiceProvider provider) =>");
            writer.Line($"    {DI}.ServiceProviderServiceExtensions");
            writer.Line($"        .GetRequiredService<global::Microsoft.Extensions.Options.IOptions<");
            writer.Line($"            {options}>>(provider).Value;");
            writer.Line();
            writer.Line("/// <summary>Marks the service collection once the handlers and the typed client are registered.</summary>");
            writer.Line("private sealed class Registration");
            writer.Line("{");
            writer.Line("}");
        }
    }
}
