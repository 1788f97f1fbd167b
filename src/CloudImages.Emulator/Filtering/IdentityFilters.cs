using System;

namespace CloudImages.Emulator
{
    /// <summary><c>id</c>, <c>name</c>, <c>owner</c>, <c>__system__cmkid</c> and <c>enterprise_project_id</c>:
    /// exact, case-sensitive matches ("Exact matching is used" for names).</summary>
    internal static class IdentityFilters
    {
        private const string AllEnterpriseProjects = "all_granted_eps";

        public static void Apply(QueryParameters query, ListRequest request)
        {
            Exact(query, request, "id", image => image.Id);
            Exact(query, request, "name", image => image.Name);
            Exact(query, request, "owner", image => image.Owner);
            Exact(query, request, "__system__cmkid", image => image.SystemCmkId);

            // "0" is the default project (an image's value may also be blank); all_granted_eps is every project.
            var project = query.Get("enterprise_project_id");
            if (project is null || project == AllEnterpriseProjects)
            {
                return;
            }

            if (project == "0")
            {
                request.Add(image => image.EnterpriseProjectId is "0" or "");
            }
            else if (Guid.TryParseExact(project, "D", out _))
            {
                request.Add(image => string.Equals(image.EnterpriseProjectId, project, StringComparison.OrdinalIgnoreCase));
            }
            else
            {
                throw new ImsRequestException(ImsErrors.InvalidEnterpriseProject($"enterprise_project_id '{project}' is not 0, a UUID or {AllEnterpriseProjects}."));
            }
        }

        private static void Exact(QueryParameters query, ListRequest request, string name, Func<CatalogueImage, string?> field)
        {
            if (query.Get(name) is { } value)
            {
                request.Add(image => string.Equals(field(image), value, StringComparison.Ordinal));
            }
        }
    }
}
