using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;

namespace CloudImages.Runtime
{
    /// <summary>What a generated <c>Add{Client}</c> registration does with its options, written once: it binds them
    /// from configuration, points the HttpClient at the endpoint and puts the handlers in place. The generated code
    /// only adapts Microsoft.Extensions.DependencyInjection to these calls, so the runtime needs no such reference.</summary>
    public static class ApiClientSetup
    {
        /// <summary>Reads the options from a configuration section without reflection: Endpoint, Token (when the
        /// API takes one), AccessKey, SecretKey, ProjectId, Timeout, ValidateQueries and MaxResponseBytes. A key
        /// that is absent or empty leaves its option as it is.</summary>
        /// <param name="options">The options to set.</param>
        /// <param name="section">Returns a key's value, such as <c>key =&gt; configuration[key]</c>.</param>
        /// <exception cref="FormatException">A value is not of its option's type.</exception>
        public static void Bind(IApiClientOptions options, Func<string, string?> section)
        {
            ArgumentNullException.ThrowIfNull(options);
            ArgumentNullException.ThrowIfNull(section);

            string? Read(string key) => section(key) is { Length: > 0 } value ? value : null;

            if (Read(nameof(options.Endpoint)) is { } endpoint)
            {
                options.Endpoint = new Uri(endpoint, UriKind.Absolute);
            }

            if (options is ITokenClientOptions tokenOptions)
            {
                tokenOptions.Token = Read(nameof(tokenOptions.Token)) ?? tokenOptions.Token;
            }

            options.AccessKey = Read(nameof(options.AccessKey)) ?? options.AccessKey;
            options.SecretKey = Read(nameof(options.SecretKey)) ?? options.SecretKey;
            options.ProjectId = Read(nameof(options.ProjectId)) ?? options.ProjectId;
            if (Read(nameof(options.Timeout)) is { } timeout)
            {
                options.Timeout = TimeSpan.Parse(timeout, CultureInfo.InvariantCulture);
            }

            if (Read(nameof(options.ValidateQueries)) is { } validate)
            {
                options.ValidateQueries = bool.Parse(validate);
            }

            if (Read(nameof(options.MaxResponseBytes)) is { } maxResponseBytes)
            {
                options.MaxResponseBytes = int.Parse(maxResponseBytes, NumberStyles.Integer, CultureInfo.InvariantCulture);
            }
        }

        /// <summary>Points <paramref name="http"/> at the endpoint and applies the timeout.</summary>
        /// <param name="http">The client's HttpClient.</param>
        /// <param name="options">The options.</param>
        /// <param name="optionsName">The options class, for the message when the endpoint is missing.</param>
        /// <exception cref="InvalidOperationException">No endpoint is set.</exception>
        public static void ConfigureHttpClient(HttpClient http, IApiClientOptions options, string optionsName)
        {
            http.BaseAddress = options.Endpoint
                ?? throw new InvalidOperationException($"Set {optionsName}.Endpoint to the service endpoint.");
            if (options.Timeout.HasValue)
            {
                http.Timeout = options.Timeout.GetValueOrDefault();
            }
        }

        /// <summary>Puts the client's own handlers innermost, after every handler the caller added (so retries wrap
        /// them: each attempt is signed afresh, and a body cut off halfway is retried too): automatic redirects are
        /// turned off (the client follows them only within the endpoint's origin), then authentication, then
        /// response buffering.</summary>
        /// <param name="options">The options.</param>
        /// <param name="primaryHandler">The pipeline's primary handler.</param>
        /// <param name="additionalHandlers">The pipeline's delegating handlers, outermost first.</param>
        /// <param name="services">The services, for an optional <see cref="TimeProvider"/> that AK/SK signatures use.</param>
        /// <param name="tokenHeaderName">The header that carries a token, or null when the API takes none.</param>
        /// <param name="optionsName">The options class, for the message when a limit is out of range.</param>
        /// <exception cref="InvalidOperationException">The credentials are incomplete or conflicting.</exception>
        /// <exception cref="ArgumentOutOfRangeException">MaxResponseBytes is out of range.</exception>
        public static void ConfigureHandlers(
            IApiClientOptions options,
            HttpMessageHandler? primaryHandler,
            IList<DelegatingHandler> additionalHandlers,
            IServiceProvider services,
            string? tokenHeaderName,
            string optionsName)
        {
            AutoRedirect.Disable(primaryHandler);
            var authentication = ApiAuthentication.CreateHandler(
                tokenHeaderName,
                (options as ITokenClientOptions)?.Token,
                options.AccessKey,
                options.SecretKey,
                options.ProjectId,
                services.GetService(typeof(TimeProvider)) as TimeProvider);
            if (authentication is not null)
            {
                additionalHandlers.Add(authentication);
            }

            // Checked when the client is first resolved: this handler is built before the client.
            var maxResponseBytes = ResponseLimits.CheckMaxResponseBytes(
                options.MaxResponseBytes, optionsName + "." + nameof(options.MaxResponseBytes));
            additionalHandlers.Add(new ResponseBufferingHandler(maxResponseBytes));
        }
    }
}
