using System;
using System.Linq;

namespace CloudImages.Emulator
{
    /// <summary>GET /v2/images/{image_id}/members and GET /v2/images/{image_id}/members/{member_id}: the owner sees
    /// every member of its image, a member only its own membership.</summary>
    internal static class OpenStackMemberQueries
    {
        public static Route List { get; } = Route.For("OpenStackListImageMembers", "GET", "/v2/images/{image_id}/members", ListMembers);

        public static Route Get { get; } = Route.For("OpenStackGetImageMember", "GET", "/v2/images/{image_id}/members/{member_id}", GetMember);

        private static ImsResponse ListMembers(ImsCall call)
        {
            var caller = call.ProjectId;
            var id = call["image_id"];
            var members = call.Run(state =>
            {
                var image = OpenStackMemberLookup.Image(state, caller, id);
                var all = ImageMembership.All(state, image);
                return state.Owns(caller, image) ? all : all.Where(m => string.Equals(m.ProjectId, caller, StringComparison.Ordinal)).ToList();
            });
            return MemberJson.List(members);
        }

        private static ImsResponse GetMember(ImsCall call)
        {
            var caller = call.ProjectId;
            var id = call["image_id"];
            var memberId = call["member_id"];
            var member = call.Run(state =>
                OpenStackMemberLookup.Member(state, OpenStackMemberLookup.Image(state, caller, id), caller, memberId, "IMG.0114"));
            return MemberJson.One(member);
        }
    }
}
