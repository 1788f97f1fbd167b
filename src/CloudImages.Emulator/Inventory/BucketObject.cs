namespace CloudImages.Emulator
{
    /// <summary>A file in an OBS bucket: the source of an import, or the result of an export.</summary>
    /// <param name="Bucket">The bucket name.</param>
    /// <param name="Key">The object name, such as <c>images/centos7.qcow2</c>.</param>
    /// <param name="SizeBytes">Its size.</param>
    public sealed record BucketObject(string Bucket, string Key, long SizeBytes)
    {
        /// <summary><c>bucket:key</c>, as IMS's <c>image_url</c> names an object.</summary>
        [System.Text.Json.Serialization.JsonIgnore]
        public string Url => Bucket + ":" + Key;
    }
}
