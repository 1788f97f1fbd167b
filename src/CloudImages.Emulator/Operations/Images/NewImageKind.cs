namespace CloudImages.Emulator
{
    /// <summary>The request members that say what kind of image to make: <c>type</c> and <c>hw_firmware_type</c>.</summary>
    internal static class NewImageKind
    {
        /// <summary>The <c>virtual_env_type</c> for the request's <c>type</c> (ECS by default): ECS and FusionCompute
        /// make an ECS image, BMS and Ironic a BMS image, IsoImage (where the page allows it) an ISO image.</summary>
        /// <exception cref="ImsRequestException">Another type (IMG.0024).</exception>
        public static string VirtualEnvOf(JsonBody body, bool isoAllowed)
        {
            var type = body.String("type") ?? "ECS";
            return type switch
            {
                "ECS" or "FusionCompute" => "FusionCompute",
                "BMS" or "Ironic" => "Ironic",
                "IsoImage" when isoAllowed => "IsoImage",
                _ => throw new ImsRequestException(ImsErrors.InvalidImageType($"{body.Member("type")} '{type}' is not one this request takes.")),
            };
        }

        /// <summary>The request's <c>hw_firmware_type</c>, null when absent.</summary>
        /// <exception cref="ImsRequestException">Neither bios nor uefi (IMG.0141).</exception>
        public static string? Firmware(JsonBody body) => body.String("hw_firmware_type") switch
        {
            null => null,
            "bios" => "bios",
            "uefi" => "uefi",
            var other => throw ImsErrors.Refuse("IMG.0141", $"'{other}'."),
        };
    }
}
