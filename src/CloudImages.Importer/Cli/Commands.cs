using System.Text.Json;
using System.Text.Json.Nodes;
using CloudImages.Importer.Drift;
using CloudImages.Importer.Import;
using CloudImages.Importer.Rst;

namespace CloudImages.Importer.Cli
{
    /// <summary>The commands: import (0 = written, 1 = written on assumptions the warnings name, to review; 2 = a page
    /// or arguments it cannot read, nothing written) and drift (0 = none, 1 = drift, 2 = bad input).</summary>
    internal static class Commands
    {
        public const string Usage = "usage: cloud-api import PAGE.rst [-o FILE.cloud-api.json]\n       cloud-api drift SPEC.cloud-api.json PAGE.rst";

        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            try
            {
                return args switch
                {
                    ["import", var page] => Import(page, DefaultOutput(page), output, error),
                    ["import", var page, "-o", var file] => Import(page, file, output, error),
                    ["drift", var spec, var page] => Drift(spec, page, output, error),
                    _ => Fail(error, Usage),
                };
            }
            catch (PageException e)
            {
                return Fail(error, e.Message);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
            {
                return Fail(error, "error: " + e.Message);
            }
        }

        private static int Import(string page, string file, TextWriter output, TextWriter error)
        {
            var imported = PageImporter.Import(page);
            var spec = SpecDraft.Write(imported);
            var files = new List<(string Path, string Text)>
            {
                (file, spec.ToJsonString(ExampleFixtures.Indented) + "\n"),
                (ExampleFixtures.Sibling(file, "review.json"), Review(imported).ToJsonString(ExampleFixtures.Indented) + "\n"),
            };
            files.AddRange(ExampleFixtures.Files(file, imported));
            foreach (var warning in imported.Warnings)
            {
                error.WriteLine(warning);
            }

            WriteAll(files);
            var constraints = imported.Review.Count(r => r.Kind == "constraint");
            output.WriteLine($"{file}: {imported.OperationName} ({imported.Method} {imported.Path}); {constraints} constraint sentence(s) and {imported.Review.Count - constraints} other item(s) to review in {files[1].Path}; {imported.Examples.Count} example(s)");
            return imported.Warnings.Count == 0 ? 0 : 1;
        }

        private static int Drift(string specPath, string page, TextWriter output, TextWriter error)
        {
            var committed = JsonNode.Parse(File.ReadAllText(specPath), documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }) as JsonObject
                ?? throw new JsonException($"{specPath} is not a JSON object");
            var imported = PageImporter.Import(page);
            var differences = SpecDrift.Compare(committed, SpecDraft.Write(imported), new SourceLocation(page, 1, 1));
            foreach (var difference in differences)
            {
                output.WriteLine(difference);
            }

            output.WriteLine(differences.Count == 0 ? $"{specPath}: no drift from {page}" : $"{specPath}: {differences.Count} difference(s) from {page}");
            return differences.Count == 0 ? 0 : 1;
        }

        private static JsonObject Review(ImportedPage imported) => new()
        {
            ["page"] = imported.Page.File,
            ["operation"] = imported.OperationName,
            ["items"] = new JsonArray(imported.Review.Select(r => (JsonNode)new JsonObject
            {
                ["kind"] = r.Kind, ["where"] = r.Where, ["location"] = r.Location.ToString(), ["text"] = r.Text,
            }).ToArray()),
            ["warnings"] = new JsonArray(imported.Warnings.Select(w => (JsonNode)JsonValue.Create(w.ToString())).ToArray()),
        };

        /// <summary>Writes every file to a temporary name first, then moves them in place: a failure leaves no
        /// half-written spec.</summary>
        private static void WriteAll(IReadOnlyList<(string Path, string Text)> files)
        {
            var temporary = files.Select(f => (f.Path, Temp: f.Path + ".tmp")).ToList();
            try
            {
                foreach (var (path, text) in files)
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                    File.WriteAllText(path + ".tmp", text);
                }

                foreach (var (path, temp) in temporary)
                {
                    File.Move(temp, path, overwrite: true);
                }
            }
            finally
            {
                foreach (var (_, temp) in temporary.Where(t => File.Exists(t.Temp)))
                {
                    File.Delete(temp);
                }
            }
        }

        private static string DefaultOutput(string page) => Path.GetFileNameWithoutExtension(page).Replace('_', '-') + ".cloud-api.json";

        private static int Fail(TextWriter error, string message)
        {
            error.WriteLine(message);
            return 2;
        }
    }
}
