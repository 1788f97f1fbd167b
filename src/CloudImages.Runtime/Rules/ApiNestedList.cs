using System.Collections.Generic;
using System.Globalization;

namespace CloudImages.Runtime
{
    /// <summary>The nested request objects a generated <see cref="IApiNestedObjects"/> reports, with their paths:
    /// "options", "data_images[0]". Unset members add nothing.</summary>
    public sealed class ApiNestedList : List<KeyValuePair<string, IApiQuery>>
    {
        /// <summary>Adds a nested object, unless it is null.</summary>
        /// <param name="name">The member's wire name.</param>
        /// <param name="value">The object.</param>
        public void Add(string name, IApiQuery? value)
        {
            if (value is not null)
            {
                Add(new KeyValuePair<string, IApiQuery>(name, value));
            }
        }

        /// <summary>Adds each object of an array member as name[index]; null items are skipped.</summary>
        /// <typeparam name="T">The request object type.</typeparam>
        /// <param name="name">The member's wire name.</param>
        /// <param name="items">The objects.</param>
        public void AddItems<T>(string name, IReadOnlyList<T>? items)
            where T : class, IApiQuery
        {
            for (var i = 0; items is not null && i < items.Count; i++)
            {
                Add(name + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", items[i]);
            }
        }
    }
}
