using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CloudImages.Generators.Tests.Hardening
{
    /// <summary>Deterministic mutations of a spec, from a seed: structural ones on the JSON tree and textual ones on the bytes.</summary>
    internal sealed class SpecMutator(string spec, int seed)
    {
        private static readonly string[] HostileText =
        [
            "", "\u0301\u0302\u0303", "\u200F\u202Eevil", "a\u2028b\u2029c", "\0", "*/", "</summary>", "\"\"\"", "#error x", "9lives", "class",
            new string('x', 3000),
        ];

        private static readonly JsonNode?[] OtherTypes = [null, JsonValue.Create(0), JsonValue.Create("s"), JsonValue.Create(true), new JsonArray(), new JsonObject()];

        private readonly Random _random = new(seed);
        private readonly JsonNode _root = JsonNode.Parse(spec)!;

        public IEnumerable<(string Kind, string Text)> Mutations(int count)
        {
            var members = Members(_root, "").ToList();
            for (var i = 0; i < count; i++)
            {
                // Every member gets its JSON type swapped once before the other kinds take turns.
                yield return i < members.Count * 2 && i % 2 == 0
                    ? ("swap-type", SwapType(members[i / 2].Path))
                    : Next(members);
            }
        }

        private (string Kind, string Text) Next(List<(string Path, JsonNode? Node)> members)
        {
            var (path, node) = members[_random.Next(members.Count)];
            switch (_random.Next(9))
            {
                case 0:
                    return ("truncate", spec[.._random.Next(spec.Length)]);
                case 1:
                    return ("remove", Mutate(path, (parent, key) => Remove(parent, key)));
                case 2:
                    return ("duplicate", Duplicate(path));
                case 3:
                    return ("huge-number", Mutate(path, (parent, key) => Set(parent, key, JsonNode.Parse(Pick("1e400", "-1e400", "123456789012345678901234567890", "1e-400", "-0", "2147483648")))));
                case 4:
                    // Too deep for JsonNode itself: splice the text in.
                    return ("deep", Mutate(path, (parent, key) => Set(parent, key, JsonValue.Create(DeepMarker))).Replace($"\"{DeepMarker}\"", Deep(1000), StringComparison.Ordinal));
                case 5:
                    return ("empty-string", Mutate(path, (parent, key) => Set(parent, key, JsonValue.Create(""))));
                case 6:
                    return ("unicode", Mutate(path, (parent, key) => Set(parent, key, JsonValue.Create(Decorate(node)))));
                case 7:
                    return ("dangling-rule", DanglingRule());
                default:
                    return ("circular", Circular());
            }
        }

        private string SwapType(string path) => Mutate(path, (parent, key) =>
        {
            var current = Kind(Get(parent, key));
            var candidates = OtherTypes.Where(t => Kind(t) != current).ToArray();
            Set(parent, key, candidates[_random.Next(candidates.Length)]?.DeepClone());
        });

        private string Duplicate(string path)
        {
            // JsonNode cannot hold a duplicate key, so write the text by hand with one property twice.
            var target = path.Split('/').Last();
            var builder = new StringBuilder();
            Write(builder, _root, "", path);
            return builder.ToString();

            void Write(StringBuilder text, JsonNode? node, string at, string duplicate)
            {
                switch (node)
                {
                    case JsonObject obj:
                        text.Append('{');
                        var first = true;
                        foreach (var (key, value) in obj)
                        {
                            var here = at + "/" + key;
                            for (var copy = 0; copy < (here == duplicate ? 2 : 1); copy++)
                            {
                                text.Append(first ? "" : ",").Append(JsonSerializer.Serialize(key)).Append(':');
                                Write(text, value, here, duplicate);
                                first = false;
                            }
                        }

                        text.Append('}');
                        break;
                    case JsonArray array:
                        text.Append('[');
                        for (var i = 0; i < array.Count; i++)
                        {
                            text.Append(i == 0 ? "" : ",");
                            Write(text, array[i], at + "/" + i.ToString(CultureInfo.InvariantCulture), duplicate);
                        }

                        text.Append(']');
                        break;
                    default:
                        text.Append(node?.ToJsonString() ?? "null");
                        break;
                }
            }
        }

        private string DanglingRule() => Mutate("/operations/0/rules", (parent, key) =>
        {
            var rules = (JsonArray)Get(parent, key)!;
            var rule = (JsonObject)rules[_random.Next(rules.Count)]!;
            rule[_random.Next(2) == 0 ? "parameter" : "with"] = "no_such_parameter_" + _random.Next(1000).ToString(CultureInfo.InvariantCulture);
        });

        private string Circular()
        {
            var root = _root.DeepClone();
            var schemas = (JsonArray)root["schemas"]!;
            if (_random.Next(2) == 0)
            {
                ((JsonArray)schemas[1]!["fields"]!).Add(new JsonObject { ["name"] = "parent", ["type"] = "object", ["schema"] = "Image" });
            }
            else
            {
                schemas.Add(new JsonObject { ["name"] = "A", ["fields"] = new JsonArray(new JsonObject { ["name"] = "b", ["type"] = "object", ["schema"] = "B" }) });
                schemas.Add(new JsonObject { ["name"] = "B", ["fields"] = new JsonArray(new JsonObject { ["name"] = "a", ["type"] = "array", ["items"] = new JsonObject { ["type"] = "object", ["schema"] = "A" } }) });
            }

            return root.ToJsonString();
        }

        private string Mutate(string path, Action<JsonNode, string> change)
        {
            var root = _root.DeepClone();
            var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            JsonNode parent = root;
            foreach (var part in parts[..^1])
            {
                parent = parent is JsonArray array ? array[int.Parse(part, CultureInfo.InvariantCulture)]! : parent[part]!;
            }

            change(parent, parts[^1]);
            return root.ToJsonString();
        }

        private static JsonNode? Get(JsonNode parent, string key) =>
            parent is JsonArray array ? array[int.Parse(key, CultureInfo.InvariantCulture)] : parent[key];

        private static void Set(JsonNode parent, string key, JsonNode? value)
        {
            if (parent is JsonArray array)
            {
                array[int.Parse(key, CultureInfo.InvariantCulture)] = value;
            }
            else
            {
                parent[key] = value;
            }
        }

        private static void Remove(JsonNode parent, string key)
        {
            if (parent is JsonArray array)
            {
                array.RemoveAt(int.Parse(key, CultureInfo.InvariantCulture));
            }
            else
            {
                ((JsonObject)parent).Remove(key);
            }
        }

        private static IEnumerable<(string Path, JsonNode? Node)> Members(JsonNode? node, string path)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (key, value) in obj)
                    {
                        yield return (path + "/" + key, value);
                        foreach (var inner in Members(value, path + "/" + key))
                        {
                            yield return inner;
                        }
                    }

                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        foreach (var inner in Members(array[i], path + "/" + i.ToString(CultureInfo.InvariantCulture)))
                        {
                            yield return inner;
                        }
                    }

                    break;
            }
        }

        private static string Kind(JsonNode? node) => node?.GetValueKind().ToString() ?? "Null";

        private string Decorate(JsonNode? node)
        {
            var original = node is JsonValue value && value.TryGetValue<string>(out var text) ? text : "name";
            var hostile = HostileText[_random.Next(HostileText.Length)];
            return _random.Next(2) == 0 ? hostile + original : original + hostile;
        }

        private string Pick(params string[] values) => values[_random.Next(values.Length)];

        private const string DeepMarker = "deep-nesting-goes-here";

        private string Deep(int levels) => _random.Next(2) == 0
            ? new string('[', levels) + new string(']', levels)
            : string.Concat(Enumerable.Repeat("{\"a\":", levels)) + "1" + new string('}', levels);
    }
}
