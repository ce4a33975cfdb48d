namespace SiKinerja.Web;

/// <summary>
/// Anchor type for the shared resource file <c>Resources/SharedResource.resx</c>. The neutral file is
/// Bahasa Indonesia; <c>SharedResource.en.resx</c> adds English.
/// </summary>
public sealed class SharedResource;
