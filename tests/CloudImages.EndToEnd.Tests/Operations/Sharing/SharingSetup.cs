using System.Net;
using System.Text;
using System.Text.Json;
using CloudImages.Emulator;
using CloudImages.Ims;
using CloudImages.Runtime;

namespace CloudImages.EndToEnd.Tests.Operations.Sharing
{
    /// <summary>Images to share, and the calls and checks the sharing tests repeat.</summary>
    internal static class SharingSetup
    {
        /// <summary>A third project, neither the owner nor the session's member.</summary>
        public const string ThirdProjectId = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";

        /// <summary>Adds an image owned by <paramref name="owner"/> (the session's owner unless told), shaped by
        /// <paramref name="shape"/>, and returns its id.</summary>
        public static string AddImage(ImsSession s, Func<CatalogueImage, CatalogueImage>? shape = null, string owner = ImsSession.OwnerProjectId)
        {
            var image = new CatalogueImage { Id = Guid.NewGuid().ToString("D"), Name = "image-" + s.Ims.Catalogue.Count, Owner = owner };
            s.Ims.Catalogue.Add(shape is null ? image : shape(image));
            return image.Id;
        }

        /// <summary>A full-ECS image made from a CBR backup: one that can be shared.</summary>
        public static string AddBackupWholeImage(ImsSession s) =>
            AddImage(s, i => i with { WholeImage = true, BackupId = Guid.NewGuid().ToString("D"), DataOrigin = "server_backup," + Guid.NewGuid() });

        /// <summary>The owner (or <paramref name="client"/>) shares <paramref name="imageId"/> through the
        /// OpenStack-native API.</summary>
        public static Task<OpenStackImageMember> ShareAsync(
            ImsSession s, string imageId, string member = ImsSession.MemberProjectId, CloudImagesClient? client = null) =>
            (client ?? s.Owner).OpenStackAddImageMemberAsync(new() { ImageId = imageId, Member = member });

        /// <summary><paramref name="client"/> answers for the member through the OpenStack-native API.</summary>
        public static Task<OpenStackImageMember> AnswerAsync(
            CloudImagesClient client, string imageId, OpenStackMemberDecision status, string? vaultId = null) =>
            client.OpenStackUpdateImageMemberAsync(new()
            {
                ImageId = imageId, MemberId = ImsSession.MemberProjectId, Status = status, VaultId = vaultId,
            });

        /// <summary><paramref name="client"/> reads a membership through the OpenStack-native API.</summary>
        public static Task<OpenStackImageMember> GetMemberAsync(
            CloudImagesClient client, string imageId, string member = ImsSession.MemberProjectId) =>
            client.OpenStackGetImageMemberAsync(new() { ImageId = imageId, MemberId = member });

        /// <summary><paramref name="client"/> deletes a member through the OpenStack-native API.</summary>
        public static Task UnshareAsync(CloudImagesClient client, string imageId, string member = ImsSession.MemberProjectId) =>
            client.OpenStackDeleteImageMemberAsync(new() { ImageId = imageId, MemberId = member });

        /// <summary><paramref name="client"/> shares <paramref name="images"/> with <paramref name="projects"/>
        /// through the IMS-native batch operation.</summary>
        public static Task<ApiJob<Job>> ShareBatchAsync(CloudImagesClient client, IReadOnlyList<string> images, params string[] projects) =>
            client.AddImageMembersAsync(new() { Images = images, Projects = projects });

        /// <summary>The ids of the shared images the member lists with <c>member_status</c>.</summary>
        public static async Task<IReadOnlyList<string>> MemberListsAsync(ImsSession s, MemberStatus status)
        {
            var listed = await s.Member.ListImagesAsync(new() { Visibility = Visibility.Shared, MemberStatus = status });
            return listed.Images!.Select(i => i.Id!).ToList();
        }

        /// <summary>The ids of the images a client lists without filters.</summary>
        public static async Task<IReadOnlyList<string>> ListsAsync(CloudImagesClient client) =>
            (await client.ListImagesAsync(new())).Images!.Select(i => i.Id!).ToList();

        /// <summary>The members the emulator holds for <paramref name="imageId"/>: project and status.</summary>
        public static IReadOnlyList<(string Project, string Status)> MembersOf(ImsSession s, string imageId) =>
            s.Ims.Members.Where(m => m.ImageId == imageId)
                .Select(m => (m.ProjectId, m.Status))
                .OrderBy(m => m.ProjectId, StringComparer.Ordinal)
                .ToList();

        /// <summary>Asserts that <paramref name="call"/> is refused with <paramref name="status"/> and <paramref name="code"/>.</summary>
        public static async Task<ApiException> RefusedAsync(HttpStatusCode status, string code, Func<Task> call)
        {
            var refused = await Assert.ThrowsAsync<ApiException>(call);
            Assert.Equal(status, refused.StatusCode);
            Assert.Equal(code, refused.ErrorCode);
            return refused;
        }

        /// <summary>Sends <paramref name="body"/> as JSON, bypassing the client, and asserts the answer is the 400
        /// IMG.0001 of a malformed request.</summary>
        public static async Task MalformedAsync(ImsSession s, HttpMethod method, string path, string body, string token = ImsSession.OwnerToken)
        {
            using var http = new HttpClient { BaseAddress = s.Ims.BaseAddress };
            using var request = new HttpRequestMessage(method, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Add("X-Auth-Token", token);
            using var response = await http.SendAsync(request);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("IMG.0001", json.RootElement.GetProperty("error").GetProperty("code").GetString());
        }
    }
}
