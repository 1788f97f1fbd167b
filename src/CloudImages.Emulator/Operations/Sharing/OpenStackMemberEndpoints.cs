using System;

namespace CloudImages.Emulator
{
    /// <summary>POST /v2/images/{image_id}/members, PUT and DELETE /v2/images/{image_id}/members/{member_id}: the
    /// owner adds and removes members, a member accepts or rejects. They change the same members as the IMS-native
    /// batch operations, at once.</summary>
    internal static class OpenStackMemberEndpoints
    {
        public static Route Add { get; } = Route.For("OpenStackAddImageMember", "POST", "/v2/images/{image_id}/members", AddMember);

        public static Route Update { get; } = Route.For("OpenStackUpdateImageMember", "PUT", MemberPath, UpdateMember);

        public static Route Delete { get; } = Route.For("OpenStackDeleteImageMember", "DELETE", MemberPath, DeleteMember);

        private const string MemberPath = "/v2/images/{image_id}/members/{member_id}";

        private static ImsResponse AddMember(ImsCall call)
        {
            var memberId = JsonBody.Parse(call.Body).RequiredString("member");
            var caller = call.ProjectId;
            ImageMembership.EnsureProject(memberId, caller);
            var id = call["image_id"];
            return call.Run(state =>
            {
                var image = OpenStackMemberLookup.Image(state, caller, id);
                if (!state.Owns(caller, image))
                {
                    throw new ImsRequestException(ImsErrors.Forbidden);
                }

                ImageMembership.EnsureShareable(image);
                if (ImageMembership.Find(state, image, memberId) is not null)
                {
                    throw ImsErrors.Refuse("IMG.0112", $"project {memberId} is already a member of image {id}.");
                }

                ImageMembership.EnsureRoomFor(state, image, 1);
                var member = new ImageMember(id, memberId, ImageMembership.Pending, state.Now, state.Now);
                state.PutMember(member);
                return MemberJson.One(member);
            });
        }

        private static ImsResponse UpdateMember(ImsCall call)
        {
            var body = JsonBody.Parse(call.Body);
            var status = ImageMembership.Decision(body);
            var vaultId = body.String("vault_id");
            var caller = call.ProjectId;
            var id = call["image_id"];
            var memberId = call["member_id"];
            return call.Run(state =>
            {
                var image = OpenStackMemberLookup.Image(state, caller, id);
                var member = OpenStackMemberLookup.Member(state, image, caller, memberId, "IMG.0114");

                // Only the member answers for itself; the owner sees the member but cannot accept for it.
                if (!string.Equals(caller, memberId, StringComparison.Ordinal))
                {
                    throw new ImsRequestException(ImsErrors.Forbidden);
                }

                ImageMembership.EnsureVaultGiven(image, status, vaultId);
                return MemberJson.One(ImageMembership.Decide(state, member, status, vaultId));
            });
        }

        private static ImsResponse DeleteMember(ImsCall call)
        {
            var caller = call.ProjectId;
            var id = call["image_id"];
            var memberId = call["member_id"];
            return call.Run(state =>
            {
                var image = OpenStackMemberLookup.Image(state, caller, id);
                if (!state.Owns(caller, image))
                {
                    throw new ImsRequestException(ImsErrors.Forbidden);
                }

                OpenStackMemberLookup.Member(state, image, caller, memberId, "IMG.0113");
                ImageMembership.Remove(state, image, memberId);
                return ImsResponse.Empty(204);
            });
        }
    }
}
