package org.w3id.clusterpolicy.server.html;

import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.ext.beans.ResourceBundleModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * Renders the HTML pages with the FreeMarker templates (.ftlh, HTML auto-escaping) and the page
 * texts of {@code messages_en.properties} / {@code messages_de.properties}, all in
 * {@code org/w3id/clusterpolicy/server/templates/} on the class path. One instance serves any
 * number of threads; a template error is thrown, never written into the page.
 */
public final class HtmlRenderer {
    private static final String TEMPLATES = "/org/w3id/clusterpolicy/server/templates";
    private static final String MESSAGES = "org.w3id.clusterpolicy.server.templates.messages";

    private final Configuration configuration;
    private final DefaultObjectWrapper wrapper;
    private final Map<String, ResourceBundle> messages;

    public HtmlRenderer() {
        wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35).build();
        configuration = new Configuration(Configuration.VERSION_2_3_35);
        configuration.setClassForTemplateLoading(HtmlRenderer.class, TEMPLATES);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setObjectWrapper(wrapper);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setAPIBuiltinEnabled(false);
        messages = Map.of("en", bundle("en"), "de", bundle("de"));
    }

    public String render(Pages.HomePage page) { return render("home.ftlh", page.frame(), page); }
    public String render(Pages.ResourcePage page) { return render("resource.ftlh", page.frame(), page); }
    public String render(Pages.OntologyPage page) { return render("ontology.ftlh", page.frame(), page); }
    public String render(Pages.DownloadsPage page) { return render("downloads.ftlh", page.frame(), page); }
    public String render(Pages.ErrorPage page) { return render("error.ftlh", page.frame(), page); }
    public String render(Browse.EditorPage page) { return render("editor.ftlh", page.frame(), page); }
    public String render(Browse.QueryPage page) { return render("query.ftlh", page.frame(), page); }
    public String render(Browse.QueryListPage page) { return render("queries.ftlh", page.frame(), page); }
    public String render(Browse.MapPage page) { return render("map.ftlh", page.frame(), page); }
    public String render(Browse.ProfilePage page) { return render("profile.ftlh", page.frame(), page); }
    public String render(Browse.DocumentPage page) { return render("document.ftlh", page.frame(), page); }
    public String render(Browse.ReportPage page) { return render("report.ftlh", page.frame(), page); }
    public String render(Browse.ListPage page) { return render("list.ftlh", page.frame(), page); }
    public String render(Browse.SearchPage page) { return render("search.ftlh", page.frame(), page); }

    /** The page texts of a language ("en" or "de"). */
    public ResourceBundle messages(String lang) {
        ResourceBundle bundle = messages.get(lang);
        if (bundle == null) {
            throw new IllegalArgumentException("No page texts for language " + lang + "; there are " + List.copyOf(messages.keySet()));
        }
        return bundle;
    }

    private String render(String templateName, Pages.Frame frame, Object page) {
        try {
            Template template = configuration.getTemplate(templateName);
            StringWriter out = new StringWriter();
            Map<String, Object> model = Map.of("page", page, "msg", new ResourceBundleModel(messages(frame.lang()), wrapper));
            Environment environment = template.createProcessingEnvironment(model, out);
            environment.setLocale(Locale.forLanguageTag(frame.lang()));
            environment.process();
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the template " + templateName, e);
        } catch (TemplateException e) {
            throw new IllegalStateException("Cannot render " + templateName + ": " + e.getMessage(), e);
        }
    }

    private static ResourceBundle bundle(String lang) {
        String resource = "/" + MESSAGES.replace('.', '/') + "_" + lang + ".properties";
        try (InputStream in = HtmlRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
