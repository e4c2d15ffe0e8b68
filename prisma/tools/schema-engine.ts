// Prisma's schema engine compiled to WebAssembly, driven through the PostgreSQL driver adapter.
// The Prisma CLI downloads a native engine on every command, which fails without internet;
// this is the same engine (diff, apply) with no download. See notes/offline-toolchain.md.
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, "../..");
/** A schema and the migrations that build it: the portal's, or the Digitization sandbox's (its own database). */
export type MigrationSet = { schemaDir: string; migrationsDir: string };
export const PORTAL_SCHEMA: MigrationSet = { schemaDir: path.join(root, "prisma/schema"), migrationsDir: path.join(root, "prisma/migrations") };
export const SANDBOX_SCHEMA: MigrationSet = {
  schemaDir: path.join(root, "packages/digitization-sandbox/prisma"),
  migrationsDir: path.join(root, "packages/digitization-sandbox/prisma/migrations"),
};

type Engine = {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
};

// Instantiated once per process: the generated bindings keep module-level state, and a
// second instance behind them panics.
let loaded: ReturnType<typeof instantiateWasmModule> | null = null;
const loadWasmModule = () => (loaded ??= instantiateWasmModule());

async function instantiateWasmModule() {
  // The package's ESM entry imports its .wasm file. Node 24 can, but only as an experimental
  // feature (ExperimentalWarning on every run); loading the generated bindings and instantiating
  // the bytes ourselves needs only the stable WebAssembly API.
  const bindingsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bindings = await import(bindingsPath);
  const bytes = await readFile(bindingsPath.replace(/\.js$/, ".wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  return bindings as { SchemaEngine: { new: (o: unknown, log: (m: string) => void, a: unknown) => Promise<Engine> } };
}

export async function readSchemaFiles({ schemaDir }: MigrationSet) {
  const names = (await readdir(schemaDir)).filter((n) => n.endsWith(".prisma")).sort();
  return Promise.all(
    names.map(async (n) => ({ path: path.join(schemaDir, n), content: await readFile(path.join(schemaDir, n), "utf8") })),
  );
}

export async function readMigrations({ migrationsDir }: MigrationSet) {
  const dirs = (await readdir(migrationsDir, { withFileTypes: true }).catch(() => []))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const migrationDirectories = await Promise.all(
    dirs.map(async (dir) => ({
      path: dir,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: await readFile(path.join(migrationsDir, dir, "migration.sql"), "utf8") },
      },
    })),
  );
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: 'provider = "postgresql"\n' },
    migrationDirectories,
    shadowDbInitScript: "",
  };
}

// The engine reads catalog columns of PostgreSQL's one-byte "char" type (pg_class.relkind and
// friends), which @prisma/adapter-pg refuses to map ("Column type 'char' could not be
// deserialized"); hand them over as text. Only this offline tool needs it, never the portal.
const CHAR_OID = 18;
const TEXT_OID = 25;
type Queryable = {
  performIO(query: unknown): Promise<{ fields: { dataTypeID: number }[] } | undefined>;
  startTransaction?(...args: unknown[]): Promise<object>;
};
function charAsText<T extends object>(target: T): T {
  const q = target as unknown as Queryable;
  const performIO = q.performIO.bind(q);
  q.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result?.fields ?? []) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    return result;
  };
  const startTransaction = q.startTransaction?.bind(q);
  if (startTransaction) q.startTransaction = async (...args) => charAsText(await startTransaction(...args));
  return target;
}
function charAsTextFactory(factory: PrismaPg): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => charAsText(await factory.connect()),
    connectToShadowDb: async () => charAsText(await factory.connectToShadowDb()),
  };
}

/**
 * SQL that brings a database built from a set's migrations to its schema ("" when in sync).
 * `scratchUrl` names an empty PostgreSQL database the engine replays the migrations into.
 */
export async function diffMigrationsToSchema(scratchUrl: string, set: MigrationSet = PORTAL_SCHEMA): Promise<string> {
  const { SchemaEngine } = await loadWasmModule();
  const schemaFiles = await readSchemaFiles(set);
  const adapter = bindMigrationAwareSqlAdapterFactory(charAsTextFactory(new PrismaPg({ connectionString: scratchUrl })));
  const engine = await SchemaEngine.new({ datamodels: schemaFiles.map((f) => [f.path, f.content]) }, () => {}, adapter);
  try {
    const result = await engine.diff({
      from: { tag: "migrations", ...(await readMigrations(set)) },
      to: { tag: "schemaDatamodel", files: schemaFiles },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    const sql = result.stdout ?? "";
    return sql.includes("empty migration") ? "" : sql.trim();
  } finally {
    engine.free();
  }
}
