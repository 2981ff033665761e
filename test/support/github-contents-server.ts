/**
 * A local stand-in for the GitHub REST calls of the history branch, answering as GitHub documents
 * them: Get repository content (base64 `content` wrapped at 60 columns, blob `sha`), Create or
 * update file contents (409 on a stale sha, 422 when a replacing PUT sends none, 404 for a missing
 * branch), Get a reference, Create a reference (422 when it exists) and Get a repository.
 * It can hold PUTs until several are waiting, so concurrent writers really collide, and can refuse
 * reads or writes with 403 like a fork's read-only token.
 * The contents API's size rule is enforced as documented: a file over 1 MB is refused (403,
 * "too_large") through the default media type; the object media type answers with its sha and
 * an empty `content` (encoding "none"), and Get a blob (git/blobs/{sha}) serves it up to 100 MB.
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ContentsServerOptions {
  owner?: string;
  repo?: string;
  defaultBranch?: string;
  /** Answer every contents GET with this status (e.g. 403). */
  readStatus?: number;
  /** Answer every contents PUT with this status (e.g. 403). */
  writeStatus?: number;
}

export interface ContentsServer {
  url: string;
  /** "METHOD path status" of every request, in order. */
  log: string[];
  /** The file's text on a branch, or undefined. */
  file(branch: string, path: string): string | undefined;
  branches(): string[];
  /** Puts a file on a branch (made from the default branch when missing), as an earlier run left it. */
  seed(branch: string, path: string, text: string): void;
  /** Holds the next PUTs until `count` are waiting, then answers them in arrival order: writers that read the same sha collide. */
  holdPuts(count: number): void;
  close(): Promise<void>;
}

const blobSha = (text: string) =>
  createHash('sha1')
    .update(`blob ${Buffer.byteLength(text)}\0${text}`)
    .digest('hex');
/** The contents API serves a file's content through the default media type up to this size. */
export const CONTENTS_MAX_BYTES = 1024 * 1024;
const TOO_LARGE = {
  message:
    'This API returns blobs up to 1 MB in size. The requested blob is too large to fetch via the API, but you can use the Git Data API to request blobs up to 100 MB in size.',
  errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }],
  documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content',
};
const commitSha = (seed: string) => createHash('sha1').update(`commit ${seed}`).digest('hex');
const wrapped = (text: string) =>
  (
    Buffer.from(text, 'utf8')
      .toString('base64')
      .match(/.{1,60}/g) ?? []
  ).join('\n') + '\n';

export async function startContentsServer(options: ContentsServerOptions = {}): Promise<ContentsServer> {
  const owner = options.owner ?? 'festin-team';
  const repo = options.repo ?? 'festin';
  const defaultBranch = options.defaultBranch ?? 'main';
  const branches = new Map<string, { head: string; files: Map<string, string> }>([
    [defaultBranch, { head: commitSha('initial'), files: new Map() }],
  ]);
  const log: string[] = [];
  let commits = 0;
  let held: Array<() => void> = [];
  let holding = 0;
  const prefix = `/repos/${owner}/${repo}`;

  const send = (res: ServerResponse, status: number, body: unknown, line: string) => {
    log.push(`${line} ${status}`);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };
  const notFound = { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' };

  const handle = (req: IncomingMessage, body: string, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    const line = `${req.method} ${path}${url.search}`;
    if (req.method === 'GET' && path === prefix) {
      return send(res, 200, { name: repo, full_name: `${owner}/${repo}`, default_branch: defaultBranch }, line);
    }
    const ref = path.match(new RegExp(`^${prefix}/git/ref/heads/(.+)$`));
    if (req.method === 'GET' && ref) {
      const branch = branches.get(ref[1]!);
      if (!branch) return send(res, 404, notFound, line);
      return send(res, 200, { ref: `refs/heads/${ref[1]}`, object: { type: 'commit', sha: branch.head } }, line);
    }
    if (req.method === 'POST' && path === `${prefix}/git/refs`) {
      const { ref: name, sha } = JSON.parse(body) as { ref: string; sha: string };
      const branchName = name.replace(/^refs\/heads\//, '');
      if (branches.has(branchName)) return send(res, 422, { message: 'Reference already exists' }, line);
      const from = [...branches.values()].find((b) => b.head === sha);
      if (!from) return send(res, 422, { message: 'Object does not exist' }, line);
      branches.set(branchName, { head: sha, files: new Map(from.files) });
      return send(res, 201, { ref: name, object: { type: 'commit', sha } }, line);
    }
    const blob = path.match(new RegExp(`^${prefix}/git/blobs/([0-9a-f]{40})$`));
    if (blob && req.method === 'GET') {
      for (const branch of branches.values()) {
        for (const text of branch.files.values()) {
          if (blobSha(text) === blob[1])
            return send(
              res,
              200,
              { sha: blob[1], size: Buffer.byteLength(text), encoding: 'base64', content: wrapped(text) },
              line,
            );
        }
      }
      return send(res, 404, notFound, line);
    }
    const contents = path.match(new RegExp(`^${prefix}/contents/(.+)$`));
    if (contents && req.method === 'GET') {
      if (options.readStatus)
        return send(res, options.readStatus, { message: 'Resource not accessible by integration' }, line);
      const branchName = url.searchParams.get('ref') ?? defaultBranch;
      const branch = branches.get(branchName);
      if (!branch) return send(res, 404, { message: `No commit found for the ref ${branchName}` }, line);
      const text = branch.files.get(contents[1]!);
      if (text === undefined) return send(res, 404, notFound, line);
      const name = contents[1]!.split('/').at(-1);
      const size = Buffer.byteLength(text);
      const objectType = (req.headers.accept ?? '').includes('application/vnd.github.object');
      if (size > CONTENTS_MAX_BYTES && !objectType) return send(res, 403, TOO_LARGE, line);
      const large = size > CONTENTS_MAX_BYTES;
      return send(
        res,
        200,
        {
          type: 'file',
          encoding: large ? 'none' : 'base64',
          size,
          name,
          path: contents[1],
          content: large ? '' : wrapped(text),
          sha: blobSha(text),
        },
        line,
      );
    }
    if (contents && req.method === 'PUT') {
      if (options.writeStatus)
        return send(res, options.writeStatus, { message: 'Resource not accessible by integration' }, line);
      const put = JSON.parse(body) as { message: string; content: string; sha?: string; branch?: string };
      const branch = branches.get(put.branch ?? defaultBranch);
      if (!branch) return send(res, 404, { message: `Branch ${put.branch} not found` }, line);
      const current = branch.files.get(contents[1]!);
      if (current !== undefined && put.sha === undefined) {
        return send(res, 422, { message: 'Invalid request.\n\n"sha" wasn\'t supplied.' }, line);
      }
      if (current !== undefined && put.sha !== blobSha(current)) {
        return send(res, 409, { message: `${contents[1]} does not match ${put.sha}` }, line);
      }
      const text = Buffer.from(put.content, 'base64').toString('utf8');
      branch.files.set(contents[1]!, text);
      branch.head = commitSha(`${(commits += 1)}`);
      return send(
        res,
        current === undefined ? 201 : 200,
        { content: { path: contents[1], sha: blobSha(text) }, commit: { sha: branch.head, message: put.message } },
        line,
      );
    }
    return send(res, 404, notFound, line);
  };

  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      if (req.method === 'PUT' && holding > 0) {
        held.push(() => handle(req, body, res));
        if (held.length >= holding) {
          holding = 0;
          const release = held;
          held = [];
          for (const answer of release) answer();
        }
        return;
      }
      handle(req, body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    file: (branch, path) => branches.get(branch)?.files.get(path),
    branches: () => [...branches.keys()],
    seed: (branchName, path, text) => {
      const base = branches.get(defaultBranch)!;
      const branch = branches.get(branchName) ?? { head: base.head, files: new Map(base.files) };
      branch.files.set(path, text);
      branch.head = commitSha(`${(commits += 1)}`);
      branches.set(branchName, branch);
    },
    holdPuts: (count) => {
      holding = count;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
