using System;
using System.Collections.Generic;
using System.Text.Json;

namespace CloudImages.Emulator
{
    /// <summary>PATCH /v2/images/{image_id}: a JSON Patch of the name, the description and extension attributes,
    /// applied whole or not at all; answers the image.</summary>
    /// <remarks>Both documented bodies are read: v2.1 (<c>{"op": "replace", "path": "/name", "value": ...}</c>) and
    /// v2.0 (<c>{"replace": "/name", "value": ...}</c>), as the Content-Type says.</remarks>
    internal static class UpdateOpenStackImageEndpoint
    {
        public const string V21MediaType = "application/openstack-images-v2.1-json-patch";
        public const string V20MediaType = "application/openstack-images-v2.0-json-patch";

        private static readonly string[] Ops = { "add", "replace", "remove" };

        public static Route Route { get; } = Route.For("OpenStackUpdateImage", "PATCH", "/v2/images/{image_id}", Handle);

        private static ImsResponse Handle(ImsCall call)
        {
            var mediaType = call.ContentType?.Split(';')[0].Trim();
            var v20 = string.Equals(mediaType, V20MediaType, StringComparison.OrdinalIgnoreCase);
            if (!v20 && !string.Equals(mediaType, V21MediaType, StringComparison.OrdinalIgnoreCase))
            {
                var detail = $"Content-Type '{call.ContentType}' is not {V21MediaType} or {V20MediaType}.";
                throw new ImsRequestException(ImsErrors.InvalidRequest(detail));
            }

            var operations = Parse(call.Body, v20);
            var project = call.ProjectId;
            var id = call["image_id"];
            return call.Run(state =>
            {
                var image = ImageLookup.Owned(state, project, id, openStack: true);
                if (operations.Count > 0)
                {
                    foreach (var operation in operations)
                    {
                        image = Apply(image, operation);
                    }

                    image = image with { UpdatedAt = state.Now };
                    state.PutImage(image);
                }

                return OpenStackImageJson.Image(200, state.FindImageSeenBy(project, id)!);
            });
        }

        /// <summary>One operation: add, replace or remove; the attribute (the path without its '/'); the value.</summary>
        private readonly record struct Operation(string Op, string Attribute, string? Value);

        private static List<Operation> Parse(byte[] body, bool v20)
        {
            var root = JsonBody.ParseElement(body);
            if (root.ValueKind != JsonValueKind.Array)
            {
                throw new ImsRequestException(ImsErrors.InvalidRequest("the body is not an array of operations."));
            }

            var operations = new List<Operation>();
            foreach (var item in root.EnumerateArray())
            {
                operations.Add(ParseOne(item, $"[{operations.Count}]", v20));
            }

            return operations;
        }

        private static Operation ParseOne(JsonElement item, string at, bool v20)
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new ImsRequestException(ImsErrors.InvalidRequest($"{at} is not an object."));
            }

            string? op;
            string? path;
            if (v20)
            {
                op = Array.Find(Ops, o => item.TryGetProperty(o, out _));
                path = op is null ? null : JsonBody.TextOf(item, op, at);
            }
            else
            {
                op = JsonBody.TextOf(item, "op", at);
                path = JsonBody.TextOf(item, "path", at);
            }

            if (op is null || Array.IndexOf(Ops, op) < 0)
            {
                throw new ImsRequestException(ImsErrors.InvalidRequest($"{at} names no operation of add, replace and remove."));
            }

            if (path is not { Length: > 1 } || path[0] != '/' || path.IndexOf('/', 1) >= 0 || path.Contains('~', StringComparison.Ordinal))
            {
                throw new ImsRequestException(ImsErrors.InvalidRequest($"{at}: the path '{path}' is not '/' and an attribute name."));
            }

            var value = op == "remove"
                ? null
                : JsonBody.TextOf(item, "value", at) ?? throw new ImsRequestException(ImsErrors.InvalidRequest($"{at}.value is missing."));
            return new Operation(op, path[1..], value);
        }

        // "Only customized attributes, image name, and image description can be modified." Replace and remove take an
        // attribute the image has; add on an existing one replaces it.
        private static CatalogueImage Apply(CatalogueImage image, Operation operation)
        {
            var (op, attribute, value) = operation;
            switch (attribute)
            {
                case "name" when op != "remove":
                    ImageAttributeRules.Name(value, "name");
                    return image with { Name = value! };
                case "__description":
                    Existing(op, attribute, image.Description is not null);
                    if (value is not null)
                    {
                        ImageAttributeRules.Description(value, "__description");
                    }

                    return image with { Description = value };
                case var _ when OpenStackImageRules.Documented.Contains(attribute):
                    throw ImsErrors.Refuse("IMG.0105", $"{op} /{attribute}: only the name, the description and extension attributes change.");
                default:
                    OpenStackImageRules.CheckExtensionName(attribute);
                    Existing(op, attribute, image.Properties.ContainsKey(attribute));
                    return image.WithProperty(attribute, value);
            }
        }

        private static void Existing(string op, string attribute, bool exists)
        {
            if (op != "add" && !exists)
            {
                throw ImsErrors.Refuse("IMG.0035", $"{op} /{attribute}: the image has no such attribute.");
            }
        }
    }
}
