namespace InspectFramework.Tooling.CaseData;

/// <summary>Where an inspection's <c>case_files</c> are found (a full path) and how problems name that folder.</summary>
internal sealed record CaseFileFolder(string Path, string Display);
