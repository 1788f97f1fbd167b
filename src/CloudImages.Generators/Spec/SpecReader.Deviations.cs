namespace CloudImages.Generators.Spec
{
    internal sealed partial class SpecReader
    {
        /// <summary>"deviation" on a field or parameter records, for the drift check, what the page documents where the
        /// spec reads it otherwise. Nothing is generated from it: only its members are checked.</summary>
        private static void CheckDeviation(ObjectReader member)
        {
            var deviation = member.Object("deviation", "a deviation", required: false, SpecMembers.Deviation);
            deviation?.String("reason", required: true);
            deviation?.Object("documented", "what the page documents", required: true, SpecMembers.DocumentedReading);
        }
    }
}
