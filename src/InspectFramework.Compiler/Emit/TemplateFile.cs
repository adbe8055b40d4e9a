namespace InspectFramework.Compiler.Emit;

/// <summary>
/// A custom template handed to the emitter by its host: where it came from (a file path; its file name,
/// <c>Cases.hbs</c>, says which template it replaces, and diagnostics about it are placed there) and its text.
/// </summary>
public sealed record TemplateFile(string Path, string Text);
