using System.Collections.Generic;

namespace CloudImages.Runtime
{
    /// <summary>Implemented by generated request types that hold nested request objects, so that
    /// <see cref="ApiRules.Validate"/> checks the rules of the whole graph.</summary>
    public interface IApiNestedObjects
    {
        /// <summary>Each nested request object with its path from this object: <c>data_images[0]</c>,
        /// <c>image_tags[1]</c>, <c>options</c>. Objects that are not set are left out.</summary>
        /// <returns>The nested objects, in the order their violations are listed.</returns>
        IEnumerable<KeyValuePair<string, IApiQuery>> GetNestedObjects();
    }
}
