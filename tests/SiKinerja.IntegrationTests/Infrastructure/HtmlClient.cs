using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace SiKinerja.IntegrationTests.Infrastructure;

/// <summary>
/// Drives the server-rendered forms as a browser would: loads the page, keeps the form's own fields
/// (including the anti-forgery token), overrides the ones the test types, and posts to the form's action.
/// </summary>
public sealed class HtmlClient(HttpClient http) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http => http;

    public async Task<IHtmlDocument> GetDocumentAsync(string url)
    {
        var response = await http.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode} {response.Headers.Location}");
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>Submits the form matched by <paramref name="formSelector"/> on <paramref name="pageUrl"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(
        string pageUrl,
        IReadOnlyDictionary<string, string> fields,
        string formSelector = "main form[method=post]",
        HttpContent? file = null,
        string? fileField = null)
    {
        var doc = await GetDocumentAsync(pageUrl);
        return await SubmitDocumentAsync(doc, pageUrl, fields, formSelector, file, fileField);
    }

    /// <summary>Submits a form of a page loaded earlier (e.g. a second browser tab holding an older version).</summary>
    public async Task<HttpResponseMessage> SubmitDocumentAsync(
        IHtmlDocument doc,
        string pageUrl,
        IReadOnlyDictionary<string, string> fields,
        string formSelector = "main form[method=post]",
        HttpContent? file = null,
        string? fileField = null)
    {
        var form = doc.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not "file" and not "submit":
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked)
                    {
                        continue;
                    }

                    values.Add(new(input.Name, input.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    values.Add(new(select.Name, select.Value ?? string.Empty));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    values.Add(new(area.Name, area.Value));
                    break;
            }
        }

        foreach (var (key, value) in fields)
        {
            values.RemoveAll(v => v.Key == key);
            values.Add(new(key, value));
        }

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl : form.GetAttribute("action")!;
        HttpContent content;
        if (file is not null)
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (key, value) in values)
            {
                multipart.Add(new StringContent(value), key);
            }

            multipart.Add(file, fileField ?? "Berkas", "berkas");
            content = multipart;
        }
        else
        {
            content = new FormUrlEncodedContent(values);
        }

        return await http.PostAsync(action, content);
    }

    public async Task<HttpResponseMessage> SignInAsync(string login, string password)
    {
        var response = await SubmitAsync("/Akun/Masuk", new Dictionary<string, string> { ["Login"] = login, ["Password"] = password });
        return response;
    }

    public void Dispose() => http.Dispose();
}
