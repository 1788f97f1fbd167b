namespace CloudImages.Emulator
{
    /// <summary>GET /v2/schemas/image, /images, /member and /members: fixed documents.</summary>
    internal static class OpenStackSchemaEndpoints
    {
        public static Route Image { get; } = Schema("OpenStackGetImageSchema", "image", OpenStackSchemas.Image);

        public static Route Images { get; } = Schema("OpenStackGetImagesSchema", "images", OpenStackSchemas.Images);

        public static Route Member { get; } = Schema("OpenStackGetMemberSchema", "member", OpenStackSchemas.Member);

        public static Route Members { get; } = Schema("OpenStackGetMembersSchema", "members", OpenStackSchemas.Members);

        private static Route Schema(string operation, string name, byte[] document) =>
            Route.For(operation, "GET", "/v2/schemas/" + name, _ => new ImsResponse(200, document));
    }
}
