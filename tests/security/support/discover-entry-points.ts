import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const repositoryRoot = path.resolve(import.meta.dirname, "../../..");

const httpMethods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(repositoryRoot, folder), { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => path.posix.join(folder, file.split(path.sep).join("/")))
    .sort();
}

/** Loads a module of the app by its path from the repository root. */
export async function loadModule(file: string): Promise<Record<string, unknown>> {
  return import(path.join(repositoryRoot, file));
}

/** `"use server"` as a file's first statement (after comments): every export of the file is a server action. */
const serverActionFile = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/;

/**
 * Every route handler of the app, found on disk as Next.js finds them: each HTTP method exported by an
 * `app/**\/route.ts`, keyed `<file> <METHOD>`.
 */
export async function discoverRouteHandlers(): Promise<Map<string, (request: Request, context: unknown) => Promise<Response>>> {
  const handlers = new Map<string, (request: Request, context: unknown) => Promise<Response>>();
  for (const file of sourceFiles("app").filter((name) => /\/route\.tsx?$/.test(name))) {
    const exported = await loadModule(file);
    for (const method of httpMethods) {
      const handler = exported[method];
      if (typeof handler !== "function") continue;
      handlers.set(`${file} ${method}`, async (request, context) => {
        const response: unknown = await handler(request, context);
        if (!(response instanceof Response)) throw new Error(`${file} ${method} answered something that is not a Response`);
        return response;
      });
    }
  }
  return handlers;
}

/**
 * Every server action, keyed `<file>#<export>`: each function exported by a `"use server"` file anywhere in the
 * code. A `"use server"` written inside a function (an inline action) is refused outright: it would escape the sweep.
 */
export async function discoverServerActions(): Promise<Map<string, (previous: unknown, form: FormData) => Promise<unknown>>> {
  const actions = new Map<string, (previous: unknown, form: FormData) => Promise<unknown>>();
  for (const file of ["app", "components", "lib", "inngest"].flatMap(sourceFiles)) {
    const source = readSource(file);
    if (!/["']use server["']/.test(source)) continue;
    if (!serverActionFile.test(source)) throw new Error(`${file} has an inline "use server": make it an action file guarded by defineAction`);
    const exported = await loadModule(file);
    for (const [name, action] of Object.entries(exported)) {
      if (typeof action !== "function") continue;
      actions.set(`${file}#${name}`, async (previous, form) => {
        const result: unknown = await action(previous, form);
        return result;
      });
    }
  }
  return actions;
}

/** Every page of the app (`app/**\/page.tsx`), and the folders whose page streams behind a `loading.tsx`. */
export function discoverPages(): { pages: string[]; streamingFolders: string[] } {
  const files = sourceFiles("app");
  return {
    pages: files.filter((file) => file.endsWith("/page.tsx")),
    streamingFolders: files.filter((file) => file.endsWith("/loading.tsx")).map((file) => path.posix.dirname(file)),
  };
}

/** The source of a file of the app, by its path from the repository root. */
export function readSource(file: string): string {
  return readFileSync(path.join(repositoryRoot, file), "utf8");
}

/** A form as a browser would post it. */
export function formOf(fields: Record<string, string | Blob>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}
