// The SPARQL editor of /query: YASGUI pointed at this service's own endpoint. The page carries its
// settings as JSON (#editor-config): the endpoint, the graph's prefixes, the canned queries as
// examples, the query of the link that opened the page (?query=…) and the tab title for it.
// Nothing here talks to another host: the prefix completion reads this service's prefix list and
// the completers that would ask outside services are not enabled.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("editor-config").textContent);
  var Yasgui = window.Yasgui && (window.Yasgui.default || window.Yasgui);
  var root = document.getElementById("editor");
  if (!Yasgui || !root) {
    return;
  }
  var endpoint = new URL(config.endpoint, document.baseURI).href;

  // Declares, at the top of the query sent, every prefix of the graph the query uses but does not
  // declare: cpo:, ctry:, skos: … work without PREFIX lines. What the editor shows stays as typed.
  function withPrefixes(query) {
    var bare = query
      .replace(/<[^<>\s]*>/g, " ")
      .replace(/"""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, " ")
      .replace(/#[^\n]*/g, " ");
    var declared = {};
    bare.replace(/PREFIX\s+([A-Za-z][\w.-]*)?:/gi, function (_, name) {
      declared[name || ""] = true;
      return "";
    });
    var lines = [];
    Object.keys(config.prefixes).sort().forEach(function (name) {
      var use = new RegExp("(^|[^\\w:.-])" + name.replace(/[.-]/g, "\\$&") + ":", "m");
      if (!declared[name] && use.test(bare)) {
        lines.push("PREFIX " + name + ": <" + config.prefixes[name] + ">");
      }
    });
    return lines.length ? lines.join("\n") + "\n" + query : query;
  }

  // The editor's syntax check knows the graph's prefixes as if the query declared them (CodeMirror
  // lets a mode be wrapped by defining it again): no "prefix not defined" marks for cpo:, ctry: ….
  var CodeMirror = Yasgui.Yasqe;
  var sparql = CodeMirror && CodeMirror.modes && CodeMirror.modes.sparql11;
  if (sparql && !sparql.clusterPolicyPrefixes) {
    var wrapped = function (options, modeOptions) {
      var mode = sparql(options, modeOptions);
      var startState = mode.startState;
      mode.startState = function () {
        var state = startState.apply(this, arguments);
        state.prefixes = Object.assign({}, config.prefixes, state.prefixes);
        return state;
      };
      return mode;
    };
    wrapped.clusterPolicyPrefixes = true;
    CodeMirror.defineMode("sparql11", wrapped);
  }

  var yasgui = new Yasgui(root, {
    requestConfig: {
      endpoint: endpoint,
      method: "POST",
      adjustQueryBeforeRequest: function (yasqe) {
        return withPrefixes(yasqe.getValue());
      }
    },
    endpointCatalogueOptions: {
      getData: function () {
        return [{ endpoint: endpoint }];
      },
      keys: []
    },
    copyEndpointOnNewTab: true,
    populateFromUrl: false,
    persistenceId: "cluster-policy-kg-editor",
    tabName: config.tabName,
    yasqe: {
      value: config.defaultQuery,
      autocompleters: ["prefixes", "variables"],
      prefixCcApi: new URL(config.prefixesUrl, document.baseURI).href,
      editorHeight: "18rem"
    },
    yasr: {
      prefixes: config.prefixes
    }
  });

  function openTab(name, query, run) {
    var tab = yasgui.addTab(true, {
      name: name,
      yasqe: { value: query },
      requestConfig: { endpoint: endpoint }
    });
    if (run) {
      tab.query();
    }
    return tab;
  }

  // A link to /query?query=… opens that query in a new tab and runs it.
  if (config.query) {
    openTab(config.title || config.tabName, config.query, true);
  }

  // The examples open in a tab of their own without leaving the page (the links work without
  // JavaScript too: they load /query?query=…).
  document.querySelectorAll("[data-example]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      var example = config.examples[Number(link.getAttribute("data-example"))];
      if (!example) {
        return;
      }
      event.preventDefault();
      openTab(example.title, example.query, false);
      root.scrollIntoView();
    });
  });
  // What YASGUI leaves unnamed or out of reach of the keyboard, named and reachable: the query
  // field, the endpoint field, the page-size choice of the result table, the scrolled editor. Its
  // "+" sits inside the tab list, where only tabs may be; our own "New tab" button replaces it for
  // keyboards and screen readers. Applied again whenever YASGUI redraws.
  function accessible() {
    root.querySelectorAll(".CodeMirror textarea").forEach(function (t) { t.setAttribute("aria-label", config.labels.query); });
    root.querySelectorAll("input.autocomplete").forEach(function (i) { i.setAttribute("aria-label", config.labels.endpoint); });
    root.querySelectorAll("select.tableSizer").forEach(function (s) { s.setAttribute("aria-label", config.labels.pageSize); });
    root.querySelectorAll(".CodeMirror-scroll").forEach(function (s) { s.setAttribute("tabindex", "0"); });
    root.querySelectorAll(".tabsList button.addTab").forEach(function (b) {
      b.setAttribute("tabindex", "-1");
      b.parentElement.setAttribute("aria-hidden", "true");
    });
  }
  accessible();
  new MutationObserver(accessible).observe(root, { childList: true, subtree: true });
  var newTab = document.getElementById("new-tab");
  if (newTab) {
    newTab.hidden = false;
    newTab.addEventListener("click", function () {
      openTab(config.tabName, config.defaultQuery, false);
    });
  }
  window.clusterPolicyEditor = yasgui;
})();
