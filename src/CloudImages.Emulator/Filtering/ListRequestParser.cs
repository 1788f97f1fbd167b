namespace CloudImages.Emulator
{
    /// <summary>Reads all 36 documented parameters, one group at a time. Unknown parameters are ignored.</summary>
    internal static class ListRequestParser
    {
        /// <exception cref="ImsRequestException">A value is invalid (400).</exception>
        public static ListRequest Parse(QueryParameters query)
        {
            var request = new ListRequest();
            IdentityFilters.Apply(query, request);
            VisibilityFilters.Apply(query, request);
            StateFilters.Apply(query, request);
            FormatFilters.Apply(query, request);
            OsFilters.Apply(query, request);
            SupportFilters.Apply(query, request);
            TagFilter.Apply(query, request);
            TimeFilters.Apply(query, request);
            request.Order = SortOrder.Parse(query);
            Paging.Apply(query, request);
            return request;
        }
    }
}
