namespace CloudImages.Generators.CodeFixes
{
    /// <summary>One code action: its title and its equivalence key, which Fix All uses to pick the same action everywhere.</summary>
    internal readonly struct FixAction
    {
        public FixAction(string title, string key)
        {
            Title = title;
            Key = key;
        }

        public string Title { get; }

        public string Key { get; }
    }
}
