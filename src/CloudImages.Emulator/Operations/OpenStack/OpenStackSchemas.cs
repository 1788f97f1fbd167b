using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CloudImages.Emulator
{
    /// <summary>The schema documents of the four schema pages, as their example responses show them
    /// (spec/ims/examples/*-schema-*.example-response-1.json). A list schema holds its item's schema.</summary>
    internal static class OpenStackSchemas
    {
        /// <summary>GET /v2/schemas/image.</summary>
        public static readonly byte[] Image = Encoding.UTF8.GetBytes("""
            {
              "additionalProperties": {
                "type": "string"
              },
              "name": "image",
              "links": [
                {
                  "href": "{self}",
                  "rel": "self"
                },
                {
                  "href": "{file}",
                  "rel": "enclosure"
                },
                {
                  "href": "{schema}",
                  "rel": "describedby"
                }
              ],
              "properties": {
                "status": {
                  "enum": [
                    "queued",
                    "saving",
                    "active",
                    "killed",
                    "deleted",
                    "pending_delete"
                  ],
                  "type": "string",
                  "description": "Status of the image (READ-ONLY)"
                },
                "tags": {
                  "items": {
                    "type": "string",
                    "maxLength": 255
                  },
                  "type": "array",
                  "description": "List of strings related to the image"
                },
                "kernel_id": {
                  "pattern": "^([0-9a-fA-F]){8}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-F]){12}$",
                  "type": "string",
                  "description": "ID of image stored in Glance that should be used as the kernel when booting an AMI-style image.",
                  "is_base": false
                },
                "container_format": {
                  "enum": [
                    "ami",
                    "ari",
                    "aki",
                    "bare",
                    "ovf",
                    "ova"
                  ],
                  "type": "string",
                  "description": "Format of the container"
                },
                "min_ram": {
                  "type": "integer",
                  "description": "Amount of ram (in MB) required to boot image."
                },
                "ramdisk_id": {
                  "pattern": "^([0-9a-fA-F]){8}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-F]){12}$",
                  "type": "string",
                  "description": "ID of image stored in Glance that should be used as the ramdisk when booting an AMI-style image.",
                  "is_base": false
                },
                "locations": {
                  "items": {
                    "required": [
                      "url",
                      "metadata"
                    ],
                    "type": "object",
                    "properties": {
                      "url": {
                        "type": "string",
                        "maxLength": 255
                      },
                      "metadata": {
                        "type": "object"
                      }
                    }
                  },
                  "type": "array",
                  "description": "A set of URLs to access the image file kept in external store"
                },
                "visibility": {
                  "enum": [
                    "public",
                    "private"
                  ],
                  "type": "string",
                  "description": "Scope of image accessibility"
                },
                "updated_at": {
                  "type": "string",
                  "description": "Date and time of the last image modification (READ-ONLY)"
                },
                "owner": {
                  "type": "string",
                  "description": "Owner of the image",
                  "maxLength": 255
                },
                "file": {
                  "type": "string",
                  "description": "(READ-ONLY)"
                },
                "min_disk": {
                  "type": "integer",
                  "description": "Amount of disk space (in GB) required to boot image."
                },
                "virtual_size": {
                  "type": "integer",
                  "description": "Virtual size of image in bytes (READ-ONLY)"
                },
                "id": {
                  "pattern": "^([0-9a-fA-F]){8}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-F]){12}$",
                  "type": "string",
                  "description": "An identifier for the image"
                },
                "size": {
                  "type": "integer",
                  "description": "Size of image file in bytes (READ-ONLY)"
                },
                "instance_uuid": {
                  "type": "string",
                  "description": "ID of instance used to create this image.",
                  "is_base": false
                },
                "os_distro": {
                  "type": "string",
                  "description": "Common name of operating system distribution as specified in http://docs.openstack.org/trunk/openstack-compute/admin/content/adding-images.html",
                  "is_base": false
                },
                "name": {
                  "type": "string",
                  "description": "Descriptive name for the image",
                  "maxLength": 255
                },
                "checksum": {
                  "type": "string",
                  "description": "md5 hash of image contents. (READ-ONLY)",
                  "maxLength": 32
                },
                "created_at": {
                  "type": "string",
                  "description": "Date and time of image registration (READ-ONLY)"
                },
                "disk_format": {
                  "enum": [
                    "ami",
                    "ari",
                    "aki",
                    "vhd",
                    "vmdk",
                    "raw",
                    "qcow2",
                    "vdi",
                    "iso"
                  ],
                  "type": "string",
                  "description": "Format of the disk"
                },
                "os_version": {
                  "type": "string",
                  "description": "Operating system version as specified by the distributor",
                  "is_base": false
                },
                "protected": {
                  "type": "boolean",
                  "description": "If true, image will not be deletable."
                },
                "architecture": {
                  "type": "string",
                  "description": "Operating system architecture as specified in http://docs.openstack.org/trunk/openstack-compute/admin/content/adding-images.html",
                  "is_base": false
                },
                "direct_url": {
                  "type": "string",
                  "description": "URL to access the image file kept in external store (READ-ONLY)"
                },
                "self": {
                  "type": "string",
                  "description": "(READ-ONLY)"
                },
                "schema": {
                  "type": "string",
                  "description": "(READ-ONLY)"
                }
              }
            }
            """);

        /// <summary>GET /v2/schemas/member.</summary>
        public static readonly byte[] Member = Encoding.UTF8.GetBytes("""
            {
              "name": "member",
              "properties": {
                "status": {
                  "enum": [
                    "pending",
                    "accepted",
                    "rejected"
                  ],
                  "type": "string",
                  "description": "The status of this image member"
                },
                "created_at": {
                  "type": "string",
                  "description": "Date and time of image member creation"
                },
                "updated_at": {
                  "type": "string",
                  "description": "Date and time of last modification of image member"
                },
                "image_id": {
                  "pattern": "^([0-9a-fA-F]){8}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-F]){12}$",
                  "type": "string",
                  "description": "An identifier for the image"
                },
                "member_id": {
                  "type": "string",
                  "description": "An identifier for the image member (tenantId)"
                },
                "schema": {
                  "readOnly": true,
                  "type": "string"
                }
              }
            }
            """);

        /// <summary>GET /v2/schemas/images: the image schema as its items, whose extension attributes the page types
        /// "String".</summary>
        public static readonly byte[] Images = List(
            """
            {
              "name": "images",
              "links": [
                { "href": "{first}", "rel": "first" },
                { "href": "{next}", "rel": "next" },
                { "href": "{schema}", "rel": "describedby" }
              ],
              "properties": {
                "images": { "items": null, "type": "array" },
                "schema": { "type": "string" },
                "next": { "type": "string" },
                "first": { "type": "string" }
              }
            }
            """,
            "images",
            Image,
            items => items["additionalProperties"]!["type"] = "String");

        /// <summary>GET /v2/schemas/members: the member schema as its items.</summary>
        public static readonly byte[] Members = List(
            """
            {
              "name": "members",
              "links": [
                { "href": "{schema}", "rel": "describedby" }
              ],
              "properties": {
                "members": { "items": null, "type": "array" },
                "schema": { "type": "string" }
              }
            }
            """,
            "members",
            Member,
            _ => { });

        private static byte[] List(string list, string property, byte[] item, Action<JsonNode> adjust)
        {
            var document = JsonNode.Parse(list)!;
            var items = JsonNode.Parse(item)!;
            adjust(items);
            document["properties"]![property]!["items"] = items;
            var buffer = new ArrayBufferWriter<byte>(8 * 1024);
            using (var writer = new Utf8JsonWriter(buffer, ImageJson.Options))
            {
                document.WriteTo(writer);
            }

            return buffer.WrittenSpan.ToArray();
        }
    }
}
