using System.Collections.Generic;
using System.Linq;
using CloudImages.Generators.Diagnostics;
using CloudImages.Generators.Model;

namespace CloudImages.Generators.Spec
{
    internal sealed partial class SpecReader
    {
        /// <summary>Splits a path template into literal text and path parameters, and checks that the two agree.</summary>
        private List<PathSegment>? ReadPath(JsonStringNode pathNode, string operation, List<ParameterSpec> parameters)
        {
            var path = pathNode.Value;
            var location = _context.Locate(pathNode);
            var segments = new List<PathSegment>();
            var used = new HashSet<string>();
            var byWire = parameters.Where(p => p.Location == ParameterLocation.Path).ToDictionary(p => p.WireName, p => p);
            if (!path.StartsWith("/", System.StringComparison.Ordinal))
            {
                return Fail("it must start with '/'");
            }

            // Sent as written: a dot-segment would move the request to another path.
            if (path.Split('/').Any(segment => segment is "." or ".."))
            {
                return Fail("it cannot hold a '.' or '..' segment");
            }

            var literal = new System.Text.StringBuilder();
            for (var i = 0; i < path.Length; i++)
            {
                var c = path[i];
                if (c == '{')
                {
                    var close = path.IndexOf('}', i + 1);
                    if (close < 0)
                    {
                        return Fail("a '{' has no matching '}'");
                    }

                    var wire = path.Substring(i + 1, close - i - 1);
                    if (!byWire.TryGetValue(wire, out var parameter))
                    {
                        return Fail($"'{{{wire}}}' is not a parameter with \"in\": \"path\"");
                    }

                    if ((parameter.Type.Info.Use & KindUse.Path) == 0)
                    {
                        return Fail($"path parameter '{wire}' must be a {Kinds.Names(KindUse.Path)}");
                    }

                    if (literal.Length > 0)
                    {
                        segments.Add(new PathSegment(literal.ToString(), null));
                        literal.Clear();
                    }

                    segments.Add(new PathSegment(wire, parameter.PropertyName));
                    used.Add(wire);
                    i = close;
                }
                else if (IsPathCharacter(path, i))
                {
                    literal.Append(c);
                }
                else
                {
                    return Fail($"the character '{c}' must be percent-encoded");
                }
            }

            if (literal.Length > 0)
            {
                segments.Add(new PathSegment(literal.ToString(), null));
            }

            var unused = byWire.Keys.FirstOrDefault(w => !used.Contains(w));
            return unused is null ? segments : Fail($"path parameter '{unused}' does not appear in it");

            List<PathSegment>? Fail(string problem)
            {
                _context.Report(DiagnosticDescriptors.InvalidPath, location, path, operation, problem);
                return null;
            }
        }

        /// <summary>RFC 3986 pchar or '/': unreserved, sub-delims, ':' '@', or a complete percent-escape.</summary>
        private static bool IsPathCharacter(string path, int i)
        {
            var c = path[i];
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~!$&'()*+,;=:@/".IndexOf(c) >= 0)
            {
                return true;
            }

            return c == '%' && i + 2 < path.Length && System.Uri.IsHexDigit(path[i + 1]) && System.Uri.IsHexDigit(path[i + 2]);
        }
    }
}
