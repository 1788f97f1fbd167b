using CloudImages.AotSmoke;
using CloudImages.Ims;
using CloudImages.Runtime;

// The generated client end to end; exits non-zero on the first thing that is not as documented.
var ims = new FakeIms();
using var http = new HttpClient(ims) { BaseAddress = new Uri("https://ims.example.test/") };
var client = new CloudImagesClient(http);

var query = new ListImagesQuery { ImageType = ImageType.Gold, Visibility = Visibility.Public, Protected = true, Limit = 2, Name = "CentOS 7.3 für" };
Check(query.ToQueryString() == "?__imagetype=gold&protected=true&visibility=public&name=CentOS%207.3%20f%C3%BCr&limit=2", query.ToQueryString());
Check(query.Validate().Count == 0, "validation");

var names = new List<string>();
await foreach (var image in client.ListAllImagesAsync(query))
{
    names.Add($"{image.Name} ({image.Platform}, {image.Size} bytes, registered {image.IsRegistered}, {image.CreatedAt:O})");
}

Check(names.Count == 3 && ims.Requests.Count == 2, $"{names.Count} images in {ims.Requests.Count} requests");

try
{
    await client.ListImagesAsync(query with { Name = "boom" });
    Check(false, "no ApiException for a 400");
}
catch (ApiException ex)
{
    Check(ex.ErrorCode == "IMG.0024" && ex.RequestId == "aot-smoke", ex.Message);
}

var request = new CloudImages.Tests.Writes.CreateImageRequest
{
    Name = "web",
    InstanceId = "ecs-1",
    ImageTags = [new CloudImages.Tests.Writes.ImageTag { Key = "env", Value = "prod" }],
};
Check(request.Validate().Count == 0, "body validation");
var body = new System.Buffers.ArrayBufferWriter<byte>();
using (var writer = new System.Text.Json.Utf8JsonWriter(body))
{
    CloudImages.Tests.Writes.ImageWritesJson.WriteCreateImageRequest(writer, request);
}

var written = System.Text.Encoding.UTF8.GetString(body.WrittenSpan);
Check(written == """{"name":"web","instance_id":"ecs-1","image_tags":[{"key":"env","value":"prod"}]}""", written);

foreach (var name in names)
{
    Console.WriteLine(name);
}

Console.WriteLine("AOT smoke: ok");
return 0;

static void Check(bool condition, string what)
{
    if (!condition)
    {
        Console.Error.WriteLine("AOT smoke failed: " + what);
        Environment.Exit(1);
    }
}
