using System.Globalization;
using System.Reflection;
using System.Text;

namespace CloudImages.Benchmarks.Query
{
    /// <summary>The official SDK's query building: reflection over the request's properties and their attributes on
    /// every call. Unlike the SDK, it encodes names and values (RFC 3986, Uri.EscapeDataString) and writes booleans and
    /// numbers invariantly, so that both builders send the same, correct query.</summary>
    public static class ReflectionQueryBuilder
    {
        public static string Build(object request)
        {
            ArgumentNullException.ThrowIfNull(request);
            var query = new StringBuilder();
            foreach (var property in request.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var attribute = property.GetCustomAttributes(typeof(SdkPropertyAttribute), true).OfType<SdkPropertyAttribute>().LastOrDefault();
                if (attribute is not { IsQuery: true })
                {
                    continue;
                }

                var value = property.GetValue(request, null);
                var text = value switch
                {
                    null => null,
                    bool flag => flag ? "true" : "false",
                    _ => Convert.ToString(value, CultureInfo.InvariantCulture),
                };
                if (string.IsNullOrEmpty(text))
                {
                    continue;
                }

                query.Append(query.Length == 0 ? '?' : '&')
                    .Append(Uri.EscapeDataString(attribute.PropertyName))
                    .Append('=')
                    .Append(Uri.EscapeDataString(text));
            }

            return query.ToString();
        }
    }
}
