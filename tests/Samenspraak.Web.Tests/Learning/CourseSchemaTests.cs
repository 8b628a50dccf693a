using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Samenspraak.Web.Tests.Learning;

/// <summary>
/// The shipped courses validate against Seed/course.schema.json, and the schema knows every lesson field of the
/// course model (videos, materials). No JSON Schema library is available, so <see cref="MiniSchema"/> checks the
/// keywords this schema uses; an unknown keyword fails the test instead of being skipped silently.
/// </summary>
public sealed class CourseSchemaTests
{
    private static readonly string Seed = Path.Combine(AppContext.BaseDirectory, "Learning", "Seed");

    private static JsonNode Load(string path) => JsonNode.Parse(File.ReadAllText(path))!;

    public static TheoryData<string> Courses()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Seed, "courses"), "course.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(Path.GetDirectoryName(file)!));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Courses))]
    public void AShippedCourseValidatesAgainstTheSchema(string slug)
    {
        var schema = Load(Path.Combine(Seed, "course.schema.json"));

        var problems = new MiniSchema(schema).Validate(Load(Path.Combine(Seed, "courses", slug, "course.json")));

        Assert.Empty(problems);
    }

    [Fact]
    public void VideosAndMaterialsAreInTheSchemaAndWrongOnesAreRefused()
    {
        var schema = Load(Path.Combine(Seed, "course.schema.json"));
        var course = Load(Path.Combine(Seed, "courses", "omstaander-online", "course.json"));
        var lesson = course["modules"]![0]!["lessons"]![0]!.AsObject();
        lesson["videos"] = new JsonArray("https://www.youtube.com/watch?v=abcdef123");
        lesson["materials"] = new JsonArray(new JsonObject { ["title"] = "Werkblad", ["url"] = "https://example.org/werkblad.pdf" });
        Assert.Empty(new MiniSchema(schema).Validate(course));

        lesson["videos"] = new JsonArray("https://video.example/abc");
        lesson["materials"] = new JsonArray(new JsonObject { ["title"] = "Werkblad", ["url"] = "http://example.org/werkblad.pdf" });
        lesson["extra"] = "niet toegelaten";
        var problems = new MiniSchema(schema).Validate(course);
        Assert.Contains(problems, p => p.Contains("videos/0", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("materials/0/url", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("extra", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryLessonFieldOfTheCourseModelIsDescribedInTheSchema()
    {
        var schema = Load(Path.Combine(Seed, "course.schema.json"));
        var lessonProperties = schema["properties"]!["modules"]!["items"]!["properties"]!["lessons"]!["items"]!["properties"]!.AsObject()
            .Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var modelProperties = typeof(Samenspraak.Web.Learning.Courses.CourseLesson).GetProperties()
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));

        Assert.DoesNotContain(modelProperties, p => !lessonProperties.Contains(p));
    }
}

/// <summary>A small JSON Schema (2020-12) validator for the keywords the course schema uses.</summary>
internal sealed class MiniSchema(JsonNode root)
{
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "$defs", "title", "description", "$comment", "default", "examples"];

    public List<string> Validate(JsonNode? instance)
    {
        var problems = new List<string>();
        Check(root, instance, "", problems);
        return problems;
    }

    private bool Valid(JsonNode schema, JsonNode? instance) => Validate(schema, instance).Count == 0;

    private List<string> Validate(JsonNode schema, JsonNode? instance)
    {
        var problems = new List<string>();
        Check(schema, instance, "", problems);
        return problems;
    }

    private void Check(JsonNode schema, JsonNode? value, string at, List<string> problems)
    {
        // A boolean schema: true accepts anything, false nothing (e.g. "items": false after prefixItems).
        if (schema is JsonValue boolean)
        {
            if (!boolean.GetValue<bool>())
            {
                problems.Add($"{at}: not allowed");
            }

            return;
        }

        foreach (var (keyword, argument) in schema.AsObject())
        {
            switch (keyword)
            {
                case "$ref":
                    var target = root;
                    foreach (var part in ((string)argument!).TrimStart('#', '/').Split('/'))
                    {
                        target = target[part]!;
                    }

                    Check(target, value, at, problems);
                    break;
                case "type":
                    if (!OfType(value, (string)argument!))
                    {
                        problems.Add($"{at}: expected {argument}");
                        return;
                    }

                    break;
                case "const":
                    if (!JsonNode.DeepEquals(value, argument))
                    {
                        problems.Add($"{at}: expected {argument!.ToJsonString()}");
                    }

                    break;
                case "enum":
                    if (!argument!.AsArray().Any(option => JsonNode.DeepEquals(option, value)))
                    {
                        problems.Add($"{at}: not one of {argument.ToJsonString()}");
                    }

                    break;
                case "required":
                    foreach (var name in argument!.AsArray().Select(n => (string)n!))
                    {
                        if (value is JsonObject o && !o.ContainsKey(name))
                        {
                            problems.Add($"{at}/{name}: required");
                        }
                    }

                    break;
                case "properties":
                    if (value is JsonObject obj)
                    {
                        foreach (var (name, sub) in argument!.AsObject())
                        {
                            if (obj.TryGetPropertyValue(name, out var child))
                            {
                                Check(sub!, child, $"{at}/{name}", problems);
                            }
                        }
                    }

                    break;
                case "additionalProperties":
                    if (value is JsonObject checkedObject && argument!.GetValue<bool>() is false)
                    {
                        var known = schema["properties"]?.AsObject().Select(p => p.Key).ToHashSet(StringComparer.Ordinal) ?? [];
                        problems.AddRange(checkedObject.Where(p => !known.Contains(p.Key)).Select(p => $"{at}/{p.Key}: not allowed"));
                    }

                    break;
                case "items":
                    if (value is JsonArray items)
                    {
                        var skip = schema["prefixItems"]?.AsArray().Count ?? 0;
                        for (var i = skip; i < items.Count; i++)
                        {
                            Check(argument!, items[i], $"{at}/{i}", problems);
                        }
                    }

                    break;
                case "prefixItems":
                    if (value is JsonArray prefixed)
                    {
                        var prefix = argument!.AsArray();
                        for (var i = 0; i < Math.Min(prefix.Count, prefixed.Count); i++)
                        {
                            Check(prefix[i]!, prefixed[i], $"{at}/{i}", problems);
                        }
                    }

                    break;
                case "minItems" when value is JsonArray a && a.Count < (int)argument!:
                case "maxItems" when value is JsonArray b && b.Count > (int)argument!:
                case "minLength" when value is JsonValue s && s.TryGetValue(out string? text) && text.EnumerateRunes().Count() < (int)argument!:
                case "maxLength" when value is JsonValue l && l.TryGetValue(out string? longText) && longText.EnumerateRunes().Count() > (int)argument!:
                case "minimum" when value is JsonValue n && n.TryGetValue(out double low) && low < (double)argument!:
                case "maximum" when value is JsonValue m && m.TryGetValue(out double high) && high > (double)argument!:
                case "exclusiveMinimum" when value is JsonValue en && en.TryGetValue(out double above) && above <= (double)argument!:
                case "exclusiveMaximum" when value is JsonValue ex && ex.TryGetValue(out double below) && below >= (double)argument!:
                case "pattern" when value is JsonValue p && p.TryGetValue(out string? matched) && !Regex.IsMatch(matched, (string)argument!):
                case "uniqueItems" when value is JsonArray u && (bool)argument! && u.Select(x => x?.ToJsonString()).Distinct(StringComparer.Ordinal).Count() != u.Count:
                    problems.Add($"{at}: fails {keyword} {argument!.ToJsonString()}");
                    break;
                case "minItems" or "maxItems" or "minLength" or "maxLength" or "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum"
                    or "pattern" or "uniqueItems":
                    break;
                case "not":
                    if (Valid(argument!, value))
                    {
                        problems.Add($"{at}: matches a forbidden shape");
                    }

                    break;
                case "if":
                    var branch = Valid(argument!, value) ? schema["then"] : schema["else"];
                    if (branch is not null)
                    {
                        problems.AddRange(Validate(branch, value).Select(problem => at + problem));
                    }

                    break;
                case "then" or "else":
                    break;
                case "allOf":
                    foreach (var part in argument!.AsArray())
                    {
                        Check(part!, value, at, problems);
                    }

                    break;
                default:
                    Assert.True(Annotations.Contains(keyword), $"The test validator does not know the keyword '{keyword}' (at {at}).");
                    break;
            }
        }
    }

    private static bool OfType(JsonNode? value, string type) => type switch
    {
        "object" => value is JsonObject,
        "array" => value is JsonArray,
        "string" => value is JsonValue v && v.GetValueKind() == JsonValueKind.String,
        "integer" => value is JsonValue i && i.GetValueKind() == JsonValueKind.Number && i.TryGetValue(out double d) && d == Math.Floor(d),
        "number" => value is JsonValue n && n.GetValueKind() == JsonValueKind.Number,
        "boolean" => value is JsonValue b && b.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        "null" => value is null,
        _ => false,
    };
}
