using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace CloudImages.Emulator
{
    /// <summary>PATCH /v2/cloudimages/{image_id}: a JSON Patch (RFC 6902) array of <c>{op, path, value}</c> applied to
    /// an active image its owner updates, all operations or none. <c>add</c> sets an attribute (replacing it when
    /// present); <c>replace</c> and <c>remove</c> need it present (IMG.0035 otherwise). Undocumented lowercase paths
    /// are extension attributes, which are added or removed.</summary>
    internal static class UpdateImageEndpoint
    {
        public static Route Route { get; } = Route.For("UpdateImage", "PATCH", "/v2/cloudimages/{image_id}", Handle);

        /// <summary>Pairs of attributes the page says cannot co-exist on an image.</summary>
        private static readonly (string Text, Func<CatalogueImage, bool> Holds)[] Conflicts =
        {
            ("__support_xen_hana cannot co-exist with __support_xen", i => i.SupportXenHana && i.SupportXen),
            ("__support_xen_hana cannot co-exist with __support_kvm", i => i.SupportXenHana && i.SupportKvm),
            ("__support_kvm_infiniband cannot co-exist with __support_xen", i => i.SupportKvmInfiniBand && i.SupportXen),
        };

        private static ImsResponse Handle(ImsCall call)
        {
            var steps = Parse(call.Body);
            var project = call.ProjectId;
            var id = call["image_id"];
            return call.Run(state =>
            {
                var image = ImageLookup.Owned(state, project, id);
                ImageLookup.RequireStatus(image, "active", "only active images can be updated.");
                var updated = steps.Aggregate(image, Apply);
                Check(image, updated);
                if (updated != image)
                {
                    updated = updated with { UpdatedAt = state.Now };
                    state.PutImage(updated);
                }

                var seen = state.FindImageSeenBy(project, id)!;
                return ImsResponse.Json(200, w => ImageJson.Write(w, seen));
            });
        }

        /// <summary>One operation, checked against the page without the image: its op, path and value.</summary>
        /// <param name="Index">Its place in the array, for the messages.</param>
        /// <param name="Op">add, replace or remove.</param>
        /// <param name="Name">The attribute, the path without its '/'.</param>
        /// <param name="Value">The checked value; null for remove.</param>
        /// <param name="Attribute">The documented attribute; null for an extension attribute.</param>
        private sealed record PatchStep(int Index, string Op, string Name, string? Value, PatchableAttribute? Attribute);

        private static List<PatchStep> Parse(byte[] body)
        {
            var root = JsonBody.ParseElement(body);
            return root.ValueKind == JsonValueKind.Array
                ? root.EnumerateArray().Select(Step).ToList()
                : throw Invalid("the body is not a JSON Patch array of {op, path, value} objects.");
        }

        private static PatchStep Step(JsonElement item, int index)
        {
            var at = $"[{index}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw Invalid($"{at} must be an object.");
            }

            var op = JsonBody.TextOf(item, "op", at) ?? throw Invalid($"{at}.op is missing.");
            var path = JsonBody.TextOf(item, "path", at) ?? throw Invalid($"{at}.path is missing.");
            if (op is not ("add" or "replace" or "remove"))
            {
                throw Invalid($"{at}.op '{op}' is not add, replace or remove.");
            }

            var name = AttributeName(path, at);
            var value = op == "remove" ? null : JsonBody.TextOf(item, "value", at) ?? throw Invalid($"{at}.value is missing.");
            if (UpdateImageAttributes.All.TryGetValue(name, out var attribute))
            {
                return attribute.ReplaceOnly && op != "replace"
                    ? throw Invalid($"{at}: /{name} can only be replaced.")
                    : new PatchStep(index, op, name, value is null ? null : attribute.Normalize(value), attribute);
            }

            if (UpdateImageAttributes.ReadOnly.Contains(name))
            {
                throw Invalid($"{at}: /{name} cannot be updated.");
            }

            if (name.Any(char.IsUpper))
            {
                throw Invalid($"{at}: extension attribute names cannot contain uppercase letters: '{name}'.");
            }

            return op == "replace"
                ? throw Invalid($"{at}: /{name} is not an attribute this API replaces; extension attributes are added or removed.")
                : new PatchStep(index, op, name, value, null);
        }

        // One JSON Pointer segment, with its escapes (~1 is '/', ~0 is '~'): attributes are not nested.
        private static string AttributeName(string path, string at)
        {
            if (path.Length < 2 || path[0] != '/' || path.IndexOf('/', 1) >= 0)
            {
                throw Invalid($"{at}.path '{path}' is not '/' followed by an attribute name.");
            }

            return path[1..].Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
        }

        private static CatalogueImage Apply(CatalogueImage image, PatchStep step)
        {
            var present = step.Attribute?.IsPresent(image) ?? image.Properties.ContainsKey(step.Name);
            if (step.Op != "add" && !present)
            {
                throw ImsErrors.Refuse("IMG.0035", $"[{step.Index}] cannot {step.Op} /{step.Name}: the image has no such attribute.");
            }

            return (step.Attribute, step.Value) switch
            {
                ({ } attribute, { } value) => attribute.Set(image, value),
                ({ } attribute, null) => attribute.Remove(image),
                (null, var value) => image.WithProperty(step.Name, value),
            };
        }

        // Only what the patch brings in: an image that already had a conflict can still be renamed.
        private static void Check(CatalogueImage before, CatalogueImage after)
        {
            foreach (var (text, holds) in Conflicts)
            {
                if (holds(after) && !holds(before))
                {
                    throw ImsErrors.Refuse("IMG.0035", text + ".");
                }
            }

            if (MinAboveMax(after) && !MinAboveMax(before))
            {
                throw new ImsRequestException(ImsErrors.InvalidSize($"min_ram {after.MinRam} is above max_ram {after.MaxRam}."));
            }
        }

        private static bool MinAboveMax(CatalogueImage image) =>
            int.TryParse(image.MaxRam, NumberStyles.None, CultureInfo.InvariantCulture, out var max) && image.MinRam > max;

        private static ImsRequestException Invalid(string detail) => new(ImsErrors.InvalidRequest(detail));
    }
}
