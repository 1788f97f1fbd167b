using System.Text.Json;
using System.Text.RegularExpressions;
using CloudImages.Importer.Rst;

namespace CloudImages.Importer.Import
{
    /// <summary>Reads one API page: the URI, the parameter tables of the URI, Request and Response sections (and the
    /// tables they link to), the returned values, the examples and the constraint sentences.</summary>
    internal static partial class PageImporter
    {
        public static ImportedPage Import(string path)
        {
            var page = RstPage.Load(path);
            var uri = page.SectionRange("URI") ?? throw new PageException(page.At(0), $"'{page.Title}' is not an API page: it has no URI section");
            var (method, uriPath, uriLine) = ReadUri(page, uri);
            foreach (var section in new[] { "Request", "Response", "Returned Values" }.Where(s => page.SectionRange(s) is null))
            {
                throw new PageException(page.At(page.Lines.Count - 1), $"the page has no '{section}' section, which every API page has (a truncated page?)");
            }

            var templateNames = PathParameter().Matches(uriPath).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            var imported = new ImportedPage
            {
                Page = page,
                OperationName = Naming.Operation(page.Title),
                Method = method,
                Path = uriPath,
                Description = FirstParagraph(page, "Function"),
            };
            CheckRefs(page);

            var tables = page.Tables.Where(TableMembers.IsParameterTable).ToList();
            var read = tables.ToDictionary(t => t, t => TableMembers.Read(t, imported));
            var nested = Nest(page, read);
            foreach (var table in tables.Where(t => !nested.Contains(t)))
            {
                var members = read[table];
                switch (table.Section)
                {
                    case "URI":
                        imported.Parameters.AddRange(members.Members.Select(m => (templateNames.Contains(m.Name) ? "path" : "query", m)));
                        break;
                    case "Request" when method is "GET" or "HEAD":
                        imported.Parameters.AddRange(members.Members.Select(m => (templateNames.Contains(m.Name) ? "path" : "query", m)));
                        break;
                    case "Request":
                        imported.Parameters.AddRange(members.Members.Where(m => templateNames.Contains(m.Name)).Select(m => ("path", m)));
                        var body = members.Members.Where(m => !templateNames.Contains(m.Name)).ToList();
                        if (body.Count > 0)
                        {
                            imported.BodyAlternatives.Add(members with { Members = body });
                        }

                        break;
                    case "Response":
                        imported.ResponseTables.Add(members);
                        break;
                }
            }

            foreach (var name in templateNames.Where(n => imported.Parameters.All(p => p.Member.Name != n)))
            {
                imported.Warnings.Add(new ImportWarning(page.At(uriLine), $"path parameter '{name}' is not described by any table: assumed a String"));
                imported.Parameters.Add(("path", new DocumentedMember
                {
                    Name = name, Location = page.At(uriLine), Mandatory = true, Type = new DocumentedType("string"),
                    Paragraphs = Array.Empty<string>(), Facts = DescriptionFacts.Read(Array.Empty<string>()),
                }));
            }

            ReturnedValues.Read(page, imported);
            ReadExamples(page, imported);
            ReviewList.Collect(imported);
            return imported;
        }

        private static (string Method, string Path, int Line) ReadUri(RstPage page, (int From, int To) uri)
        {
            for (var i = uri.From; i < uri.To; i++)
            {
                if (UriLine().Match(page.Lines[i]) is { Success: true } m)
                {
                    // The older pages write the query as a URI template: GET /v2/cloudimages{?a,b}.
                    var path = QueryTemplate().Replace(m.Groups[2].Value, "");
                    path = path.Split('?')[0];
                    return (m.Groups[1].Value, path, i);
                }
            }

            throw new PageException(page.At(uri.From), "the URI section has no 'METHOD /path' line");
        }

        private static string? FirstParagraph(RstPage page, string section)
        {
            if (page.SectionRange(section) is not { } range)
            {
                return null;
            }

            var lines = page.Lines.Skip(range.From).Take(range.To - range.From).SkipWhile(l => l.Trim().Length == 0).TakeWhile(l => l.Trim().Length > 0);
            var text = InlineText.Plain(string.Join(" ", lines.Select(l => l.Trim()))).Trim();
            return text.Length == 0 ? null : text;
        }

        /// <summary>A link to a label of this page's own topic (en-us_topic_X__tableY) that the page does not define
        /// is an error: the table it names is missing. Links to other topics are left alone.</summary>
        private static void CheckRefs(RstPage page)
        {
            if (page.TopicLabel is null)
            {
                return;
            }

            for (var i = 0; i < page.Lines.Count; i++)
            {
                foreach (var (label, index) in InlineText.Refs(page.Lines[i]))
                {
                    if (label.StartsWith(page.TopicLabel + "__", StringComparison.Ordinal) && !page.Labels.ContainsKey(label))
                    {
                        throw new PageException(page.At(i, index + 1), $":ref: to '{label}', which this page does not define (a missing table?)");
                    }
                }
            }
        }

        /// <summary>Follows each member's links to tables of this page: the linked table describes its objects.
        /// Returns the tables that are nested in another.</summary>
        private static HashSet<RstTable> Nest(RstPage page, Dictionary<RstTable, DocumentedTable> read)
        {
            var byLabel = read.Keys.Where(t => t.Label is not null).ToDictionary(t => t.Label!, StringComparer.Ordinal);
            var nested = new HashSet<RstTable>();
            foreach (var (table, members) in read)
            {
                foreach (var member in members.Members)
                {
                    var kind = member.Type.Items?.Kind ?? member.Type.Kind;
                    if (kind != "object")
                    {
                        continue;
                    }

                    var label = member.Type.Items?.TableLabel ?? member.Type.TableLabel
                        ?? member.Paragraphs.SelectMany(InlineText.Refs).Select(r => r.Label).FirstOrDefault(byLabel.ContainsKey);
                    var target = label is not null && byLabel.TryGetValue(label, out var linked) ? linked : DescribedBy(read.Keys, member.Name);
                    if (target is not null && target != table)
                    {
                        member.Nested = read[target];
                        nested.Add(target);
                    }
                }
            }

            return nested;
        }

        /// <summary>A table that no link names, captioned "Data structure description of the X field" (some pages
        /// leave out the label): it describes member X.</summary>
        private static RstTable? DescribedBy(IEnumerable<RstTable> tables, string member) =>
            tables.FirstOrDefault(t => t.Caption is { } caption
                && FieldCaption().Match(caption) is { Success: true } m
                && string.Equals(m.Groups[1].Value, member, StringComparison.Ordinal));

        private static void ReadExamples(RstPage page, ImportedPage imported)
        {
            foreach (var (section, line, text) in page.LiteralBlocks)
            {
                var kind = section.StartsWith("Example Request", StringComparison.OrdinalIgnoreCase) ? "request"
                    : section.StartsWith("Response", StringComparison.OrdinalIgnoreCase) || section.StartsWith("Example Response", StringComparison.OrdinalIgnoreCase) ? "response"
                    : null;
                var json = string.Join("\n", text.Split('\n').SkipWhile(l => RequestLine().IsMatch(l) || l.StartsWith("STATUS CODE", StringComparison.OrdinalIgnoreCase) || l.Trim().Length == 0));
                if (kind is null || json.Length == 0 || json[0] is not ('{' or '['))
                {
                    continue;
                }

                try
                {
                    using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                    imported.Examples.Add((kind, line + 1, JsonSerializer.Serialize(document.RootElement, ExampleFixtures.Indented)));
                }
                catch (JsonException e)
                {
                    imported.Warnings.Add(new ImportWarning(page.At(line), $"the example {kind} is not valid JSON ({e.Message}): no fixture written for it"));
                }
            }
        }

        [GeneratedRegex(@"description of the (\S+) field", RegexOptions.IgnoreCase)]
        private static partial Regex FieldCaption();

        [GeneratedRegex(@"^\s*(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(\S+)\s*$")]
        private static partial Regex UriLine();

        [GeneratedRegex(@"^\s*(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s")]
        private static partial Regex RequestLine();

        [GeneratedRegex(@"\{\?[^}]*\}")]
        private static partial Regex QueryTemplate();

        [GeneratedRegex(@"\{([^}?]+)\}")]
        private static partial Regex PathParameter();
    }
}
