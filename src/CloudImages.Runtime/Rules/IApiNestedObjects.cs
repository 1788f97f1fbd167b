using System.Collections.Generic;

namespace CloudImages.Runtime
{
    /// <summary>Implemented by generated request types that hold nested request objects.</summary>
    public interface IApiNestedObjects
    {
        /// <summary>Each nested request object with its path from this object: "data_images[0]", "options".</summary>
        /// <returns>The nested objects.</returns>
        IEnumerable<KeyValuePair<string, IApiQuery>> GetNestedObjects();
    }
}
