export const id = 31;
export const ids = [31];
export const modules = {

/***/ 98031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RUN_HELP: () => (/* binding */ RUN_HELP),
  parseRunArgs: () => (/* binding */ parseRunArgs),
  runGate: () => (/* binding */ run_runGate)
});

// UNUSED EXPORTS: CLI_DEFAULTS, HELP_EMPTY_MEANS, RUN_FLAGS, SECRET_FLAGS

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/config/input-table.ts
const INPUT_TABLE = [
    { name: 'scenario', default: '', emptyMeans: "enqueue, or with --results-file the requests' tag" },
    { name: 'base-url', default: '' },
    { name: 'baseline-url', default: '' },
    { name: 'booth-id', default: '1' },
    { name: 'auth-token', default: '', secretEnv: 'AUTH_TOKEN' },
    { name: 'thresholds', default: '', emptyMeans: 'the bundled t3.micro file of the scenario' },
    { name: 'profile', default: '', emptyMeans: "full, or with --results-file the requests' tag" },
    {
        name: 'k6-version',
        default: '2.2.0',
        terminal: { note: 'On a terminal, giving it downloads that release even when another k6 is on PATH.' },
    },
    {
        name: 'k6-path',
        default: '',
        terminal: { note: 'On a terminal, without it, any k6 on PATH is used (its version is said).' },
    },
    { name: 'k6-download-base-url', default: 'https://github.com/grafana/k6/releases/download' },
    { name: 'results-file', default: '' },
    { name: 'segment', default: '' },
    { name: 'start-at', default: '' },
    { name: 'github-token', default: '${{ github.token }}', secretEnv: 'GITHUB_TOKEN' },
    // A terminal has no pull request: no comment unless asked for (--comment always, with
    // GITHUB_TOKEN and a workflow's GITHUB_EVENT_PATH).
    { name: 'comment', default: 'always', terminal: { default: 'never' } },
    { name: 'comment-author', default: '', emptyMeans: "the token's own login, asked from GitHub" },
    { name: 'comment-key', default: '' },
    { name: 'fail-on', default: 'fail' },
    { name: 'confirm', default: 'true' },
    { name: 'prometheus-url', default: '' },
    { name: 'prometheus-auth-header', default: '', secretEnv: 'PROMETHEUS_AUTH_HEADER' },
    { name: 'grafana-url', default: '' },
    // A person at a terminal names their own files; the confinement guards CI against a pull
    // request's committed symlink.
    { name: 'allow-paths-outside-workspace', default: 'false', terminal: { default: 'true' } },
    {
        name: 'history',
        default: 'github',
        terminal: {
            note: 'On a terminal, give a .json path: history-mode auto then records every run in it and compares with the earlier ones.',
        },
    },
    { name: 'history-branch', default: 'perf-gate-history' },
    {
        name: 'history-mode',
        default: 'auto',
        terminal: { note: 'On a terminal (no GitHub event), auto records and compares.' },
    },
    { name: 'history-size', default: '50' },
    // Empty: 10% against history, 5% in duet mode (config/history-inputs.ts, config/duet-inputs.ts).
    { name: 'min-change', default: '', emptyMeans: '10%; 5% with --baseline-url' },
];
/** The inputs readConfig reads, in action.yml's order. */
const CONFIG_INPUTS = INPUT_TABLE.map((row) => row.name);
const isLiteral = (value) => value !== '' && !value.includes('${{');
/**
 * The defaults of action.yml's inputs, for runs without the Actions runner (the CLI, the demo,
 * tests), where nothing fills them in.
 */
const INPUT_DEFAULTS = Object.fromEntries(INPUT_TABLE.filter((row) => isLiteral(row.default)).map((row) => [row.name, row.default]));
/** An input's value as the reader sees it: what was given, else action.yml's default, else ''. */
function withDefault(name, given) {
    return given || INPUT_DEFAULTS[name] || '';
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/core/user-error.ts
var user_error = __webpack_require__(42075);
;// CONCATENATED MODULE: ./src/k6/install-error.ts

/** A k6 installation failure whose message names the input, file or version at fault and how to fix it. */
class InstallError extends user_error/* UserError */.y {
    name = 'InstallError';
}

;// CONCATENATED MODULE: ./src/k6/archive-tar.ts


const BLOCK = 512;
function archive_tar_text(bytes, start, length) {
    const field = bytes.subarray(start, start + length);
    const end = field.indexOf(0);
    return field.toString('utf8', 0, end === -1 ? field.length : end);
}
function octal(header, start, length, archiveName) {
    if ((header[start] ?? 0) & 0x80) {
        throw new InstallError(`${archiveName} uses a base-256 size field (a member over 8 GB); a k6 archive never does.`);
    }
    const digits = archive_tar_text(header, start, length).trim();
    return digits === '' ? 0 : parseInt(digits, 8);
}
/** `<length> <key>=<value>\n` records of a pax extended header. */
function paxRecords(data) {
    const records = new Map();
    let offset = 0;
    while (offset < data.length) {
        const space = data.indexOf(0x20, offset);
        const length = parseInt(data.toString('utf8', offset, space), 10);
        if (space === -1 || !Number.isFinite(length) || length <= 0)
            break;
        const record = data.toString('utf8', space + 1, offset + length - 1);
        const equals = record.indexOf('=');
        if (equals > 0)
            records.set(record.slice(0, equals), record.slice(equals + 1));
        offset += length;
    }
    return records;
}
const OTHER_TYPES = {
    '3': 'character device',
    '4': 'block device',
    '6': 'FIFO',
    S: 'sparse file',
};
/** Lists a .tar.gz's members (ustar, GNU long names, pax paths) without writing anything. */
function readTarGzEntries(archive, archiveName) {
    let tar;
    try {
        tar = (0,external_node_zlib_.gunzipSync)(archive);
    }
    catch (error) {
        throw new InstallError(`${archiveName} is not a gzip file (${error.message}).`);
    }
    const entries = [];
    let longName;
    let longLink;
    let pax = new Map();
    for (let offset = 0; offset + BLOCK <= tar.length;) {
        const header = tar.subarray(offset, offset + BLOCK);
        if (header.every((byte) => byte === 0))
            break;
        let sum = 0;
        for (let i = 0; i < BLOCK; i++)
            sum += i >= 148 && i < 156 ? 0x20 : (header[i] ?? 0);
        if (sum !== octal(header, 148, 8, archiveName)) {
            throw new InstallError(`${archiveName} is not a valid tar archive: bad header checksum at byte ${offset}.`);
        }
        const paxSize = pax.get('size');
        const size = paxSize === undefined ? octal(header, 124, 12, archiveName) : Number(paxSize);
        const dataStart = offset + BLOCK;
        if (!Number.isSafeInteger(size) || dataStart + size > tar.length) {
            throw new InstallError(`${archiveName} is truncated: a member at byte ${offset} runs past the end.`);
        }
        const data = tar.subarray(dataStart, dataStart + size);
        offset = dataStart + Math.ceil(size / BLOCK) * BLOCK;
        const typeFlag = String.fromCharCode(header[156] ?? 0);
        if (typeFlag === 'L')
            longName = archive_tar_text(data, 0, data.length);
        else if (typeFlag === 'K')
            longLink = archive_tar_text(data, 0, data.length);
        else if (typeFlag === 'x')
            pax = paxRecords(data);
        else if (typeFlag !== 'g') {
            const prefix = header.toString('latin1', 257, 262) === 'ustar' ? archive_tar_text(header, 345, 155) : '';
            const plainName = prefix ? `${prefix}/${archive_tar_text(header, 0, 100)}` : archive_tar_text(header, 0, 100);
            const type = typeFlag === '0' || typeFlag === '\0' || typeFlag === '7'
                ? 'file'
                : typeFlag === '5'
                    ? 'directory'
                    : typeFlag === '2'
                        ? 'symlink'
                        : typeFlag === '1'
                            ? 'hardlink'
                            : 'other';
            entries.push({
                name: pax.get('path') ?? longName ?? plainName,
                type,
                mode: octal(header, 100, 8, archiveName) & 0o7777,
                linkTarget: pax.get('linkpath') ?? longLink ?? archive_tar_text(header, 157, 100),
                description: OTHER_TYPES[typeFlag] ?? `tar member of type '${typeFlag}'`,
                contents: () => data,
            });
            longName = undefined;
            longLink = undefined;
            pax = new Map();
        }
    }
    return entries;
}

;// CONCATENATED MODULE: ./src/k6/archive-zip.ts


const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const UNIX_HOST = 3;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
function findEndOfCentralDirectory(zip, archiveName) {
    // The record is 22 bytes plus a comment of at most 65535.
    for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
        if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY)
            return at;
    }
    throw new InstallError(`${archiveName} is not a zip archive (no end-of-central-directory record).`);
}
/** Lists a zip's members from its central directory without writing anything. */
function readZipEntries(zip, archiveName) {
    const end = findEndOfCentralDirectory(zip, archiveName);
    const count = zip.readUInt16LE(end + 10);
    let at = zip.readUInt32LE(end + 16);
    if (count === 0xffff || at === 0xffffffff) {
        throw new InstallError(`${archiveName} is a zip64 archive; a k6 release archive never is.`);
    }
    const entries = [];
    for (let i = 0; i < count; i++) {
        if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_FILE_HEADER) {
            throw new InstallError(`${archiveName} is corrupt: central directory entry ${i + 1} is missing.`);
        }
        const madeBy = zip.readUInt16LE(at + 4) >> 8;
        const flags = zip.readUInt16LE(at + 8);
        const method = zip.readUInt16LE(at + 10);
        const compressedSize = zip.readUInt32LE(at + 20);
        const size = zip.readUInt32LE(at + 24);
        const nameLength = zip.readUInt16LE(at + 28);
        const extraLength = zip.readUInt16LE(at + 30);
        const commentLength = zip.readUInt16LE(at + 32);
        const unixMode = madeBy === UNIX_HOST ? zip.readUInt32LE(at + 38) >>> 16 : 0;
        const localHeader = zip.readUInt32LE(at + 42);
        const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
        at += 46 + nameLength + extraLength + commentLength;
        const contents = () => {
            if (flags & 1)
                throw new InstallError(`${archiveName}: ${name} is encrypted.`);
            if (zip.readUInt32LE(localHeader) !== LOCAL_FILE_HEADER) {
                throw new InstallError(`${archiveName} is corrupt: ${name} has no local header.`);
            }
            const start = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
            const stored = zip.subarray(start, start + compressedSize);
            const bytes = method === 0 ? Buffer.from(stored) : method === 8 ? (0,external_node_zlib_.inflateRawSync)(stored) : null;
            if (bytes === null)
                throw new InstallError(`${archiveName}: ${name} uses compression method ${method}.`);
            if (bytes.length !== size)
                throw new InstallError(`${archiveName} is corrupt: ${name} has the wrong size.`);
            return bytes;
        };
        const fileType = unixMode & S_IFMT;
        const isLink = fileType === S_IFLNK;
        const isDirectory = name.endsWith('/') || fileType === S_IFDIR;
        const isOther = fileType !== 0 && !isLink && !isDirectory && fileType !== S_IFREG;
        entries.push({
            name,
            type: isLink ? 'symlink' : isDirectory ? 'directory' : isOther ? 'other' : 'file',
            mode: unixMode & 0o7777,
            linkTarget: isLink ? contents().toString('utf8') : '',
            description: `zip member of unix type 0o${fileType.toString(8)}`,
            contents,
        });
    }
    return entries;
}

;// CONCATENATED MODULE: ./src/k6/archive.ts





function refuse(archiveName, entryName, why) {
    throw new InstallError(`${archiveName} was refused: its entry "${entryName}" ${why}. A k6 release archive holds one folder with k6 ` +
        `inside; nothing was extracted.`);
}
/** Splits a stored name into path segments, treating `\` as a separator too (it is one on Windows). */
function segmentsOf(name) {
    return name.split(/[\\/]+/).filter((segment) => segment !== '' && segment !== '.');
}
function isAbsolute(name) {
    return /^[\\/]/.test(name) || /^[A-Za-z]:/.test(name);
}
/**
 * Walks a link target from `startSegments`; returns the path it lands on, or a reason to refuse it. Passing
 * through another link is refused because that link's own target would decide where the walk really goes.
 */
function resolveLinkTarget(startSegments, target, linkPaths) {
    if (isAbsolute(target))
        return { why: `links to the absolute path "${target}"` };
    const parts = segmentsOf(target);
    const walked = [...startSegments];
    for (const [index, part] of parts.entries()) {
        if (part === '..') {
            if (walked.length === 0)
                return { why: `links outside the target folder ("${target}")` };
            walked.pop();
            continue;
        }
        walked.push(part);
        if (index < parts.length - 1 && linkPaths.has(walked.join('/'))) {
            return { why: `links through another link ("${target}")` };
        }
    }
    return walked.length === 0 ? { why: `links to the target folder itself ("${target}")` } : walked.join('/');
}
/** Refuses the whole archive if any entry could land outside the target folder; returns the entries to write. */
function checkArchiveEntries(entries, archiveName) {
    const safe = [];
    const linkPaths = new Set();
    const filePaths = new Set();
    for (const entry of entries) {
        if (isAbsolute(entry.name))
            refuse(archiveName, entry.name, 'is an absolute path');
        const segments = segmentsOf(entry.name);
        if (segments.includes('..'))
            refuse(archiveName, entry.name, 'climbs out of the target folder with ".."');
        if (segments.some((segment) => segment.includes(':')))
            refuse(archiveName, entry.name, 'contains ":"');
        if (entry.type === 'other')
            refuse(archiveName, entry.name, `is a ${entry.description}`);
        const relativePath = segments.join('/');
        if (relativePath === '') {
            if (entry.type === 'directory')
                continue;
            refuse(archiveName, entry.name, 'has no name');
        }
        if (entry.type !== 'directory') {
            if (filePaths.has(relativePath) || linkPaths.has(relativePath))
                refuse(archiveName, entry.name, 'appears twice');
            (entry.type === 'symlink' || entry.type === 'hardlink' ? linkPaths : filePaths).add(relativePath);
        }
        safe.push({ entry, relativePath });
    }
    for (const { entry, relativePath } of safe) {
        const segments = relativePath.split('/');
        for (let depth = 1; depth < segments.length; depth++) {
            const parent = segments.slice(0, depth).join('/');
            if (linkPaths.has(parent) || filePaths.has(parent)) {
                refuse(archiveName, entry.name, `lies beneath "${parent}", which is not a folder`);
            }
        }
        if (entry.type === 'symlink') {
            const landing = resolveLinkTarget(segments.slice(0, -1), entry.linkTarget, linkPaths);
            if (typeof landing !== 'string')
                refuse(archiveName, entry.name, landing.why);
        }
        if (entry.type === 'hardlink') {
            const landing = resolveLinkTarget([], entry.linkTarget, linkPaths);
            if (typeof landing !== 'string')
                refuse(archiveName, entry.name, landing.why);
            if (!filePaths.has(landing))
                refuse(archiveName, entry.name, `links to "${entry.linkTarget}", not a file in it`);
        }
    }
    return safe;
}
/** Lists a .tar.gz or .zip (by its name) without writing anything. */
function readArchiveEntries(archive, archiveName) {
    return archiveName.endsWith('.zip') ? readZipEntries(archive, archiveName) : readTarGzEntries(archive, archiveName);
}
/**
 * Extracts an already verified archive into `targetFolder` (emptied first). Every entry is checked before the
 * first byte is written; links are created last so no file is ever written through one.
 */
async function extractArchive(archive, archiveName, targetFolder) {
    const safe = checkArchiveEntries(readArchiveEntries(archive, archiveName), archiveName);
    await external_node_fs_.promises.rm(targetFolder, { recursive: true, force: true });
    await external_node_fs_.promises.mkdir(targetFolder, { recursive: true });
    const root = external_node_path_default().resolve(targetFolder);
    const destination = (relativePath) => {
        const resolved = external_node_path_default().resolve(root, ...relativePath.split('/'));
        const relative = external_node_path_default().relative(root, resolved);
        // Defence in depth: checkArchiveEntries already guarantees this.
        if (relative === '' || relative.startsWith('..') || external_node_path_default().isAbsolute(relative)) {
            refuse(archiveName, relativePath, 'resolves outside the target folder');
        }
        return resolved;
    };
    const order = ['directory', 'file', 'hardlink', 'symlink'];
    for (const type of order) {
        for (const { entry, relativePath } of safe.filter((item) => item.entry.type === type)) {
            const target = destination(relativePath);
            if (type === 'directory') {
                await external_node_fs_.promises.mkdir(target, { recursive: true });
                continue;
            }
            await external_node_fs_.promises.mkdir(external_node_path_default().dirname(target), { recursive: true });
            if (type === 'file') {
                await external_node_fs_.promises.writeFile(target, entry.contents(), { flag: 'wx', mode: entry.mode & 0o777 || 0o644 });
            }
            else if (type === 'hardlink') {
                const source = destination(segmentsOf(entry.linkTarget).join('/'));
                await external_node_fs_.promises.copyFile(source, target, external_node_fs_.promises.constants.COPYFILE_EXCL);
            }
            else {
                await external_node_fs_.promises.symlink(entry.linkTarget, target);
            }
        }
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/k6/checksum.ts


function sha256Hex(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}
/**
 * The expected SHA-256 of `archiveName` from a `sha256sum`-format file (`<hex>  <name>`, or `<hex> *<name>` in
 * binary mode). `checksumsName` only serves the error message.
 */
function expectedSha256(checksumsText, archiveName, checksumsName) {
    for (const line of checksumsText.split(/\r?\n/)) {
        const match = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line.trim());
        if (match?.[1] && match[2]?.trim() === archiveName)
            return match[1].toLowerCase();
    }
    throw new InstallError(`${checksumsName} lists no SHA-256 for ${archiveName}, so it cannot be verified; nothing was extracted. ` +
        `Check that this k6 version publishes an archive for this platform, or that the download mirror is complete.`);
}
/** Refuses the archive unless its bytes hash to the published value. */
function verifySha256(bytes, expected, archiveName, checksumsName) {
    const actual = sha256Hex(bytes);
    if (actual !== expected) {
        throw new InstallError(`Checksum mismatch for ${archiveName}: expected ${expected} (from ${checksumsName}), got ${actual}. ` +
            `The download is corrupt or was tampered with; nothing was extracted.`);
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(44942);
;// CONCATENATED MODULE: ./src/k6/download.ts

/** Backoff before each retry: 1 s, 2 s, 4 s, 8 s (five attempts, ~15 s of waiting at worst). */
const DEFAULT_RETRY_DELAYS_MS = [1000, 2000, 4000, 8000];
const MAX_REDIRECTS = 10;
function httpClientFetcher() {
    // Our own retry loop (the client's is off so no retry is doubled) and our own redirects: the client cannot
    // follow a relative Location, which a mirror may send.
    const client = new lib/* HttpClient */.Qq('perf-gate', [], { allowRetries: false, maxRetries: 0, allowRedirects: false });
    return async (url) => {
        let current = url;
        for (let hop = 0;; hop++) {
            const response = await client.get(current);
            const chunks = [];
            for await (const chunk of response.message)
                chunks.push(Buffer.from(chunk));
            const statusCode = response.message.statusCode ?? 0;
            const location = response.message.headers.location;
            if (statusCode >= 300 && statusCode < 400 && location && hop < MAX_REDIRECTS) {
                current = new URL(location, current).toString();
                continue;
            }
            return { statusCode, body: Buffer.concat(chunks) };
        }
    };
}
function isTransient(statusCode) {
    return statusCode === 408 || statusCode === 429 || statusCode >= 500;
}
/** GET with exponential backoff on transient failures (no answer, 408, 429, 5xx); other answers are final. */
async function downloadWithRetry(url, fetcher, policy) {
    const attempts = policy.retryDelaysMs.length + 1;
    let lastFailure = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
        try {
            const answer = await fetcher(url);
            if (answer.statusCode >= 200 && answer.statusCode < 300)
                return { kind: 'ok', body: answer.body };
            if (!isTransient(answer.statusCode))
                return { kind: 'refused', statusCode: answer.statusCode };
            lastFailure = `answered ${answer.statusCode}`;
        }
        catch (error) {
            lastFailure = `failed: ${error instanceof Error ? error.message : String(error)}`;
        }
        const delay = policy.retryDelaysMs[attempt - 1];
        if (delay === undefined)
            break;
        policy.info(`${url} ${lastFailure} (attempt ${attempt} of ${attempts}); retrying in ${delay} ms`);
        await policy.sleep(delay);
    }
    return { kind: 'gave-up', attempts, lastFailure };
}

// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 322 modules
var cache = __webpack_require__(79312);
// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 2 modules
var tool_cache = __webpack_require__(59805);
;// CONCATENATED MODULE: ./src/k6/install-cache.ts


function actionsCrossRunCache() {
    const requireService = () => {
        if (!cache/* isFeatureAvailable */.w3()) {
            throw new Error('the GitHub Actions cache service is not available here (not running in GitHub Actions?)');
        }
    };
    return {
        async restore(paths, key) {
            requireService();
            return cache/* restoreCache */.P3(paths, key);
        },
        async save(paths, key) {
            requireService();
            await cache/* saveCache */.Io(paths, key);
        },
    };
}
function actionsToolCache() {
    return {
        find: (tool, version, arch) => tool_cache/* find */.I6(tool, version, arch),
        cacheDir: (sourceFolder, tool, version, arch) => tool_cache/* cacheDir */.e8(sourceFolder, tool, version, arch),
    };
}

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 1 modules
var exec = __webpack_require__(41955);
;// CONCATENATED MODULE: ./src/config/errors.ts

/** A misconfigured input: the message names the input and says how to fix it. */
class ConfigError extends user_error/* UserError */.y {
    constructor(input, problem, fix) {
        super(`Input '${input}': ${problem}. ${fix}`, { input, fix });
        this.name = 'ConfigError';
    }
}

;// CONCATENATED MODULE: ./src/config/k6-version.ts

const VERSION_INPUT = /^v?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/;
/**
 * The one k6-version rule, for the config reader and for the CLI's and the installer's own
 * versions alike: `2.2.0` or `v2.2.0` (a pre-release like `1.0.0-rc1` too) -> `2.2.0`; anything
 * else is refused with one message.
 */
function normalizeK6Version(input) {
    const version = VERSION_INPUT.exec(input.trim())?.[1];
    if (version === undefined) {
        throw new ConfigError('k6-version', `'${input}' is not a k6 release version`, 'Use the form 1.2.3 (or v1.2.3), one of https://github.com/grafana/k6/releases');
    }
    return version;
}
/**
 * k6 prints `k6 v0.49.0 (go1.21.6, linux/amd64)` (v1+: `k6 v1.0.0 (commit/…, go…, os/arch)`);
 * null if it did not. The first word is the binary's own file name: a k6 copied to `k6-0.49`
 * prints `k6-0.49 v0.49.0 (…)`, so any name is taken before ` vX.Y.Z (`.
 */
function parseK6VersionOutput(stdout) {
    const match = /^k6 v(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)(?:\s|$)/m.exec(stdout) ??
        /^\S[^\n]*? v(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?) \(/m.exec(stdout);
    return match?.[1] ?? null;
}

;// CONCATENATED MODULE: ./src/k6/install-existing.ts






const execK6Version = async (k6Path) => {
    const output = await exec/* getExecOutput */.H(k6Path, ['version'], { silent: true, ignoreReturnCode: true });
    return { exitCode: output.exitCode, stdout: output.stdout };
};
/** PATH lookup as a shell does it (PATHEXT on Windows), without spawning anything. */
function findOnPath(name, pathVariable = process.env['PATH'] ?? '', platform = process.platform) {
    const extensions = platform === 'win32' ? (process.env['PATHEXT'] ?? '.EXE;.CMD;.BAT').split(';') : [''];
    for (const folder of pathVariable.split((external_node_path_default()).delimiter).filter(Boolean)) {
        for (const extension of extensions) {
            const candidate = external_node_path_default().join(folder, name + extension.toLowerCase());
            if ((0,external_node_fs_.existsSync)(candidate) && (0,external_node_fs_.statSync)(candidate).isFile())
                return candidate;
        }
    }
    return null;
}
/** The k6 version `k6Path` reports, or a description of why it is not a working k6. */
async function probeK6(k6Path, runVersion) {
    let run;
    try {
        run = await runVersion(k6Path);
    }
    catch (error) {
        return { problem: `could not be started (${error instanceof Error ? error.message : String(error)})` };
    }
    const version = parseK6VersionOutput(run.stdout);
    if (run.exitCode === 0 && version)
        return { version };
    const firstLine = run.stdout.trim().split(/\r?\n/)[0] ?? '';
    return {
        problem: `is not k6: "${k6Path} version" exited ${run.exitCode} printing "${firstLine.slice(0, 120)}", ` +
            `where k6 prints "k6 vX.Y.Z (…)"`,
    };
}
/** Checks the user's `k6-path` and returns the version it reports; refuses anything that is not a working k6. */
async function checkK6Path(k6Path, runVersion) {
    const absolute = external_node_path_default().resolve(k6Path);
    const fix = 'Point k6-path at the k6 binary, or leave it empty to let perf-gate install k6.';
    if (!(0,external_node_fs_.existsSync)(absolute))
        throw new InstallError(`k6-path "${k6Path}" does not exist. ${fix}`);
    if (!(0,external_node_fs_.statSync)(absolute).isFile())
        throw new InstallError(`k6-path "${k6Path}" is not a file. ${fix}`);
    if (process.platform !== 'win32') {
        try {
            await (0,promises_.access)(absolute, external_node_fs_.constants.X_OK);
        }
        catch {
            throw new InstallError(`k6-path "${k6Path}" is not executable: run chmod +x on it. ${fix}`);
        }
    }
    const probe = await probeK6(absolute, runVersion);
    if ('problem' in probe)
        throw new InstallError(`k6-path "${k6Path}" ${probe.problem}. ${fix}`);
    return probe.version;
}

;// CONCATENATED MODULE: ./src/k6/platform.ts

const SUPPORTED = ['linux/x64', 'linux/arm64', 'darwin/x64', 'darwin/arm64', 'win32/x64'];
function k6Platform(platform = process.platform, arch = process.arch) {
    if (!SUPPORTED.includes(`${platform}/${arch}`)) {
        throw new InstallError(`k6 publishes no release archive for ${platform}/${arch} (published: linux amd64/arm64, macOS amd64/arm64, ` +
            `windows amd64). Install k6 yourself and set k6-path.`);
    }
    const cpu = arch === 'arm64' ? 'arm64' : 'amd64';
    const toolCacheArch = arch === 'arm64' ? 'arm64' : 'x64';
    if (platform === 'win32') {
        return { os: 'windows', arch: cpu, archiveExtension: 'zip', binaryName: 'k6.exe', toolCacheArch };
    }
    if (platform === 'darwin')
        return { os: 'macos', arch: cpu, archiveExtension: 'zip', binaryName: 'k6', toolCacheArch };
    return { os: 'linux', arch: cpu, archiveExtension: 'tar.gz', binaryName: 'k6', toolCacheArch };
}
/** `version` without the leading v, as normalizeK6Version returns it. */
function k6ReleaseFiles(version, target) {
    const folderName = `k6-v${version}-${target.os}-${target.arch}`;
    return {
        folderName,
        archiveName: `${folderName}.${target.archiveExtension}`,
        checksumsName: `k6-v${version}-checksums.txt`,
    };
}
/** `<base>/vX.Y.Z/<file>`, whatever trailing slashes the base carries. */
function k6ReleaseUrl(downloadBaseUrl, version, fileName) {
    return `${downloadBaseUrl.replace(/\/+$/, '')}/v${version}/${fileName}`;
}

;// CONCATENATED MODULE: ./src/core/display-url.ts
/**
 * A URL as logs and messages may show it: credentials, query and fragment left out (a mirror or a
 * Prometheus URL may carry a token in any of them), no trailing slash.
 */
function displayUrl(url) {
    try {
        const parsed = new URL(url);
        return `${parsed.protocol}//${parsed.host}${parsed.pathname.replace(/\/$/, '')}`;
    }
    catch {
        return '(an invalid URL)';
    }
}

;// CONCATENATED MODULE: ./src/core/sleep.ts
/** Waits between retries; injected as a dependency wherever tests must not wait. */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

;// CONCATENATED MODULE: ./src/k6/install.ts















/**
 * @actions/tool-cache needs RUNNER_TOOL_CACHE and RUNNER_TEMP; outside a runner (the CLI) they default to folders
 * under the OS temp folder so the same code path works.
 */
function ensureRunnerFolders(log) {
    for (const [name, folder] of [
        ['RUNNER_TOOL_CACHE', 'tool-cache'],
        ['RUNNER_TEMP', 'temp'],
    ]) {
        if (!process.env[name]) {
            process.env[name] = external_node_path_default().join(external_node_os_default().tmpdir(), 'perf-gate', folder);
            log.debug?.(`${name} is not set; using ${process.env[name]}`);
        }
    }
}
function defaultDeps(overrides) {
    const { log } = overrides;
    ensureRunnerFolders(log);
    return {
        fetcher: overrides.fetcher ?? httpClientFetcher(),
        retryDelaysMs: overrides.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
        sleep: overrides.sleep ?? sleep,
        crossRunCache: overrides.crossRunCache ?? actionsCrossRunCache(),
        toolCache: overrides.toolCache ?? actionsToolCache(),
        runK6Version: overrides.runK6Version ?? execK6Version,
        findOnPath: overrides.findOnPath ?? ((name) => findOnPath(name)),
        // Lazy: k6-path and a k6 on PATH must work even where k6 publishes no archive.
        get platform() {
            return overrides.platform ?? k6Platform();
        },
        workFolder: overrides.workFolder ?? external_node_path_default().join(process.env['RUNNER_TEMP'] ?? external_node_os_default().tmpdir(), 'perf-gate-k6'),
        log,
    };
}
const TOOL_NAME = 'k6';
/** The line that says which given k6 runs; a terminal run, which has said so itself, leaves it out. */
const k6PathInUse = (version, k6Path) => `Using k6 v${version} from k6-path ${k6Path}`;
async function installK6(request, overrides) {
    const version = normalizeK6Version(request.version);
    const deps = defaultDeps(overrides);
    const { log } = deps;
    if (request.k6Path) {
        const reported = await checkK6Path(request.k6Path, deps.runK6Version);
        if (reported !== version)
            log.info(`k6-path is k6 v${reported} (k6-version ${version} applies only to installs)`);
        log.info(k6PathInUse(reported, request.k6Path));
        return { k6Path: external_node_path_default().resolve(request.k6Path), version: reported, source: 'k6-path' };
    }
    const onPath = deps.findOnPath('k6');
    if (onPath) {
        const probe = await probeK6(onPath, deps.runK6Version);
        if ('version' in probe && probe.version === version) {
            log.info(`Using k6 v${version} found on PATH at ${onPath}`);
            return { k6Path: onPath, version, source: 'path' };
        }
        log.info(`Ignoring ${onPath} on PATH: ${'version' in probe ? `it is k6 v${probe.version}, not v${version}` : `it ${probe.problem}`}`);
    }
    const platform = deps.platform;
    const cachedFolder = deps.toolCache.find(TOOL_NAME, version, platform.toolCacheArch);
    if (cachedFolder && (0,external_node_fs_.existsSync)(external_node_path_default().join(cachedFolder, platform.binaryName))) {
        log.info(`Using k6 v${version} from the tool cache (${cachedFolder})`);
        return { k6Path: external_node_path_default().join(cachedFolder, platform.binaryName), version, source: 'tool-cache' };
    }
    const files = k6ReleaseFiles(version, platform);
    const stagingFolder = external_node_path_default().join(deps.workFolder, files.folderName);
    const extractedFolder = external_node_path_default().join(stagingFolder, files.folderName);
    const cacheKey = `perf-gate-${files.folderName}`;
    if (await restoreFromCrossRunCache(deps, stagingFolder, cacheKey)) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(extractedFolder, platform.binaryName))) {
            const k6Path = await registerInToolCache(deps, extractedFolder, version);
            log.info(`Using k6 v${version} from the Actions cache (key ${cacheKey})`);
            return { k6Path, version, source: 'actions-cache' };
        }
        log.warning(`The Actions cache entry ${cacheKey} holds no ${files.folderName}/${platform.binaryName}; downloading instead`);
    }
    await downloadAndExtract(deps, request.downloadBaseUrl, version, files, stagingFolder);
    const binary = external_node_path_default().join(extractedFolder, platform.binaryName);
    if (!(0,external_node_fs_.existsSync)(binary)) {
        throw new InstallError(`${files.archiveName} holds no ${files.folderName}/${platform.binaryName}; is it a k6 release archive?`);
    }
    if (platform.os !== 'windows')
        await (0,promises_.chmod)(binary, 0o755);
    const k6Path = await registerInToolCache(deps, extractedFolder, version);
    try {
        await deps.crossRunCache.save([stagingFolder], cacheKey);
        log.info(`Saved k6 v${version} to the Actions cache (key ${cacheKey})`);
    }
    catch (error) {
        log.warning(`Could not save k6 to the Actions cache (key ${cacheKey}): ${error.message}`);
    }
    return { k6Path, version, source: 'download' };
}
async function restoreFromCrossRunCache(deps, stagingFolder, cacheKey) {
    try {
        return (await deps.crossRunCache.restore([stagingFolder], cacheKey)) !== undefined;
    }
    catch (error) {
        deps.log.warning(`Could not read the Actions cache (key ${cacheKey}): ${error.message}; downloading k6`);
        return false;
    }
}
async function registerInToolCache(deps, extractedFolder, version) {
    const folder = await deps.toolCache.cacheDir(extractedFolder, TOOL_NAME, version, deps.platform.toolCacheArch);
    return external_node_path_default().join(folder, deps.platform.binaryName);
}
async function fetchReleaseFile(deps, url, onNotFound) {
    deps.log.info(`Downloading ${displayUrl(url)}`);
    const outcome = await downloadWithRetry(url, deps.fetcher, {
        retryDelaysMs: deps.retryDelaysMs,
        sleep: deps.sleep,
        info: (message) => deps.log.info(message.replace(url, displayUrl(url))),
    });
    if (outcome.kind === 'ok')
        return outcome.body;
    if (outcome.kind === 'refused' && outcome.statusCode === 404)
        throw onNotFound();
    if (outcome.kind === 'refused') {
        throw new InstallError(`${displayUrl(url)} answered ${outcome.statusCode}. Check k6-download-base-url, or set k6-path to a k6 you provide.`);
    }
    const tries = outcome.attempts === 1 ? 'once' : `${outcome.attempts} times`;
    throw new InstallError(`Downloading ${displayUrl(url)} failed ${tries} (last attempt ${outcome.lastFailure}). ` +
        `Check the network or k6-download-base-url, then re-run; or set k6-path to a k6 you provide ` +
        `(any version), or k6-version to another release.`);
}
async function downloadAndExtract(deps, downloadBaseUrl, version, files, stagingFolder) {
    const checksumsUrl = k6ReleaseUrl(downloadBaseUrl, version, files.checksumsName);
    const checksums = await fetchReleaseFile(deps, checksumsUrl, () => new InstallError(`k6 v${version} is not published: ${displayUrl(checksumsUrl)} answered 404. ` +
        `Set k6-version to a released version (see https://github.com/grafana/k6/releases), or k6-path to a k6 you provide.`));
    const expected = expectedSha256(checksums.toString('utf8'), files.archiveName, files.checksumsName);
    const archiveUrl = k6ReleaseUrl(downloadBaseUrl, version, files.archiveName);
    const archive = await fetchReleaseFile(deps, archiveUrl, () => new InstallError(`k6 v${version} has no ${files.archiveName}: ${displayUrl(archiveUrl)} answered 404 although ${files.checksumsName} exists.`));
    verifySha256(archive, expected, files.archiveName, files.checksumsName);
    deps.log.info(`Verified ${files.archiveName} (sha256 ${expected})`);
    await extractArchive(archive, files.archiveName, stagingFolder);
}

;// CONCATENATED MODULE: ./src/k6/terminal-k6.ts
/**
 * Which k6 a terminal run uses (the CLI and the demo). A person at a terminal usually has a k6
 * installed already, of whatever version: that one is used, and named, unless they asked for a
 * binary (--k6-path) or a release (--k6-version). Only then, or with no k6 on PATH, is the pinned
 * release downloaded, once, without the action's patient retries: offline, the answer comes at once.
 * The action itself keeps its pinned, checksum-verified download (install.ts).
 */


const CLI_REMEDIES = { k6Path: '--k6-path /path/to/k6', k6Version: '--k6-version X.Y.Z' };
/** What to tell a user who has no k6: why, and every way out (flags and the action's inputs). */
function noK6Message(reason, remedies) {
    return (`no k6 to run (${reason.replace(/\.$/, '')}). Give one with ${remedies.k6Path} (any version; ` +
        `the action's input k6-path), install k6 on PATH (https://grafana.com/docs/k6/latest/set-up/install-k6/), ` +
        `or pick a release to download with ${remedies.k6Version} (the action's input k6-version).`);
}
async function findTerminalK6(request, remedies, overrides = {}) {
    const quiet = { info: () => { }, warning: () => { }, debug: () => { } };
    const deps = { retryDelaysMs: [], log: quiet, ...overrides };
    const lookUp = deps.findOnPath ?? ((name) => findOnPath(name));
    try {
        if (request.k6Path === null && request.version === null) {
            const onPath = lookUp('k6');
            if (onPath) {
                const probe = await probeK6(onPath, deps.runK6Version ?? execK6Version);
                if ('version' in probe) {
                    const pinned = request.defaultVersion === probe.version ? '' : ` (the action pins v${request.defaultVersion})`;
                    return {
                        k6: { k6Path: onPath, version: probe.version, source: 'path' },
                        said: `Using k6 v${probe.version} found on PATH at ${onPath}${pinned}`,
                    };
                }
                (deps.log ?? quiet).info(`Ignoring ${onPath} on PATH: it ${probe.problem}`);
            }
        }
        const k6 = await installK6({
            version: request.version ?? request.defaultVersion,
            k6Path: request.k6Path,
            downloadBaseUrl: request.downloadBaseUrl,
        }, { ...deps, log: deps.log ?? quiet, findOnPath: lookUp });
        const from = k6.source === 'k6-path' ? `the given ${k6.k6Path}` : `${k6.k6Path} (${k6.source})`;
        return { k6, said: `Using k6 v${k6.version} from ${from}` };
    }
    catch (error) {
        if (error instanceof InstallError) {
            // The reason only: the installer's own advice names the action's inputs, which noK6Message names too.
            return { problem: noK6Message(error.message.split(/\. (?=Check|Set|Point)/)[0] ?? error.message, remedies) };
        }
        throw error;
    }
}

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
;// CONCATENATED MODULE: ./src/actions-io.ts

/** The Actions runner as the pipeline's host: the one module that imports @actions/core's log and I/O. */
function actionsIO() {
    return {
        getInput: (name) => core/* getInput */.V4(name),
        setOutput: (name, value) => core/* setOutput */.uH(name, value),
        setSecret: (value) => core/* setSecret */.Pq(value),
        info: (message) => core/* info */.pq(message),
        warning: (message) => core/* warning */.$e(message),
        debug: (message) => core/* debug */.Yz(message),
        setFailed: (message) => core/* setFailed */.C1(message),
        startGroup: (name) => core/* startGroup */.Oh(name),
        endGroup: () => core/* endGroup */.N4(),
        writeSummary: async (markdown) => {
            if (!process.env.GITHUB_STEP_SUMMARY)
                return;
            await core/* summary */.z.addRaw(markdown, true).write();
        },
        k6Log: process.stdout,
        env: process.env,
    };
}

;// CONCATENATED MODULE: ./src/config/confine.ts



/** The path with every symlink resolved; the lexical path when it does not exist (yet). */
function realPath(file) {
    try {
        return (0,external_node_fs_.realpathSync)(file);
    }
    catch {
        return external_node_path_default().resolve(file);
    }
}
function isInside(file, root) {
    const relative = external_node_path_default().relative(root, file);
    return relative === '' || (!relative.startsWith('..') && !external_node_path_default().isAbsolute(relative));
}
/**
 * Refuses a file whose real path (symlinks resolved) lies outside the workspace and RUNNER_TEMP:
 * a pull request could otherwise commit a symlink to a runner's credentials and have perf-gate
 * read it. `roots` are the allowed folders; '' entries (RUNNER_TEMP unset) allow nothing.
 */
function confinePath(input, file, roots) {
    const real = realPath(file);
    const allowed = roots.filter((root) => root !== '').map(realPath);
    if (allowed.some((root) => isInside(real, root)))
        return;
    const via = real === external_node_path_default().resolve(file) ? '' : ` (through a symlink, to ${real})`;
    throw new ConfigError(input, `${file}${via} is outside the workspace and RUNNER_TEMP (${allowed.join(', ')})`, 'Use a file inside the workspace or RUNNER_TEMP, or set allow-paths-outside-workspace: true if reading it is intended');
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/config/paths.ts



/**
 * The action's own folder (where action.yml, scenarios/ and thresholds/ live). Found by
 * walking up from this module, so it holds both for dist/index.js and for src/ under tsx.
 */
function actionRoot(from = (0,external_node_url_.fileURLToPath)(import.meta.url)) {
    let dir = external_node_path_default().dirname(from);
    for (;;) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(dir, 'action.yml')))
            return dir;
        const parent = external_node_path_default().dirname(dir);
        if (parent === dir)
            throw new Error(`perf-gate cannot find its action.yml above ${from}`);
        dir = parent;
    }
}
/** A bundled scenario's script relative to the action's folder, as a k6 command line names it. */
function bundledScenarioFile(scenario) {
    return `scenarios/${scenario}-test.js`;
}
function bundledScenarioPath(root, scenario) {
    return external_node_path_default().join(root, bundledScenarioFile(scenario));
}
function bundledThresholdsPath(root, scenario) {
    return external_node_path_default().join(root, 'thresholds', `${scenario}.t3-micro.json`);
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(92857);
;// CONCATENATED MODULE: ./src/config/jwt.ts


const JwtPayload = schemas/* object */.Ikc({ exp: schemas/* number */.aig().optional() }).loose();
/** Seconds since the epoch at which the token expires, or null when it carries no `exp`. */
function jwtExpiry(token) {
    const parts = token.split('.');
    const notJwt = new ConfigError('auth-token', 'is not a JWT (expected three base64url parts separated by dots: header.payload.signature)', 'Pass the access token the login endpoint returns, e.g. auth-token: ${{ secrets.FESTIN_TEST_JWT }}, or leave it empty to let the scenario log test users in');
    if (parts.length !== 3 || parts.some((part, i) => i < 2 && !/^[A-Za-z0-9_-]+={0,2}$/.test(part)))
        throw notJwt;
    let payload;
    try {
        payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    }
    catch {
        throw notJwt;
    }
    const parsed = JwtPayload.safeParse(payload);
    if (!parsed.success)
        throw notJwt;
    return parsed.data.exp ?? null;
}
/**
 * Refuses a token that expires before the run would end: the guide warns about expiry, and a
 * run whose token dies halfway reports 401s as a performance regression.
 */
function checkTokenLifetime(token, plannedRunMs, nowMs) {
    const exp = jwtExpiry(token);
    if (exp === null)
        return;
    const expiresAtMs = exp * 1000;
    const mustLastUntil = nowMs + (plannedRunMs ?? 0);
    if (expiresAtMs > mustLastUntil)
        return;
    const expiresAt = new Date(expiresAtMs).toISOString();
    const problem = expiresAtMs <= nowMs
        ? `the JWT expired at ${expiresAt}`
        : `the JWT expires at ${expiresAt}, before the run would end: the run takes up to ${formatMinutes(plannedRunMs ?? 0)}`;
    throw new ConfigError('auth-token', problem, 'Issue a fresh test token that lives at least that long, or leave auth-token empty so the scenario logs test users in itself');
}
function formatMinutes(ms) {
    const minutes = ms / 60_000;
    return minutes >= 1 ? `${minutes.toFixed(1)} min` : `${Math.ceil(ms / 1000)} s`;
}

;// CONCATENATED MODULE: ./src/config/history-inputs.ts
/** The history inputs: where earlier runs are kept, when this run records or compares, and how much change fails. */


const MODES = ['auto', 'record', 'compare'];
function readSource(value, cwd) {
    if (value === 'github' || value === 'off')
        return { kind: value };
    if (/\.json$/i.test(value))
        return { kind: 'file', path: external_node_path_default().resolve(cwd, value) };
    throw new ConfigError('history', `'${value.slice(0, 80)}' is not github, off or a .json path`, 'Use github (a branch of this repository), off, or the path of a local file ending in .json, e.g. .perf-gate/history.json');
}
/** A branch name git and the contents API both accept, without surprises (no "..", no leading "-" or "/"). */
function readBranch(value) {
    const valid = /^[A-Za-z0-9._/-]+$/.test(value) &&
        !/^[-/.]|[/.]$|\.\.|\/\/|\.lock$|@\{/.test(value) &&
        !value.split('/').some((part) => part.startsWith('.'));
    if (!valid) {
        throw new ConfigError('history-branch', `'${value.slice(0, 80)}' is not a usable branch name`, 'Use letters, digits, ".", "_", "-" and "/", e.g. perf-gate-history');
    }
    return value;
}
function readSize(value) {
    const size = /^[0-9]+$/.test(value) ? Number(value) : NaN;
    if (!(size >= 10 && size <= 1000)) {
        throw new ConfigError('history-size', `'${value.slice(0, 40)}' is not an integer from 10 to 1000`, 'Keep at least the 10 runs a baseline rests on, e.g. 50');
    }
    return size;
}
/** min-change when the input is empty: history's default; duet mode's is DUET_MIN_CHANGE. */
const HISTORY_MIN_CHANGE = '10%';
function readMinChange(value) {
    const match = /^([0-9]+(?:\.[0-9]+)?)%$/.exec(value);
    const percent = match ? Number(match[1]) : NaN;
    if (!(percent >= 0 && percent < 100)) {
        throw new ConfigError('min-change', `'${value.slice(0, 40)}' is not a percentage from 0% to 99%`, 'Give the smallest change vs history that should fail, e.g. 10%');
    }
    return percent / 100;
}
/** `input` gives each input's value or action.yml's default. */
function readHistorySettings(input, cwd) {
    const mode = input('history-mode');
    if (!MODES.includes(mode)) {
        throw new ConfigError('history-mode', `'${mode.slice(0, 40)}' is not one of ${MODES.join(', ')}`, `Set history-mode to one of ${MODES.join(', ')}`);
    }
    return {
        source: readSource(input('history'), cwd),
        branch: readBranch(input('history-branch')),
        mode: mode,
        size: readSize(input('history-size')),
        minChange: readMinChange(input('min-change') || HISTORY_MIN_CHANGE),
    };
}

;// CONCATENATED MODULE: ./src/config/http-url.ts
/** URL inputs: absolute http(s) without credentials. */

/** An absolute http(s) URL without credentials (they would be printed in links and warnings). */
function httpUrl(name, value, example, secretInput = 'prometheus-auth-header') {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new ConfigError(name, `'${value}' is not a URL`, `Give an absolute http(s) URL such as ${example}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new ConfigError(name, `'${url.protocol}' is not http or https`, `Give an absolute http(s) URL such as ${example}`);
    }
    if (url.username !== '' || url.password !== '') {
        throw new ConfigError(name, 'contains credentials (user:password@)', `Remove them from the URL; pass credentials through ${secretInput}, which is kept secret`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/config/duet-inputs.ts



/**
 * min-change when the input is empty in duet mode. Smaller than history's 10%: both targets
 * share the runner and the moment, so the paired interval is narrow enough to see 5%.
 */
const DUET_MIN_CHANGE = '5%';
function readDuet(value, minChange, context) {
    if (value === '')
        return null;
    if (context.resultsMode)
        throw new ConfigError('baseline-url', 'is set together with results-file', 'A results file from a duet run is judged as paired by itself (its requests are tagged target=base and target=head): remove baseline-url');
    if (context.segment !== null)
        throw new ConfigError('baseline-url', 'is set together with segment', 'Duet mode compares both targets within one k6 process: run it on one runner, without segment');
    const baselineUrl = new URL(httpUrl('baseline-url', value, 'https://base.staging.example.com', 'auth-token'))
        .toString()
        .replace(/\/+$/, '');
    if (baselineUrl === context.baseUrl)
        throw new ConfigError('baseline-url', `is the same URL as base-url (${baselineUrl})`, "Give the base branch's own deployment, e.g. a second staging slot or the base image started on another port");
    return { baselineUrl, minChange: readPairedMinChange(minChange) };
}
/** min-change for a paired judgement: the input, or DUET_MIN_CHANGE when it is empty. */
function readPairedMinChange(value) {
    return readMinChange(value || DUET_MIN_CHANGE);
}

// EXTERNAL MODULE: ./scenarios/lib/options.js
var options = __webpack_require__(91973);
// EXTERNAL MODULE: ./node_modules/@actions/glob/lib/glob.js + 17 modules
var glob = __webpack_require__(42377);
;// CONCATENATED MODULE: ./src/config/results-files.ts
/**
 * `results-file` as one or several k6 results files: paths or globs, one per line. A single
 * path keeps the checks it always had; globs are expanded (sorted, so the merge is
 * reproducible) and must each match a file.
 */




const GLOB_CHARS = /[*?[\]]/;
/** The lines of the input, resolved against the workspace; [] when it is empty. */
function resultsPatterns(value, cwd) {
    return value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .map((line) => (GLOB_CHARS.test(line) ? line : external_node_path_default().resolve(cwd, line)));
}
function isGlob(pattern) {
    return GLOB_CHARS.test(pattern);
}
/** Every file the patterns name, each once, in pattern order, glob matches sorted. */
async function expandResultsFiles(patterns, cwd) {
    const files = [];
    for (const pattern of patterns) {
        if (!isGlob(pattern)) {
            checkResultsFile(pattern);
            files.push(pattern);
            continue;
        }
        const absolute = external_node_path_default().isAbsolute(pattern) ? pattern : external_node_path_default().join(cwd, pattern);
        const globber = await glob/* create */.v(absolute, { matchDirectories: false, implicitDescendants: false });
        // Only regular files: a FIFO matched by the glob would hang the read for good.
        const matches = (await globber.glob()).filter(isRegularFile).sort();
        if (matches.length === 0) {
            throw new ConfigError('results-file', `${pattern} matches no file`, 'Check the download-artifact path: the pattern is matched against the workspace, e.g. segments/*.ndjson*');
        }
        files.push(...matches);
    }
    return [...new Set(files)];
}
function isRegularFile(file) {
    try {
        return (0,external_node_fs_.statSync)(file).isFile();
    }
    catch {
        return false;
    }
}
function specialKind(file) {
    const found = (0,external_node_fs_.statSync)(file);
    if (found.isFIFO())
        return 'a named pipe';
    if (found.isCharacterDevice() || found.isBlockDevice())
        return 'a device';
    if (found.isSocket())
        return 'a socket';
    return 'not a file';
}
function checkResultsFile(file) {
    if ((0,external_node_fs_.existsSync)(file) && (0,external_node_fs_.statSync)(file).isDirectory()) {
        throw new ConfigError('results-file', `${file} is a directory`, 'Name the NDJSON file inside it that k6 wrote with --out json=FILE (plain or .gz)');
    }
    if ((0,external_node_fs_.existsSync)(file) && !(0,external_node_fs_.statSync)(file).isFile()) {
        throw new ConfigError('results-file', `${file} is not a regular file (${specialKind(file)})`, 'Give the NDJSON file k6 wrote with --out json=FILE (plain or .gz), not a pipe or a device');
    }
    if (!(0,external_node_fs_.existsSync)(file)) {
        throw new ConfigError('results-file', `the file ${file} does not exist`, 'Point it at the NDJSON file k6 wrote with --out json=FILE (plain or .gz)');
    }
    if ((0,external_node_fs_.statSync)(file).size === 0) {
        throw new ConfigError('results-file', `the file ${file} is empty`, 'k6 wrote nothing there: check that the k6 step ran with --out json=FILE and finished');
    }
}

;// CONCATENATED MODULE: ./src/config/start-at.ts
/**
 * `start-at`: the moment every segment of a split test starts k6, so their loads overlap. An
 * ISO time with its zone, or epoch seconds. Later than MAX_START_AHEAD_MS is refused (a typo
 * would hold a runner for hours); a moment already past starts at once.
 */

const MAX_START_AHEAD_MS = 15 * 60_000;
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const EPOCH_SECONDS = /^\d{9,11}(\.\d+)?$/;
/** The start as ms since the epoch; null when the input is empty. */
function parseStartAt(value, nowMs) {
    const text = value.trim();
    if (text === '')
        return null;
    let startMs = Number.NaN;
    if (EPOCH_SECONDS.test(text))
        startMs = Number(text) * 1000;
    else if (ISO_WITH_ZONE.test(text) && isCalendarDate(text))
        startMs = Date.parse(text);
    if (!Number.isFinite(startMs)) {
        throw new ConfigError('start-at', `'${text.slice(0, 60)}' is not a time`, 'Give an ISO time with its zone, e.g. 2026-05-01T12:00:00Z, or epoch seconds, e.g. from `date -u -d "+2 minutes" +%s`');
    }
    if (startMs - nowMs > MAX_START_AHEAD_MS) {
        const minutes = Math.round((startMs - nowMs) / 60_000);
        throw new ConfigError('start-at', `${new Date(startMs).toISOString()} is ${minutes} minutes ahead, more than the ${MAX_START_AHEAD_MS / 60_000} allowed`, 'Compute it in the plan job as now + 2 minutes, so every segment job is up by then, and check the runner clocks');
    }
    return startMs;
}
/** The date part names a real day: 2026-02-30 matches the pattern, and Date.parse reads it as March 2. */
function isCalendarDate(text) {
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
    if (!match)
        return false;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
/** Waits for the start; says so, or that the moment was already past. */
async function waitForStart(startMs, clock, info) {
    const aheadMs = startMs - clock.now();
    const at = new Date(startMs).toISOString();
    if (aheadMs <= 0) {
        info(`start-at ${at} was ${(-aheadMs / 1000).toFixed(1)} s ago: starting k6 now`);
        return;
    }
    info(`Waiting ${(aheadMs / 1000).toFixed(1)} s for start-at ${at}`);
    await clock.sleep(aheadMs);
}

;// CONCATENATED MODULE: ./scenarios/lib/segments.js
// A test split over n k6 instances with k6's execution segments: instance i of n runs the
// segment ((i-1)/n, i/n] of the sequence 0, 1/n, ..., 1. Pure ES module shared by the k6
// scripts (setup() logs in only its share of test users) and perf-gate (k6's arguments).
// Only syntax k6 v0.49's runtime accepts (no ?., ??, object spread).

const MAX_SEGMENTS = 64;

/** Parses `i/n` (1 <= i <= n <= MAX_SEGMENTS); null when the text is not such a segment. */
function parseSegment(text) {
  const match = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(text === undefined || text === null ? '' : String(text));
  if (!match) return null;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (index < 1 || count < 1 || index > count || count > MAX_SEGMENTS) return null;
  return { index: index, count: count };
}

/** `--execution-segment` of instance i of n: "(i-1)/n:i/n". */
function executionSegment(segment) {
  return segment.index - 1 + '/' + segment.count + ':' + segment.index + '/' + segment.count;
}

/** `--execution-segment-sequence` shared by all n instances: "0,1/n,...,1". */
function executionSegmentSequence(count) {
  const points = ['0'];
  for (let i = 1; i < count; i++) points.push(i + '/' + count);
  points.push('1');
  return points.join(',');
}

/**
 * How many of `value` (VUs, a stage's target) instance i of n gets, by k6's striping rule for a
 * segment sequence: elements are dealt out in cycles of the sequence's common denominator, and
 * in each cycle element k goes to the first segment (biggest first, ties in order) that has
 * taken no more than its share so far. For n equal segments element k goes to segment k mod n,
 * so segment i gets the elements i-1, i-1+n, ...: ceil((value - (i-1)) / n). The shares of all n
 * instances add up to value, as k6's own ExecutionTuple.ScaleInt64 does.
 */
function segmentShare(value, segment) {
  if (!segment || segment.count === 1) return value;
  const offset = segment.index - 1;
  if (value <= offset) return 0;
  return Math.ceil((value - offset) / segment.count);
}

/** Email of test user k (1-based) of an instance: the segment is part of it, so instances never share a user. */
function testUserEmail(k, segment) {
  if (!segment || segment.count === 1) return 'perf-gate-' + k + '@perf-gate.test';
  return 'perf-gate-s' + segment.index + 'of' + segment.count + '-' + k + '@perf-gate.test';
}

;// CONCATENATED MODULE: ./src/config/inputs.ts
















const BUNDLED_SCENARIOS = options/* SCENARIOS */.U9;
/** A GitHub login (letters, digits, inner hyphens, at most 39), with `[bot]` for an app. */
function readCommentAuthor(value) {
    if (value === '')
        return null;
    if (!/^[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}(?:\[bot\])?$/.test(value))
        throw new ConfigError('comment-author', `"${value.slice(0, 60)}" is not a GitHub login`, "Give the login the token's comments show, e.g. my-app[bot] for an app or octocat for a user, or leave it empty to ask GitHub");
    return value;
}
/** Told apart in the comment marker: the marker's own characters only, short enough to fit. */
function readCommentKey(value) {
    if (value === '')
        return null;
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/.test(value))
        throw new ConfigError('comment-key', `"${value.slice(0, 60)}" is not a comment key`, 'Use 1-32 letters, digits, ".", "_" or "-", starting with a letter or digit, e.g. staging-eu');
    return value;
}
/** `segment`: i/n, this runner's share of a test split over n runners. */
function readSegment(value, judging) {
    if (value === '')
        return null;
    const segment = parseSegment(value);
    if (segment === null)
        throw new ConfigError('segment', `'${value.slice(0, 60)}' is not a segment`, 'Give i/n with 1 <= i <= n <= 64, e.g. segment: ${{ matrix.segment }}/4 in a matrix over [1, 2, 3, 4]');
    if (judging)
        throw new ConfigError('segment', 'is set together with results-file', 'A segment runs its share of the load; judge the segments in a later job with results-file and no segment');
    return segment;
}
/** Builds the one typed config from the inputs, or throws a ConfigError naming the bad input. */
function readConfig(read, env) {
    // An empty input takes action.yml's default: the runner fills them in, the CLI and tests do not.
    const input = (name) => withDefault(name, read(name));
    const allowOutside = oneOf('allow-paths-outside-workspace', input('allow-paths-outside-workspace'), [
        'true',
        'false',
    ]);
    const confine = (name, file) => {
        if (allowOutside === 'false')
            confinePath(name, file, [env.cwd, env.tempDir]);
    };
    const resultsFiles = resultsPatterns(input('results-file'), env.cwd);
    const resultsFile = resultsFiles[0] ?? null;
    if (resultsFiles.length === 1 && resultsFile !== null && !isGlob(resultsFile))
        checkResultsFile(resultsFile);
    // A glob is confined by where it starts; each file it finds is read from there.
    for (const pattern of resultsFiles)
        if (!isGlob(pattern))
            confine('results-file', pattern);
    const segment = readSegment(input('segment'), resultsFile !== null);
    // Empty: enqueue, unless a results file's own scenario tag decides (config/profile-check.ts).
    const scenarioGiven = input('scenario') !== '';
    const scenario = readScenario(input('scenario') || 'enqueue', env);
    if (scenario.kind === 'custom')
        confine('scenario', scenario.scriptPath);
    const thresholdsPath = readThresholdsPath(input('thresholds'), scenario, env);
    if (input('thresholds') !== '')
        confine('thresholds', thresholdsPath);
    const profileGiven = input('profile') !== '';
    const profile = profileGiven ? oneOf('profile', input('profile'), ['full', 'quick']) : 'full';
    const baseUrl = readBaseUrl(input('base-url'), resultsFile !== null);
    const duet = readDuet(input('baseline-url'), input('min-change'), {
        baseUrl,
        resultsMode: resultsFile !== null,
        segment,
    });
    const boothId = readBoothId(input('booth-id'));
    const authToken = input('auth-token') || null;
    if (authToken !== null && resultsFile === null) {
        const planned = scenario.kind === 'custom' ? null : env.plannedRunMs(scenario.kind, profile);
        checkTokenLifetime(authToken, planned, env.nowMs);
    }
    return {
        scenario,
        scenarioGiven,
        baseUrl,
        duet,
        pairedMinChange: readPairedMinChange(input('min-change')),
        boothId,
        authToken,
        thresholdsPath,
        profile,
        profileGiven,
        k6Version: normalizeK6Version(input('k6-version')),
        k6Path: optionalPath(input('k6-path'), env.cwd),
        resultsFile,
        resultsFiles,
        segment,
        startAtMs: parseStartAt(input('start-at'), env.nowMs),
        githubToken: input('github-token') || null,
        comment: oneOf('comment', input('comment'), ['always', 'on-failure', 'never']),
        commentAuthor: readCommentAuthor(input('comment-author')),
        commentKey: readCommentKey(input('comment-key')),
        failOn: oneOf('fail-on', input('fail-on'), ['fail', 'warn', 'never']),
        confirm: oneOf('confirm', input('confirm'), ['true', 'false']) === 'true',
        k6DownloadBaseUrl: readDownloadBaseUrl(input('k6-download-base-url')),
        workDir: external_node_path_default().join(env.tempDir || external_node_os_default().tmpdir(), 'perf-gate'),
        prometheus: readPrometheus(input('prometheus-url'), input('prometheus-auth-header')),
        allowPathsOutsideWorkspace: allowOutside === 'true',
        grafanaUrl: input('grafana-url') === ''
            ? null
            : httpUrl('grafana-url', input('grafana-url'), 'https://grafana.example.com/d/festin-overview', 'a Grafana login, never the URL'),
        history: confinedHistory(readHistorySettings((name) => input(name), env.cwd), confine),
    };
}
/** A local history file is read and written: held to the workspace like thresholds and results-file. */
function confinedHistory(settings, confine) {
    if (settings.source.kind === 'file')
        confine('history', settings.source.path);
    return settings;
}
function readPrometheus(url, authHeader) {
    if (url === '') {
        if (authHeader !== '')
            throw new ConfigError('prometheus-auth-header', 'is set but prometheus-url is empty', 'Set prometheus-url too, or remove the header');
        return null;
    }
    return {
        url: httpUrl('prometheus-url', url, 'http://prometheus.internal:9090').replace(/\/+$/, ''),
        authHeader: authHeader || null,
    };
}
function readScenario(value, env) {
    if (BUNDLED_SCENARIOS.includes(value)) {
        const kind = value;
        return { kind, scriptPath: bundledScenarioPath(env.actionRoot, kind) };
    }
    const looksLikePath = /[\\/]|\.(js|mjs|cjs|ts)$/.test(value);
    if (!looksLikePath) {
        throw new ConfigError('scenario', `'${value}' is not a bundled scenario`, 'Use enqueue or spike, or the path of your own k6 script (e.g. ./load/my-test.js)');
    }
    const scriptPath = external_node_path_default().resolve(env.cwd, value);
    if (!(0,external_node_fs_.existsSync)(scriptPath) || !(0,external_node_fs_.statSync)(scriptPath).isFile()) {
        throw new ConfigError('scenario', `the k6 script ${scriptPath} does not exist`, 'Check the path (it is relative to the workspace) and that the file is checked out');
    }
    return { kind: 'custom', scriptPath };
}
function readBaseUrl(value, resultsMode) {
    if (value === '') {
        if (resultsMode)
            return null;
        throw new ConfigError('base-url', 'is empty', 'Set base-url to your staging URL, e.g. https://staging.example.com, or give results-file to judge an existing k6 run');
    }
    return new URL(httpUrl('base-url', value, 'https://staging.example.com', 'auth-token'))
        .toString()
        .replace(/\/+$/, '');
}
function readBoothId(value) {
    if (!/^[1-9][0-9]*$/.test(value) || !Number.isSafeInteger(Number(value))) {
        throw new ConfigError('booth-id', `'${value}' is not a positive integer`, 'Set booth-id to the id of an existing booth on staging, e.g. 1');
    }
    return Number(value);
}
function readThresholdsPath(value, scenario, env) {
    if (value === '') {
        if (scenario.kind === 'custom') {
            throw new ConfigError('thresholds', 'is required with a custom scenario', 'Write a thresholds file for your script (see thresholds/thresholds.schema.json) and pass its path');
        }
        return bundledThresholdsPath(env.actionRoot, scenario.kind);
    }
    const resolved = external_node_path_default().resolve(env.cwd, value);
    if (!(0,external_node_fs_.existsSync)(resolved)) {
        throw new ConfigError('thresholds', `the file ${resolved} does not exist`, 'Check the path (it is relative to the workspace), or leave thresholds empty for the bundled t3.micro baseline');
    }
    return resolved;
}
function readDownloadBaseUrl(value) {
    if (!/^https?:\/\/[^\s]+$/.test(value)) {
        throw new ConfigError('k6-download-base-url', `'${value}' is not an http(s) URL`, 'Give the URL that holds vX.Y.Z/k6-vX.Y.Z-<os>-<arch> archives, like https://github.com/grafana/k6/releases/download');
    }
    return value.replace(/\/+$/, '');
}
function optionalPath(value, cwd) {
    return value === '' ? null : external_node_path_default().resolve(cwd, value);
}
function oneOf(name, value, allowed) {
    if (allowed.includes(value))
        return value;
    throw new ConfigError(name, `'${value}' is not one of ${allowed.join(', ')}`, `Set ${name} to one of ${allowed.join(', ')}`);
}

;// CONCATENATED MODULE: ./src/config/outputs.ts
const OUTPUT_NAMES = [
    'verdict',
    'p95-ms',
    'p99-ms',
    'error-rate',
    'rps',
    'report-json',
    'comment-url',
    'load-generator',
    'results-file',
    'results-file-2',
    'baseline',
];
/** Sets the outputs given, in the table's order. */
function setOutputs(io, values) {
    for (const name of OUTPUT_NAMES) {
        const value = values[name];
        if (value !== undefined)
            io.setOutput(name, value);
    }
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/iso.js
var iso = __webpack_require__(64377);
;// CONCATENATED MODULE: ./src/figures/format.ts
/** Numbers formatted for people: thousands separators, sensible decimals, units. */
const EN = 'en-US';
/** At most `decimals` decimals, trailing zeros dropped: 86 → "86", 13.80 → "13.8". */
function fixed(value, decimals) {
    return value.toLocaleString(EN, { minimumFractionDigits: 0, maximumFractionDigits: decimals });
}
/** Milliseconds: "14,050 ms", "86 ms"... decimals only where they carry information. */
function formatMs(ms) {
    const abs = Math.abs(ms);
    const decimals = abs === 0 || abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
    return `${fixed(ms, decimals)} ms`;
}
/** A fraction as a percentage: 0 → "0%", 0.028 → "2.8%", 0.0004 → "0.04%". */
function formatPercent(fraction) {
    const pct = fraction * 100;
    if (pct === 0)
        return '0%';
    if (pct === 100)
        return '100%';
    return `${fixed(pct, Math.abs(pct) < 1 ? 2 : 1)}%`;
}
/** A signed relative change: "+14%", "-6.5%", "+0.4%". */
function formatRelative(fraction) {
    const pct = Math.abs(fraction * 100);
    return signed(`${fixed(pct, pct >= 10 ? 0 : 1)}%`, fraction);
}
/** Requests per second: "138 req/s", "78.3 req/s". */
function formatRps(rps) {
    return `${fixed(rps, Math.abs(rps) >= 100 ? 0 : 1)} req/s`;
}
function formatCount(count) {
    return fixed(count, 0);
}
/** A duration: "45s", "5m 00s", "1h 02m". */
function formatDuration(ms) {
    const totalSeconds = Math.round(ms / 1000);
    const h = Math.floor(totalSeconds / 3600);
    const m = Math.floor((totalSeconds % 3600) / 60);
    const s = totalSeconds % 60;
    if (h > 0)
        return `${h}h ${String(m).padStart(2, '0')}m`;
    if (m > 0)
        return `${m}m ${String(s).padStart(2, '0')}s`;
    return `${s}s`;
}
/** An offset into the run as m:ss, for chart axes and time ranges. */
function formatOffset(ms) {
    const totalSeconds = Math.round(ms / 1000);
    return `${Math.floor(totalSeconds / 60)}:${String(totalSeconds % 60).padStart(2, '0')}`;
}
/**
 * A signed number with its sign always shown: "+12.3", "-4". A change that rounds to zero gets no
 * sign: "-0 ms (-0%)" read as a change where there was none to show.
 */
function signed(text, value) {
    const unsigned = text.replace(/^-/, '');
    if (Number.parseFloat(unsigned.replace(/,/g, '')) === 0)
        return unsigned;
    return value > 0 ? `+${unsigned}` : value < 0 ? `-${unsigned}` : text;
}
/** A relative change with its unit, one decimal so it never rounds onto its fail point: "+3.1% per stage". */
function judgedPercent(fraction, unit) {
    const x = fraction * 100;
    return `${x >= 0 ? '+' : '-'}${Math.abs(x).toFixed(1)}% ${unit}`;
}
/** The relative change a row was judged on: "+3.1% per stage". */
function formatJudgedChange(judged) {
    return judgedPercent(judged.change, judged.unit);
}
/** The change such a row fails past: "+10.0% per stage" (a limit cell puts "≤ " before it). */
function formatJudgedFailPoint(judged) {
    return judgedPercent(judged.failAt, judged.unit);
}

;// CONCATENATED MODULE: ./src/figures/server-inputs.ts
/**
 * What perf-gate asks Prometheus for: one row per query. Some rows are figures a check can
 * name (CPU, DB pool pending...); others only help read them (the pool's size for "active at
 * max", GC pause time for the pause average) and no check names them. The default PromQL uses
 * the names Spring Boot's Micrometer exports; a thresholds file can replace any query under
 * `serverMetrics.queries.<key>`.
 */
/** In the order perf-gate asks, which is also the order of `serverMetrics.queries` in the schema. */
const SERVER_INPUTS = {
    cpu: {
        label: 'CPU usage',
        reduction: 'mean',
        query: 'avg(process_cpu_usage)',
        expects: 'process CPU usage as a fraction 0..1 (averaged over the stage)',
        field: 'cpu',
    },
    poolPending: {
        label: 'DB pool pending',
        reduction: 'max',
        query: 'max(hikaricp_connections_pending)',
        expects: 'threads waiting for a DB connection (highest in the stage)',
        field: 'poolPending',
    },
    poolActive: {
        label: 'DB pool active',
        reduction: 'max',
        query: 'max(hikaricp_connections_active)',
        expects: 'DB connections in use (highest in the stage)',
        field: 'poolActiveMax',
    },
    poolMax: {
        label: 'DB pool size',
        reduction: 'max',
        query: 'max(hikaricp_connections_max)',
        expects: "the pool's maximum size",
        field: 'poolMax',
    },
    heapUsedRatio: {
        label: 'JVM heap used',
        reduction: 'max',
        // Spaces without a defined max report -1 (G1 Eden, Survivor): leave them out of the total.
        query: 'max(sum by (instance) (jvm_memory_used_bytes{area="heap"}) / sum by (instance) (jvm_memory_max_bytes{area="heap"} > 0))',
        expects: 'heap used / max as a fraction 0..1 (highest in the stage)',
        field: 'heapUsedRatio',
    },
    gcPauses: {
        label: 'GC pause count',
        reduction: 'increase',
        query: 'sum(jvm_gc_pause_seconds_count)',
        expects: 'a cumulative counter of GC pauses (its increase over the stage is used)',
        field: 'gcPauses',
    },
    gcPauseSeconds: {
        label: 'GC pause time',
        reduction: 'increase',
        query: 'sum(jvm_gc_pause_seconds_sum)',
        expects: 'a cumulative counter of seconds spent in GC pauses (its increase over the stage is used)',
        field: 'gcPauseMs',
        scale: 1000,
    },
};
const SERVER_INPUT_KEYS = Object.keys(SERVER_INPUTS);

;// CONCATENATED MODULE: ./src/figures/catalogue.ts
/**
 * The figures a check can name, one row each: what it is called, its unit, which way is
 * worse, what it can be measured over and where its value comes from. The thresholds schema,
 * its rules, the judge's names and formatting and the report's server rows are all read from
 * here. A server figure also names the Prometheus query (server-inputs.ts) that measures it.
 */


const ANY_SCOPE = ['overall', 'endpoint', 'stage'];
/** The server does not see endpoints. */
const SERVER_SCOPE = ['overall', 'stage'];
const REQUEST = { kind: 'request' };
/** Keyed by the thresholds file's spelling; this order is the schema's enum order. */
const FIGURE_CATALOGUE = {
    p95: { label: 'p95', unit: 'ms', worse: 'higher', scopes: ANY_SCOPE, source: REQUEST },
    p99: { label: 'p99', unit: 'ms', worse: 'higher', scopes: ANY_SCOPE, source: REQUEST },
    avg: { label: 'avg', unit: 'ms', worse: 'higher', scopes: ANY_SCOPE, source: REQUEST },
    max: { label: 'max', unit: 'ms', worse: 'higher', scopes: ANY_SCOPE, source: REQUEST },
    'error-rate': { label: 'error rate', unit: 'fraction', worse: 'higher', scopes: ANY_SCOPE, source: REQUEST },
    rps: { label: 'requests/s', unit: 'rps', worse: 'lower', scopes: ANY_SCOPE, source: REQUEST },
    // k6 counts dropped iterations for the whole run, with no tags to split them by.
    'dropped-iterations': {
        label: 'dropped iterations',
        unit: 'count',
        worse: 'higher',
        scopes: ['overall'],
        source: REQUEST,
    },
    cpu: {
        label: 'CPU',
        unit: 'fraction',
        worse: 'higher',
        scopes: SERVER_SCOPE,
        source: { kind: 'server', input: 'cpu', stageRowLabel: 'CPU usage' },
    },
    'pool-pending': {
        label: 'DB pool pending',
        unit: 'count',
        worse: 'higher',
        scopes: SERVER_SCOPE,
        source: { kind: 'server', input: 'poolPending', stageRowLabel: 'DB pool pending (max)' },
    },
    'pool-active': {
        label: 'DB pool active',
        unit: 'count',
        worse: 'higher',
        scopes: SERVER_SCOPE,
        source: { kind: 'server', input: 'poolActive', stageRowLabel: 'DB pool active (max)' },
    },
    heap: {
        label: 'JVM heap',
        unit: 'fraction',
        worse: 'higher',
        scopes: SERVER_SCOPE,
        source: { kind: 'server', input: 'heapUsedRatio', stageRowLabel: 'JVM heap used (max)' },
    },
    'gc-pauses': {
        label: 'GC pauses',
        unit: 'count',
        worse: 'higher',
        scopes: SERVER_SCOPE,
        source: { kind: 'server', input: 'gcPauses', stageRowLabel: 'JVM GC pauses' },
    },
};
const FIGURE_NAMES = Object.keys(FIGURE_CATALOGUE);
function figureRow(figure) {
    return FIGURE_CATALOGUE[figure];
}
/** A figure's name as the thresholds file spells it; false for anything else (raw JSON). */
function isFigure(value) {
    return typeof value === 'string' && Object.hasOwn(FIGURE_CATALOGUE, value);
}
function isServerFigure(figure) {
    return figureRow(figure).source.kind === 'server';
}
const SERVER_CHECK_FIGURES = FIGURE_NAMES.filter(isServerFigure);
function figureLabel(figure) {
    return figureRow(figure).label;
}
function lowerIsWorse(figure) {
    return figureRow(figure).worse === 'lower';
}
/** Given as a fraction 0..1 and shown as a percentage; its changes read in percentage points. */
function isFraction(figure) {
    return figureRow(figure).unit === 'fraction';
}
function supportsScope(figure, scope) {
    return figureRow(figure).scopes.includes(scope);
}
const FORMAT = {
    ms: formatMs,
    fraction: formatPercent,
    rps: formatRps,
    count: formatCount,
};
/** A value in its figure's unit: "86 ms", "2.8%", "138 req/s", "1,204". */
function formatFigure(figure, value) {
    return FORMAT[figureRow(figure).unit](value);
}
/** The server figure's query and its stage-table row label. */
function serverSource(figure) {
    return FIGURE_CATALOGUE[figure].source;
}
/** The ServerStageMetrics field a server figure is read from. */
function serverField(figure) {
    return SERVER_INPUTS[serverSource(figure).input].field;
}

;// CONCATENATED MODULE: ./src/config/thresholds-schema.ts
/**
 * The thresholds file as people write it (zod), and the JSON Schema generated from the same
 * schema for editors. Only the shape of each field lives here; rules that tie fields together
 * (a check needs a limit or a baseline, ...) are in thresholds-rules.ts so that every problem
 * of a file is reported at once.
 */



const SEVERITIES = ['fail', 'warn'];
const listed = (values) => values.map((v) => `"${v}"`).join(', ');
const PERCENT_PATTERN = /^\d+(\.\d+)?%$/;
const ALLOWANCE = 'expected a percentage such as "25%" or a number ≥ 0 in the figure\'s unit';
const nonNegative = (what) => schemas/* number */.aig({ error: `expected ${what}` }).nonnegative({ error: `expected ${what}` });
const scopeSchema = schemas/* union */.KCZ([
    schemas/* literal */.euz('overall'),
    schemas/* strictObject */.rej({
        endpoint: schemas/* string */.YjP()
            .min(1)
            .describe('The request `name` tag, e.g. "enqueue" or "position" (bundled scenarios).'),
    }),
    schemas/* strictObject */.rej({
        stage: schemas/* number */.aig()
            .int()
            .nonnegative()
            .describe("0-based stage index, as the scenarios' `stage` tag: 0 is the first stage."),
    }),
], { error: 'expected "overall", { "endpoint": "<request name>" } or { "stage": <0-based index> }' })
    .describe('What the figure is measured over: the whole run (default), one endpoint, or one stage. ' +
    `Server figures (${SERVER_CHECK_FIGURES.join(', ')}) take "overall" (their worst stage) or a stage, never an endpoint.`);
const checkSchema = schemas/* strictObject */.rej({
    figure: schemas/* enum */.k5n(FIGURE_NAMES, { error: `expected one of ${listed(FIGURE_NAMES)}` })
        .describe('The figure judged. Latencies (p95, p99, avg, max) in ms; error-rate as a fraction (0.1 = 10%); ' +
        'rps in requests/s, which must stay at or above its limit; dropped-iterations as a count (whole run only). ' +
        'Server figures, from Prometheus (the prometheus-url input), per stage: cpu (process CPU usage, a fraction 0..1, ' +
        "the stage average), heap (JVM heap used / max, a fraction 0..1, the stage's highest), pool-pending and " +
        "pool-active (DB connections waiting / in use, the stage's highest), gc-pauses (GC pauses during the stage, a count). " +
        'Over the whole run a server figure is its worst stage\'s. Without server metrics a server check warns "not measured" and never fails.'),
    scope: scopeSchema.optional(),
    limit: nonNegative('a number ≥ 0 (ms for latencies, a fraction for error-rate, cpu and heap)')
        .optional()
        .describe('Absolute limit: the largest acceptable value (the smallest for rps). ' +
        'Error rate, cpu and heap are fractions: 0.1 means 10%.'),
    baseline: nonNegative('a number ≥ 0, the value measured on the baseline')
        .optional()
        .describe("The value measured on the baseline environment, in the figure's unit."),
    allowedRegression: schemas/* union */.KCZ([schemas/* string */.YjP().regex(PERCENT_PATTERN, { error: ALLOWANCE }), schemas/* number */.aig().nonnegative({ error: ALLOWANCE })], {
        error: ALLOWANCE,
    })
        .optional()
        .describe('How far the figure may regress from the baseline: "25%" of the baseline, or an absolute amount ' +
        "in the figure's unit (50 = 50 ms; 0.01 = one percentage point of error rate)."),
    severity: schemas/* enum */.k5n(SEVERITIES, { error: `expected ${listed(SEVERITIES)}` })
        .optional()
        .describe('What a certain breach makes the check: "fail" (default) or "warn".'),
    description: schemas/* string */.YjP().optional().describe('Why this check and these numbers: for people.'),
    optional: schemas/* boolean */.zMY()
        .optional()
        .describe('true: an endpoint or stage this check names may be absent from the run (it then only warns). false (default): its absence fails the check, so a typo cannot disable it.'),
})
    .describe('One check. The effective limit is the tighter of `limit` and baseline + allowedRegression. ' +
    'A latency fails only when its whole 95% confidence interval is past the limit, and warns when the limit lies inside it.');
const baselineInfoSchema = schemas/* strictObject */.rej({
    environment: schemas/* string */.YjP({ error: 'expected a string naming the environment' })
        .min(1)
        .describe('Where the baseline was measured.'),
    measuredAt: iso/* date */.p6({ error: 'expected a date as YYYY-MM-DD' })
        .describe('When the baseline was measured (YYYY-MM-DD).'),
    source: schemas/* string */.YjP({ error: 'expected a string' }).optional().describe('Who measured it and how.'),
})
    .describe('Where the baseline values of the checks come from.');
const promql = (input) => schemas/* string */.YjP()
    .trim()
    .min(1, {
    error: `expected a PromQL expression for ${input}, e.g. ${JSON.stringify(SERVER_INPUTS[input].query)}`,
})
    .optional()
    .describe(`PromQL returning ${SERVER_INPUTS[input].expects}. Default: ${SERVER_INPUTS[input].query}`);
/** The `serverMetrics.queries` map of a thresholds file: any server input's query replaced. */
const serverMetricsQueries = schemas/* strictObject */.rej(Object.fromEntries(SERVER_INPUT_KEYS.map((input) => [input, promql(input)])))
    .describe('PromQL per server figure, for stacks other than Spring Boot + Micrometer. Each is run with /api/v1/query_range over the run.');
const serverMetricsSchema = schemas/* strictObject */.rej({
    queries: serverMetricsQueries.optional(),
})
    .describe('How server figures are read from Prometheus, when the prometheus-url input is set.');
const positiveMs = (what) => schemas/* number */.aig({ error: `expected ${what} in ms, a number > 0` })
    .positive({ error: `expected ${what} in ms, a number > 0` });
const stageBaselineStageSchema = schemas/* strictObject */.rej({
    label: schemas/* string */.YjP({ error: 'expected the stage\'s label as the report shows it, e.g. "VU 50"' })
        .min(1, { error: 'expected the stage\'s label as the report shows it, e.g. "VU 50"' })
        .describe('The stage as the report names it ("VU 50", "500/s"); the run must have the same stages in the same order.'),
    p50: positiveMs("the stage's median http_req_duration").describe("The stage's median http_req_duration (ms)."),
    p95: positiveMs("the stage's p95 http_req_duration").describe("The stage's p95 http_req_duration (ms)."),
    requests: schemas/* number */.aig({ error: 'expected a whole number of requests' })
        .int({ error: 'expected a whole number of requests' })
        .nonnegative({ error: 'expected a whole number of requests' })
        .optional()
        .describe("The stage's requests on the baseline runs (median). With every stage's, a pass on a saturated runner stands only when the run sent at least 97% of their sum."),
})
    .describe('One stage of the baseline runs.');
const stageBaselineSchema = schemas/* strictObject */.rej({
    stages: schemas/* array */.YOg(stageBaselineStageSchema, { error: 'expected an array of stages' })
        .min(2, { error: 'expected at least 2 stages; write it with `perf-gate baseline RESULTS_FILE…`' })
        .describe('Every stage of the plan, in order.'),
    source: schemas/* string */.YjP({ error: 'expected a string' }).optional().describe('Which runs, where and when: for people.'),
})
    .describe("Each stage's median and p95 on the baseline runs, as `perf-gate baseline RESULTS_FILE…` writes it (the median of " +
    "each figure over the files). With it, the whole run's p95 check whose allowance is a percentage is judged stage by " +
    "stage (each stage's ln p50 and ln p95 against the baseline's, averaged): far steadier from run to run than the whole " +
    "run's p95, which rests on a few seconds of the heaviest stage. Record it on the runner the gate runs on.");
const thresholdsFileSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP({ error: 'expected a string' }).optional().describe('The JSON Schema of this file, for editors.'),
    scenario: schemas/* string */.YjP({ error: 'expected a string' })
        .optional()
        .describe('The scenario these thresholds are for, e.g. "enqueue".'),
    description: schemas/* string */.YjP({ error: 'expected a string' })
        .optional()
        .describe('What these thresholds are for and why their numbers: for people.'),
    baseline: baselineInfoSchema.optional(),
    checks: schemas/* array */.YOg(checkSchema, { error: 'expected an array of checks' })
        .min(1, { error: 'expected at least one check' })
        .describe('The checks, judged in this order.'),
    serverMetrics: serverMetricsSchema.optional(),
    stageBaseline: stageBaselineSchema.optional(),
})
    .meta({
    title: 'perf-gate thresholds',
    description: 'The limits and baseline a perf-gate run is judged against.',
});
/** Keys each object of the file accepts, for "unknown key" messages. */
const KNOWN_KEYS = {
    root: Object.keys(thresholdsFileSchema.shape),
    baseline: Object.keys(baselineInfoSchema.shape),
    check: Object.keys(checkSchema.shape),
    serverMetrics: Object.keys(serverMetricsSchema.shape),
    queries: Object.keys(serverMetricsQueries.shape),
    stageBaseline: Object.keys(stageBaselineSchema.shape),
    stageBaselineStage: Object.keys(stageBaselineStageSchema.shape),
};
/** The JSON Schema shipped as thresholds/thresholds.schema.json. */
function thresholdsJsonSchema() {
    return z.toJSONSchema(thresholdsFileSchema, { io: 'input' });
}

// EXTERNAL MODULE: ./src/core/is-record.ts
var is_record = __webpack_require__(32789);
;// CONCATENATED MODULE: ./src/config/thresholds-rules.ts



/** `$.checks[2].limit`, as people read JSON paths. */
function jsonPath(path) {
    let out = '$';
    for (const key of path) {
        if (typeof key === 'number')
            out += `[${key}]`;
        else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key))
            out += `.${key}`;
        else
            out += `[${JSON.stringify(String(key))}]`;
    }
    return out;
}
function shown(value) {
    if (value === undefined)
        return 'nothing';
    const text = JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function knownKeysAt(path) {
    if (path.length === 0)
        return KNOWN_KEYS.root;
    if (path.length === 1 && path[0] === 'baseline')
        return KNOWN_KEYS.baseline;
    if (path.length === 2 && path[0] === 'checks')
        return KNOWN_KEYS.check;
    if (path.length === 1 && path[0] === 'serverMetrics')
        return KNOWN_KEYS.serverMetrics;
    if (path.length === 2 && path[0] === 'serverMetrics' && path[1] === 'queries')
        return KNOWN_KEYS.queries;
    if (path.length === 1 && path[0] === 'stageBaseline')
        return KNOWN_KEYS.stageBaseline;
    if (path.length === 3 && path[0] === 'stageBaseline' && path[1] === 'stages')
        return KNOWN_KEYS.stageBaselineStage;
    return null;
}
function problemsFromZod(issues) {
    return issues.map((issue) => {
        if (issue.code === 'unrecognized_keys') {
            const known = knownKeysAt(issue.path);
            const keys = issue.keys.map((k) => `"${k}"`).join(', ');
            const expected = known ? `; expected only ${known.join(', ')}` : '';
            return { path: issue.path, message: `unknown key ${keys}${expected}` };
        }
        const input = issue.input;
        const got = input === undefined ? 'missing' : `got ${shown(input)}`;
        return { path: issue.path, message: `${issue.message}, ${got}` };
    });
}
const isNumber = (v) => typeof v === 'number' && Number.isFinite(v);
/** The scope's kind as written; null when it is none of them (zod says why). */
function scopeKind(scope) {
    if (scope === undefined || scope === 'overall')
        return 'overall';
    if ((0,is_record/* isRecord */.u)(scope) && 'endpoint' in scope)
        return 'endpoint';
    if ((0,is_record/* isRecord */.u)(scope) && 'stage' in scope)
        return 'stage';
    return null;
}
/**
 * A scope the figure cannot be measured over. A figure with one scope can take nothing else;
 * for the others only a recognisable scope is judged, a malformed one is zod's to report.
 */
function scopeProblem(figure, scope) {
    if (!isFigure(figure))
        return null;
    const kind = scopeKind(scope);
    const { scopes, label } = figureRow(figure);
    if (kind === null ? scopes.length > 1 : supportsScope(figure, kind))
        return null;
    if (isServerFigure(figure)) {
        return (`expected "overall" (the worst stage) or { "stage": <0-based index> }: ${figure} is measured on the server, ` +
            `which does not see endpoints, got ${shown(scope)}`);
    }
    return `expected "overall": ${label} are counted for the whole run only, got ${shown(scope)}`;
}
/** Rules between the fields of one check, on whatever of it is well-formed. */
function checkRules(check, at) {
    const problems = [];
    const { figure, limit, baseline, allowedRegression, scope } = check;
    const hasLimit = limit !== undefined;
    const hasBaseline = baseline !== undefined;
    const hasAllowance = allowedRegression !== undefined;
    if (!hasLimit && !hasBaseline) {
        problems.push({
            path: at,
            message: 'expected a "limit", or a "baseline" with its "allowedRegression", or both',
        });
    }
    if (hasBaseline && !hasAllowance) {
        problems.push({
            path: [...at, 'allowedRegression'],
            message: 'missing: with a "baseline", expected how far the figure may regress, e.g. "25%" or 50 (in the figure\'s unit)',
        });
    }
    if (hasAllowance && !hasBaseline) {
        problems.push({
            path: [...at, 'baseline'],
            message: 'missing: "allowedRegression" needs a baseline to regress from, expected a number',
        });
    }
    // A fraction given as 10 almost surely meant 10%.
    if (isFigure(figure) && isFraction(figure)) {
        for (const key of ['limit', 'baseline']) {
            const value = check[key];
            if (isNumber(value) && value > 1) {
                problems.push({
                    path: [...at, key],
                    message: `expected a fraction between 0 and 1 (0.1 = 10%), got ${value}`,
                });
            }
        }
    }
    const wrongScope = scopeProblem(figure, scope);
    if (wrongScope !== null)
        problems.push({ path: [...at, 'scope'], message: wrongScope });
    if (baseline === 0 && typeof allowedRegression === 'string' && PERCENT_PATTERN.test(allowedRegression)) {
        problems.push({
            path: [...at, 'allowedRegression'],
            message: `expected an absolute amount (e.g. 0.01): a percentage of a 0 baseline allows nothing, got "${allowedRegression}"`,
        });
    }
    const floorProblem = impossibleFloor(figure, baseline, allowedRegression);
    if (floorProblem !== null)
        problems.push({ path: [...at, 'allowedRegression'], message: floorProblem });
    return problems;
}
/**
 * A figure that regresses by falling (requests/s) may fall at most to 0: an allowance of 100%
 * or more (or the whole baseline) makes a floor no run can miss, e.g. "≥ −50 req/s".
 */
function impossibleFloor(figure, baseline, allowance) {
    if (!isFigure(figure) || figureRow(figure).worse !== 'lower' || !isNumber(baseline) || baseline <= 0)
        return null;
    if (typeof allowance === 'string' && PERCENT_PATTERN.test(allowance) && parseFloat(allowance) >= 100) {
        return `expected less than 100%: ${figureRow(figure).label} regresses by falling, and a fall of ${allowance} sets a floor at or below 0 that no run can miss`;
    }
    if (isNumber(allowance) && allowance >= baseline) {
        return `expected less than the baseline (${baseline}): ${figureRow(figure).label} regresses by falling, and a fall of ${allowance} sets a floor at or below 0 that no run can miss`;
    }
    return null;
}
function crossFieldProblems(json) {
    if (!(0,is_record/* isRecord */.u)(json) || !Array.isArray(json.checks))
        return [];
    return json.checks.flatMap((check, index) => ((0,is_record/* isRecord */.u)(check) ? checkRules(check, ['checks', index]) : []));
}
/** File-wide problems first, then check by check; within one, the order they were found. */
function sortProblems(problems) {
    const checkIndex = (p) => (p.path[0] === 'checks' && typeof p.path[1] === 'number' ? p.path[1] : -1);
    return [...problems].sort((a, b) => checkIndex(a) - checkIndex(b));
}

;// CONCATENATED MODULE: ./src/config/thresholds.ts
/**
 * Loading a thresholds file: read, parse JSON, validate every field, and normalise into the
 * Thresholds the judge runs on. Any problem stops the run before load is sent.
 */




/** How many problems the message lists: a generated file with 60,000 bad checks must not make one 8 MB log line. */
const LISTED_PROBLEMS_MAX = 20;
/** A thresholds file that cannot be used; the message lists its problems, one per line, the first 20 of them. */
class ThresholdsError extends user_error/* UserError */.y {
    file;
    problems;
    constructor(file, problems) {
        const listed = problems.slice(0, LISTED_PROBLEMS_MAX).map((p) => `${file}: ${p}`);
        const unlisted = problems.length - listed.length;
        if (unlisted > 0)
            listed.push(`${file}: … and ${unlisted.toLocaleString('en-US')} more problems (${problems.length.toLocaleString('en-US')} in all); fix these first`);
        super(listed.join('\n'), { input: 'thresholds' });
        this.file = file;
        this.problems = problems;
        this.name = 'ThresholdsError';
    }
}
function toScope(scope) {
    if (scope === undefined || scope === 'overall')
        return { kind: 'overall' };
    if ('endpoint' in scope)
        return { kind: 'endpoint', name: scope.endpoint };
    return { kind: 'stage', index: scope.stage };
}
function toAllowance(value) {
    if (value === undefined)
        return null;
    if (typeof value === 'number')
        return { kind: 'absolute', amount: value };
    return { kind: 'percent', percent: Number(value.slice(0, -1)) };
}
/** Validates parsed JSON; throws ThresholdsError naming `sourceName` and every problem. */
function parseThresholds(json, sourceName) {
    const parsed = thresholdsFileSchema.safeParse(json, { reportInput: true });
    const problems = sortProblems([
        ...(parsed.success ? [] : problemsFromZod(parsed.error.issues)),
        ...crossFieldProblems(json),
    ]);
    if (!parsed.success || problems.length > 0) {
        throw new ThresholdsError(sourceName, problems.map((p) => `${jsonPath(p.path)}: ${p.message}`));
    }
    const file = parsed.data;
    return {
        source: sourceName,
        scenario: file.scenario ?? null,
        description: file.description ?? null,
        baseline: file.baseline
            ? {
                environment: file.baseline.environment,
                measuredAt: file.baseline.measuredAt,
                source: file.baseline.source ?? null,
            }
            : null,
        checks: file.checks.map((c) => ({
            figure: c.figure,
            scope: toScope(c.scope),
            severity: c.severity ?? 'fail',
            limit: c.limit ?? null,
            baseline: c.baseline ?? null,
            allowedRegression: toAllowance(c.allowedRegression),
            description: c.description ?? null,
            ...(c.optional === true ? { optional: true } : {}),
        })),
        serverMetrics: { queries: file.serverMetrics?.queries ?? {} },
        stageBaseline: file.stageBaseline
            ? { stages: file.stageBaseline.stages.map((s) => ({ ...s })), source: file.stageBaseline.source ?? null }
            : null,
    };
}
/** "at line 3, column 5" from the character offset JSON.parse reports, when it reports one. */
function jsonErrorPlace(text, message) {
    const offset = errorOffset(text, message);
    if (offset === null)
        return '';
    const before = text.slice(0, offset).split('\n');
    return ` at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}
/**
 * Where JSON.parse stopped. V8 gives "position N", except for an unexpected token, where it
 * quotes the text around it instead (from about 10 characters before it when the text is long).
 */
function errorOffset(text, message) {
    const position = /position (\d+)/.exec(message);
    if (position)
        return Number(position[1]);
    const quoted = /^Unexpected token '(.)', (\.\.\.)?"([\s\S]*)"(?:\.\.\.)? is not valid JSON/.exec(message);
    if (!quoted)
        return null;
    const [, token, cut, around] = quoted;
    const start = text.indexOf(around);
    if (start < 0)
        return null;
    // A long text's quote starts about 10 characters before the token.
    const at = text.indexOf(token, cut === undefined ? start : start + 5);
    return at < 0 ? null : at;
}
/**
 * JSON.parse's complaint without the file's text: V8 quotes the characters around the error
 * ("Unexpected token 'x', "…" is not valid JSON"), and the file may be anything a symlink points at.
 */
function jsonErrorKind(message) {
    if (/^Unexpected token/.test(message))
        return 'unexpected character';
    if (/^Unexpected end of JSON input/.test(message))
        return 'the file ends early';
    const words = /^([A-Za-z ,'"{}[\]:-]+?)(?: in JSON| at position|$)/.exec(message.replace(/"[^"]*"/g, ''));
    return words?.[1]?.trim() || 'syntax error';
}
/** Parses JSON text; throws ThresholdsError with line and column when it is not JSON. */
function parseThresholdsText(text, sourceName) {
    let json;
    try {
        json = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        const message = error.message;
        throw new ThresholdsError(sourceName, [
            `not valid JSON${jsonErrorPlace(text, message)} (${jsonErrorKind(message)}); fix the syntax (a trailing comma or a missing quote?)`,
        ]);
    }
    return parseThresholds(json, sourceName);
}
/** Reads and validates a thresholds file. `read` is injectable for tests. */
async function loadThresholds(path, read = (p) => (0,promises_.readFile)(p, 'utf8')) {
    let text;
    try {
        text = await read(path);
    }
    catch (error) {
        const code = error.code;
        const problem = code === 'ENOENT'
            ? 'thresholds file not found; give the path of a thresholds JSON file, or use a bundled one ' +
                '(thresholds/enqueue.t3-micro.json, thresholds/spike.t3-micro.json)'
            : code === 'EISDIR'
                ? 'is a folder; give the path of a thresholds JSON file inside it'
                : `cannot read the thresholds file (${error.message})`;
        throw new ThresholdsError(path, [problem]);
    }
    return parseThresholdsText(text, path);
}

;// CONCATENATED MODULE: ./src/github/context.ts
/** Where the PR comment goes: read from the runner's environment and event payload, nothing else. */


function gitHubEnvironmentFrom(env = process.env) {
    return {
        eventName: nonEmpty(env['GITHUB_EVENT_NAME']),
        eventPath: nonEmpty(env['GITHUB_EVENT_PATH']),
        repository: nonEmpty(env['GITHUB_REPOSITORY']),
        apiUrl: nonEmpty(env['GITHUB_API_URL']) ?? 'https://api.github.com',
    };
}
/**
 * The pull request this run belongs to, or why there is none. Never throws: a run outside a
 * pull request is normal (push, schedule, a local run) and only means no comment.
 */
function readPullRequestContext(env, readFile = (p) => (0,external_node_fs_.readFileSync)(p, 'utf8')) {
    const repository = env.repository?.split('/');
    if (repository?.length !== 2 || !repository[0] || !repository[1]) {
        return {
            found: false,
            reason: `GITHUB_REPOSITORY is ${env.repository === null ? 'not set' : `"${env.repository}", not "owner/name"`}`,
        };
    }
    if (env.eventPath === null)
        return { found: false, reason: 'GITHUB_EVENT_PATH is not set (not running in GitHub Actions?)' };
    let payload;
    try {
        payload = JSON.parse(readFile(env.eventPath));
    }
    catch (error) {
        return {
            found: false,
            reason: `the event payload ${env.eventPath} could not be read as JSON (${error.message})`,
        };
    }
    const number = pullRequestNumber(payload);
    if (number === null) {
        return { found: false, reason: `the "${env.eventName ?? 'unknown'}" event is not about a pull request` };
    }
    const [owner, repo] = repository;
    return { found: true, pullRequest: { owner, repo, number, apiUrl: env.apiUrl.replace(/\/+$/, '') } };
}
/** pull_request / pull_request_target carry `pull_request`; issue_comment carries `issue`, a PR only when it has `issue.pull_request`. */
function pullRequestNumber(payload) {
    if (!(0,is_record/* isRecord */.u)(payload))
        return null;
    const pullRequest = payload['pull_request'];
    if ((0,is_record/* isRecord */.u)(pullRequest) && isIssueNumber(pullRequest['number']))
        return pullRequest['number'];
    const issue = payload['issue'];
    if ((0,is_record/* isRecord */.u)(issue) && (0,is_record/* isRecord */.u)(issue['pull_request']) && isIssueNumber(issue['number']))
        return issue['number'];
    return null;
}
function isIssueNumber(value) {
    return typeof value === 'number' && Number.isInteger(value) && value > 0;
}
function nonEmpty(value) {
    return value === undefined || value.trim() === '' ? null : value.trim();
}
function readRunEvent(env, readFile = (p) => (0,external_node_fs_.readFileSync)(p, 'utf8')) {
    const environment = gitHubEnvironmentFrom(env);
    let text = null;
    let failure = null;
    if (environment.eventPath !== null) {
        try {
            text = readFile(environment.eventPath);
        }
        catch (error) {
            failure = error;
        }
    }
    const readEventFile = () => {
        if (text === null)
            throw failure ?? new Error('GITHUB_EVENT_PATH is not set');
        return text;
    };
    return { environment, readEventFile, commit: headCommit(text) ?? nonEmpty(env['GITHUB_SHA']) };
}
function headCommit(eventText) {
    if (eventText === null)
        return null;
    try {
        const payload = JSON.parse(eventText);
        const pullRequest = (0,is_record/* isRecord */.u)(payload) ? payload['pull_request'] : null;
        const head = (0,is_record/* isRecord */.u)(pullRequest) ? pullRequest['head'] : null;
        const sha = (0,is_record/* isRecord */.u)(head) ? head['sha'] : null;
        return typeof sha === 'string' ? sha : null;
    }
    catch {
        // An unreadable event file only costs the headline its commit.
        return null;
    }
}

;// CONCATENATED MODULE: ./src/core/network-reason.ts
/**
 * Why a request got no answer, in words: the common socket errors by name, anything else as its
 * code and message. `timeoutMs` is the wait that ran out, when the caller set one; `withCode`
 * keeps the socket code beside the words, for logs someone may search.
 */
function networkReason(error, options = {}) {
    const code = error?.code;
    const words = knownReason(code, options.timeoutMs);
    if (words !== null)
        return options.withCode ? `${words} (${String(code)})` : words;
    const message = error instanceof Error ? error.message : String(error);
    return typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message;
}
function knownReason(code, timeoutMs) {
    switch (code) {
        case 'ECONNREFUSED':
            return 'connection refused';
        case 'ENOTFOUND':
        case 'EAI_AGAIN':
            return 'DNS lookup failed';
        case 'ETIMEDOUT':
            return timeoutMs === undefined ? 'no answer in time' : `no answer within ${timeoutMs / 1000} s`;
        case 'ECONNRESET':
            return 'connection reset';
        default:
            return null;
    }
}

;// CONCATENATED MODULE: ./src/github/api-error.ts
/**
 * GitHub's refusals in perf-gate's words: which call, which status, GitHub's own message, never the
 * token. Octokit throws RequestError; everything downstream reasons about GitHubApiError.
 */

/** A call that did not succeed. Its message names the call and GitHub's answer, never the token. */
class GitHubApiError extends Error {
    method;
    path;
    status;
    detail;
    transient;
    rateLimited;
    constructor(method, path, 
    /** HTTP status, or null when GitHub could not be reached at all. */
    status, 
    /** GitHub's own message (`message` plus any validation `errors`), or the network error. */
    detail, 
    /** Would asking again later plausibly work (5xx, network)? */
    transient, 
    /** GitHub refused because of a rate limit we did not wait out (so a 403 says nothing about permissions). */
    rateLimited = false) {
        super(`${method} ${path}: ${status === null ? 'no answer' : `HTTP ${status}`} (${detail})`);
        this.method = method;
        this.path = path;
        this.status = status;
        this.detail = detail;
        this.transient = transient;
        this.rateLimited = rateLimited;
        this.name = 'GitHubApiError';
    }
}
/**
 * Octokit's RequestError as a GitHubApiError, the path relative to `apiUrl`. A RequestError without
 * a response is one where GitHub was never reached (Octokit gives those status 500).
 */
function toGitHubApiError(error, apiUrl, maxWaitMs, nowMs = Date.now()) {
    if (!isRequestError(error))
        return error;
    const method = error.request.method;
    const url = error.request.url;
    const path = url.startsWith(apiUrl) ? url.slice(apiUrl.length) : url;
    if (error.response === undefined) {
        const cause = error.cause;
        const reason = networkReason(cause?.cause ?? cause ?? error, {
            withCode: true,
        });
        return new GitHubApiError(method, path, null, reason, true);
    }
    const { status, headers, data } = error.response;
    const detail = describeBody(data);
    const waitMs = rateLimitWait({ status, headers }, nowMs);
    if (waitMs !== null && waitMs > maxWaitMs) {
        const wait = `rate limited for ${Math.ceil(waitMs / 1000)} s, longer than perf-gate waits`;
        return new GitHubApiError(method, path, status, `${detail}; ${wait}`, false, true);
    }
    return new GitHubApiError(method, path, status, detail, status >= 500, waitMs !== null);
}
function isRequestError(error) {
    const candidate = error;
    return (error instanceof Error &&
        typeof candidate?.status === 'number' &&
        typeof candidate.request?.method === 'string' &&
        typeof candidate.request.url === 'string');
}
/**
 * How long GitHub asks us to wait, or null when it did not ask: `Retry-After` (seconds or a date;
 * secondary rate limits), or `x-ratelimit-remaining: 0` with `x-ratelimit-reset` (epoch seconds).
 */
function rateLimitWait(response, nowMs) {
    if (response.status !== 403 && response.status !== 429)
        return null;
    const retryAfter = header(response.headers, 'retry-after');
    if (retryAfter !== null) {
        const seconds = Number(retryAfter);
        if (Number.isFinite(seconds) && seconds >= 0)
            return seconds * 1000;
        const date = Date.parse(retryAfter);
        if (!Number.isNaN(date))
            return Math.max(0, date - nowMs);
    }
    const reset = Number(header(response.headers, 'x-ratelimit-reset'));
    if (header(response.headers, 'x-ratelimit-remaining') === '0' && Number.isFinite(reset) && reset > 0) {
        return Math.max(0, reset * 1000 - nowMs);
    }
    return null;
}
function header(headers, name) {
    const value = headers[name];
    if (Array.isArray(value))
        return value.join(', ');
    return value === undefined ? null : String(value);
}
/** GitHub's error JSON: `{ message, errors?: [{ message?, code, field? }] }`. */
function describeBody(json) {
    if (typeof json === 'string')
        return json.slice(0, 200) || 'empty answer';
    if (typeof json !== 'object' || json === null)
        return 'empty answer';
    const { message, errors } = json;
    const parts = typeof message === 'string' ? [message] : [];
    if (Array.isArray(errors)) {
        for (const item of errors) {
            const text = item['message'] ?? [item['field'], item['code']].filter(Boolean).join(' ');
            if (typeof text === 'string' && text !== '')
                parts.push(text);
        }
    }
    return parts.join(': ').slice(0, 300) || 'no message';
}

;// CONCATENATED MODULE: ./src/github/identity.ts
/**
 * Who perf-gate comments as, so that only its own marked comment is ever updated. GitHub's GraphQL
 * `viewer { login }` answers for every kind of token: a personal token gives the user's login, and
 * an app installation token (the workflow's GITHUB_TOKEN, or another app's) gives the app's bot
 * login, `github-actions[bot]` or `my-app[bot]`, exactly as its comments show it in `user.login`.
 * GET /user is the fallback for a server without GraphQL; it refuses installation tokens (403), and
 * then the login is not guessed: a guess could post a duplicate or edit someone else's comment.
 */

/** Neither GraphQL nor GET /user told the token's login: the comment-author input must. */
class CommentAuthorUnknownError extends Error {
    graphqlProblem;
    restProblem;
    constructor(graphqlProblem, restProblem) {
        super(`perf-gate cannot tell which login the github-token comments as (GraphQL viewer: ${graphqlProblem}; GET /user: ${restProblem}), ` +
            "and a guess could post a second comment or edit someone else's: set the comment-author input to the login its comments show, e.g. my-app[bot]");
        this.graphqlProblem = graphqlProblem;
        this.restProblem = restProblem;
        this.name = 'CommentAuthorUnknownError';
    }
}
/**
 * Throws GitHubApiError when GitHub cannot be asked (bad credentials, outage), and
 * CommentAuthorUnknownError when it answers but will not say.
 */
async function resolveCommentAuthor(octokit, apiUrl, maxWaitMs) {
    const asApiError = (error) => toGitHubApiError(error, apiUrl, maxWaitMs);
    let graphqlProblem;
    try {
        // Octokit asks GitHub Enterprise Server's …/api/graphql when the REST base is …/api/v3.
        const answer = await octokit.graphql('query { viewer { login } }');
        const login = answer?.viewer?.login;
        if (typeof login === 'string' && login !== '')
            return { login, source: 'GraphQL viewer' };
        graphqlProblem = 'the answer has no viewer login';
    }
    catch (error) {
        const failure = asApiError(error);
        if (failure instanceof GitHubApiError) {
            graphqlProblem = failure.status === null ? failure.detail : `HTTP ${failure.status} ${failure.detail}`;
        }
        else {
            const problem = graphqlErrors(error);
            if (problem === null)
                throw error;
            graphqlProblem = problem;
        }
    }
    try {
        const { data } = await octokit.request('GET /user').catch((error) => {
            throw asApiError(error);
        });
        const login = data?.login;
        if (typeof login === 'string' && login !== '')
            return { login, source: 'GET /user' };
        throw new GitHubApiError('GET', '/user', 200, 'the answer has no login', false);
    }
    catch (error) {
        // 403: an installation token; 404: GitHub Enterprise without user endpoints for apps.
        if (error instanceof GitHubApiError && !error.rateLimited && (error.status === 403 || error.status === 404)) {
            throw new CommentAuthorUnknownError(graphqlProblem, `HTTP ${error.status} ${error.detail}`);
        }
        throw error;
    }
}
/** GraphQL reports errors in a 200 answer, which Octokit throws as GraphqlResponseError with its `errors`. */
function graphqlErrors(error) {
    const errors = error?.errors;
    if (!Array.isArray(errors))
        return null;
    const messages = errors
        .map((e) => e?.message)
        .filter((m) => typeof m === 'string');
    return messages.length > 0 ? messages.join('; ').slice(0, 200) : null;
}
/** The comment-author input names someone the token is not (or cannot be shown to be). */
class CommentAuthorMismatchError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CommentAuthorMismatchError';
    }
}
/**
 * The author to edit comments as, given the comment-author input. An app's login (`…[bot]`) is
 * taken as given, for servers that will not say who an app token is: only comments GitHub marks
 * as a bot's are then edited, never a person's that quotes the marker. A person's login is
 * checked against the token's own, so `comment-author: OctoCat` cannot edit OctoCat's comments
 * with another token.
 */
async function confirmCommentAuthor(configured, resolve) {
    if (configured.toLowerCase().endsWith('[bot]'))
        return { login: configured, source: 'configured' };
    let actual;
    try {
        actual = await resolve();
    }
    catch (error) {
        if (!(error instanceof CommentAuthorUnknownError))
            throw error;
        throw new CommentAuthorMismatchError(`comment-author is the user ${configured}, and GitHub would not confirm the github-token is that user (GraphQL viewer: ${error.graphqlProblem}; GET /user: ${error.restProblem}), so no comment of theirs is edited; for an app token give its login, e.g. my-app[bot]`);
    }
    if (actual.login.toLowerCase() !== configured.toLowerCase()) {
        throw new CommentAuthorMismatchError(`comment-author is ${configured}, but the github-token comments as ${actual.login} (${actual.source}); perf-gate edits only the token's own comments: set comment-author to ${actual.login} or leave it empty`);
    }
    return actual;
}
/**
 * Logins compare case-insensitively on GitHub. A login taken on trust (an app's, configured)
 * matches only comments GitHub marks as a bot's.
 */
function isWrittenBy(comment, author) {
    const login = comment.user?.login;
    if (typeof login !== 'string' || login.toLowerCase() !== author.login.toLowerCase())
        return false;
    return author.source !== 'configured' || comment.user?.type === 'Bot';
}

;// CONCATENATED MODULE: ./src/github/marker.ts
/**
 * The hidden marker that makes the PR comment sticky: perf-gate finds its earlier comment by this
 * HTML comment (invisible in the rendered markdown) and updates it instead of posting another.
 * GitHub's size limits live here too, beside the marker that takes part of the room.
 */
const COMMENT_MARKER = '<!-- perf-gate:comment -->';
/** GitHub refuses issue-comment bodies longer than this (422 "body is too long"). */
const MAX_COMMENT_LENGTH = 65_536;
/** GitHub rejects longer bodies; the margin leaves room for the publisher's keyed marker. */
const GITHUB_COMMENT_LIMIT = MAX_COMMENT_LENGTH - 128;
/** The report's room in a comment: GitHub's limit less the marker line publishing puts on top. */
const REPORT_MAX_CHARS = GITHUB_COMMENT_LIMIT - `${COMMENT_MARKER}\n\n`.length;
/**
 * The report's room in the job summary, whose limit is 1 MiB of UTF-8: a UTF-16 unit is at most
 * 3 bytes, so this many units always fit, with room to spare for the marker.
 */
const SUMMARY_MAX_CHARS = Math.floor((1024 * 1024 - 16 * 1024) / 3);
const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** Any perf-gate marker, keyed or not: a body must carry exactly one, ours. */
const ANY_MARKER = /<!-- perf-gate:comment(?::[A-Za-z0-9._-]+)? -->\n?/g;
const TRUNCATION_NOTE = '\n\n…(comment truncated: the job summary has the full report)';
/**
 * The marker for one perf-gate step. A key (e.g. "enqueue", "spike") keeps two perf-gate steps of
 * one workflow in two separate comments; without one, the plain COMMENT_MARKER.
 */
function commentMarker(key) {
    if (key === undefined || key === null || key === '')
        return COMMENT_MARKER;
    if (!KEY_PATTERN.test(key)) {
        throw new Error(`comment key "${key}" is not usable in the PR comment marker: use 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit`);
    }
    return `<!-- perf-gate:comment:${key} -->`;
}
/** Does this comment body carry exactly this marker (not merely another step's marker)? */
function hasMarker(body, marker) {
    return typeof body === 'string' && body.includes(marker);
}
/**
 * The body to post: any perf-gate marker the rendered report already holds is replaced by this
 * step's one at the top (so a keyed step never carries the plain marker and gets mistaken for the
 * unkeyed step's comment), and the text is cut to GitHub's length limit.
 */
function stickyCommentBody(body, marker) {
    const full = `${marker}\n${withoutMarkers(body)}`;
    if (full.length <= MAX_COMMENT_LENGTH)
        return full;
    let cut = full.slice(0, MAX_COMMENT_LENGTH - TRUNCATION_NOTE.length);
    // Never leave half of a surrogate pair at the cut.
    if (/[\uD800-\uDBFF]$/.test(cut))
        cut = cut.slice(0, -1);
    return cut + TRUNCATION_NOTE;
}
/**
 * The text with every perf-gate marker gone, stripped until none is left: one pass over
 * `<!-- perf-gate:comment:<!-- perf-gate:comment -->enqueue -->` (a script's name, say) would
 * leave a working enqueue marker behind.
 */
function withoutMarkers(text) {
    let rest = text;
    for (let previous = ''; previous !== rest;) {
        previous = rest;
        rest = rest.replace(ANY_MARKER, '');
    }
    return rest;
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(11758);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
;// CONCATENATED MODULE: ./src/github/octokit.ts
/**
 * The one Octokit perf-gate talks to GitHub through (the PR comment and the history branch):
 * @actions/github's getOctokit with the API URL given explicitly (@actions/github reads
 * GITHUB_API_URL once, at import), plugin-retry for 5xx and network failures, and
 * plugin-throttling for GitHub's rate limits.
 */




/** Rate limits asking for a longer wait are not waited out: the job would hang for them. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 60;
/** A limiter that lets every job through at once: stands in for throttling's one-write-a-second group. */
const unpaced = {
    key: () => ({ schedule: (_options, job) => job() }),
};
function createOctokit(options) {
    const baseUrl = options.apiUrl.replace(/\/+$/, '');
    const secondMs = options.secondMs ?? 1000;
    const maxWait = options.maxRateLimitWaitSeconds ?? MAX_RATE_LIMIT_WAIT_SECONDS;
    const rateLimitRetries = options.rateLimitRetries ?? 2;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        if (retryAfter > maxWait || retryCount >= rateLimitRetries)
            return false;
        options.onWait?.(`GitHub's ${kind} rate limit: waiting ${retryAfter} s before ${request.method} ${request.url}`);
        return true;
    };
    const octokit = (0,github/* getOctokit */.Q)(options.token, {
        baseUrl,
        retry: {
            retries: options.retries ?? 2,
            retryAfterBaseValue: secondMs,
            // Rate limits (403, 429) are throttling's to wait out; the rest would fail the same way again.
            doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451],
        },
        throttle: {
            retryAfterBaseValue: secondMs,
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
            ...(options.paceWrites === false ? { write: unpaced, notifications: unpaced } : {}),
        },
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    const origin = new URL(baseUrl).origin;
    octokit.hook.before('request', (request) => {
        const url = new URL(request.url, `${request.baseUrl}/`);
        // The token goes only to the API host: a Link header pointing elsewhere is not followed.
        if (url.origin !== origin) {
            throw new GitHubApiError(request.method, request.url, null, `link leads away from ${origin}`, false);
        }
        // A POST without a clear answer may have been carried out (a comment created): never send it
        // twice. GraphQL's POST is a question, safe to repeat.
        if (request.method === 'POST' && !url.pathname.endsWith('/graphql')) {
            request.request = { ...request.request, retries: 0 };
        }
    });
    return octokit;
}

;// CONCATENATED MODULE: ./src/github/comment.ts






/** A hard stop for a list: 200 pages of 100 comments is beyond any real pull request. */
const MAX_PAGES = 200;
/** Events that never concern a pull request: no comment, and nothing to warn about. */
const RUNS_WITHOUT_PULL_REQUEST = new Set(['push', 'schedule', 'workflow_dispatch']);
async function publishComment(request, env = gitHubEnvironmentFrom(), deps) {
    const logger = deps.logger;
    const warn = (reason) => {
        const warning = redact(`perf-gate did not publish the PR comment: ${reason}. The job summary has the full report.`, request.token);
        logger.warning(warning);
        return { url: null, action: 'skipped', warning };
    };
    if (request.mode === 'never') {
        logger.info('PR comment: skipped (comment: never).');
        return { url: null, action: 'skipped', warning: null };
    }
    if (env.eventName !== null && RUNS_WITHOUT_PULL_REQUEST.has(env.eventName)) {
        logger.info(`PR comment: skipped (a ${env.eventName} run belongs to no pull request).`);
        return { url: null, action: 'skipped', warning: null };
    }
    if (request.token === null || request.token.trim() === '')
        return warn('no github-token was given');
    let marker;
    try {
        marker = commentMarker(request.key);
    }
    catch (error) {
        return warn(error.message);
    }
    const lookup = readPullRequestContext(env, deps.readFile);
    if (!lookup.found)
        return warn(lookup.reason);
    const pullRequest = lookup.pullRequest;
    const octokit = createOctokit({
        ...deps.client,
        apiUrl: pullRequest.apiUrl,
        token: request.token,
        maxRateLimitWaitSeconds: MAX_RATE_LIMIT_WAIT_SECONDS,
        onWait: (message) => logger.info(message),
    });
    try {
        const resolve = () => resolveCommentAuthor(octokit, pullRequest.apiUrl, MAX_RATE_LIMIT_WAIT_SECONDS * 1000);
        const author = request.commentAuthor
            ? await confirmCommentAuthor(request.commentAuthor, resolve)
            : await resolve();
        const result = await upsert(octokit, pullRequest, author, marker, request, { ...deps, logger });
        logger.info(result.action === 'skipped'
            ? 'PR comment: skipped (comment: on-failure, the run passed and there is no earlier comment to correct).'
            : `PR comment ${result.action} as ${author.login} (${author.source}): ${result.url ?? '(no url)'}`);
        return result;
    }
    catch (error) {
        return warn(whyNotCommented(error, pullRequest));
    }
}
async function upsert(octokit, pr, author, marker, request, deps) {
    const asApiError = (error) => toGitHubApiError(error, pr.apiUrl, MAX_RATE_LIMIT_WAIT_SECONDS * 1000);
    const issue = { owner: pr.owner, repo: pr.repo, issue_number: pr.number };
    const body = stickyCommentBody(request.body, marker);
    const rounds = deps.maxAttempts ?? 3;
    for (let round = 1;; round++) {
        const listing = await listComments(octokit, issue, deps.maxPages ?? MAX_PAGES).catch((error) => {
            throw asApiError(error);
        });
        const comments = listing.items.filter(isIssueComment);
        // The oldest of ours: the one the PR's readers have seen since the first run.
        const ours = comments.find((comment) => hasMarker(comment.body, marker) && isWrittenBy(comment, author));
        if (ours === undefined && listing.truncated && round === 1) {
            deps.logger.warning(`PR comment: stopped listing the comments of ${pr.owner}/${pr.repo}#${pr.number} after ${comments.length} without finding perf-gate's earlier comment; if it comes later, this run posts a duplicate.`);
        }
        if (ours === undefined && request.mode === 'on-failure' && request.verdictStatus === 'pass') {
            return { url: null, action: 'skipped', warning: null };
        }
        try {
            if (ours !== undefined) {
                const { data } = await octokit.rest.issues.updateComment({ ...issue, comment_id: ours.id, body });
                return { url: htmlUrl(data) ?? ours.html_url ?? null, action: 'updated', warning: null };
            }
            // Sent once (createOctokit never repeats a POST): a lost answer is settled by listing again below.
            const { data } = await octokit.rest.issues.createComment({ ...issue, body });
            return { url: htmlUrl(data), action: 'created', warning: null };
        }
        catch (thrown) {
            const error = asApiError(thrown);
            // A POST without a clear answer may have created the comment after all, and a PATCH 404 means
            // ours was deleted meanwhile: list again rather than post blindly (exactly one comment).
            const lookAgain = error instanceof GitHubApiError && (ours === undefined ? error.transient : error.status === 404);
            if (!lookAgain || round >= rounds)
                throw error;
            await (deps.sleep ?? sleep)((deps.backoffMs ?? 1000) * round);
        }
    }
}
/** Every page of the PR's comments, up to `maxPages`: `truncated` says the list went on beyond them. */
async function listComments(octokit, issue, maxPages) {
    const items = [];
    let pages = 0;
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { ...issue, per_page: 100 })) {
        items.push(...page.data);
        pages++;
        // Stop before asking for a page beyond the cap, but only call it truncated if GitHub has one.
        if (pages >= maxPages)
            return { items, truncated: /rel="next"/.test(page.headers.link ?? '') };
    }
    return { items, truncated: false };
}
/** Why the PR comment was not posted, in one sentence that says what to do about it. */
function whyNotCommented(error, pr) {
    if (error instanceof CommentAuthorUnknownError || error instanceof CommentAuthorMismatchError)
        return error.message;
    if (!(error instanceof GitHubApiError))
        return `unexpected error (${error instanceof Error ? error.message : String(error)})`;
    const call = `${error.method} ${error.path}`;
    const where = `${pr.owner}/${pr.repo}#${pr.number}`;
    if (error.rateLimited)
        return `GitHub's rate limit refused ${call} (${error.detail})`;
    switch (error.status) {
        case null:
            return `GitHub's API at ${pr.apiUrl} could not be reached for ${call} (${error.detail})`;
        case 401:
            return `GitHub refused the github-token for ${call} (401 ${error.detail}): it is invalid or expired`;
        case 403:
            return (`the github-token may not ${error.method === 'GET' ? 'read' : 'write'} comments on ${where} (403 ${error.detail}). ` +
                'A pull request from a fork gets a read-only GITHUB_TOKEN; otherwise give the job `permissions: pull-requests: write`');
        case 404:
            return `GitHub answered 404 for ${call}: ${where} does not exist or the token cannot see it`;
        case 422:
            return `GitHub rejected the comment on ${where} (422 ${error.detail})`;
        default:
            return error.status >= 500
                ? `GitHub kept failing for ${call} (HTTP ${error.status}: ${error.detail})`
                : `GitHub answered ${call} with HTTP ${error.status} (${error.detail})`;
    }
}
function isIssueComment(value) {
    return typeof value === 'object' && value !== null && typeof value.id === 'number';
}
function htmlUrl(json) {
    const url = json?.html_url;
    return typeof url === 'string' ? url : null;
}
/** Belt and braces: GitHub's messages never echo the token, but a warning must not carry it even if one did. */
function redact(text, token) {
    return token !== null && token.length >= 4 ? text.split(token).join('***') : text;
}

;// CONCATENATED MODULE: ./src/github/publish.ts


/** What is published: the marker that finds the sticky comment again, then the report. */
function commentBody(report) {
    return `${COMMENT_MARKER}\n\n${report}`;
}
/**
 * The report goes to the job summary always, and to the sticky PR comment as `comment` asks.
 * A shortened comment promises the full report in the job summary: `report.summary` keeps it.
 * The marker that finds the comment again is GitHub's business, so it is added here, not by the report.
 */
async function publishReport(io, settings, event, report, status) {
    const rendered = typeof report === 'string' ? { comment: report, summary: report } : report;
    await io.writeSummary(commentBody(rendered.summary));
    return publishComment({
        token: settings.githubToken,
        body: commentBody(rendered.comment),
        mode: settings.comment,
        verdictStatus: status,
        key: settings.key,
        commentAuthor: settings.commentAuthor,
    }, event.environment, { logger: { warning: io.warning, info: io.info }, readFile: event.readEventFile });
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/results/k6-tags.ts
/**
 * The k6 system tags the analysis reads, to pass as `k6 run --system-tags=...`: every other
 * system tag (url, proto, tls_version, subproto, service, check, ...) only adds bytes k6 must
 * write on every sample line, CPU taken from load generation on a 2-core runner.
 * `stage` is not a system tag: our scenarios set it per request.
 */
const ANALYSIS_SYSTEM_TAGS = [
    'status',
    'method',
    'name',
    'group',
    'scenario',
    'error',
    'error_code',
    // k6 tags requests with it when it decides http_req_failed; thresholds on {expected_response:true} need it too.
    'expected_response',
];

;// CONCATENATED MODULE: ./src/k6/exit-codes.ts
const KNOWN = {
    0: { meaning: 'finished', analysable: true, complete: true },
    97: { meaning: 'cloud test run failed', analysable: true, complete: true },
    99: { meaning: 'finished; thresholds in the k6 script were crossed', analysable: true, complete: true },
    100: { meaning: 'setup() timed out', analysable: false, complete: false },
    101: { meaning: 'teardown() timed out: test users may be left in the lines', analysable: true, complete: true },
    104: { meaning: 'invalid k6 configuration', analysable: false, complete: false },
    105: { meaning: 'aborted from outside (signal or REST API)', analysable: true, complete: false },
    107: { meaning: 'the k6 script threw an exception', analysable: false, complete: false },
    108: {
        meaning: 'aborted by the script (test.abort() or an abortOnFail threshold)',
        analysable: true,
        complete: false,
    },
    109: { meaning: 'k6 panicked', analysable: true, complete: false },
    110: { meaning: 'the script marked the run as failed', analysable: true, complete: true },
};
/** k6's own words when an abortOnFail threshold (the scenarios' target-down guard) ended the run. */
const ABORTED_BY_THRESHOLD = /abortOnFail|stopping test prematurely/;
/** Signals by number, for exit codes 128+n (a wrapper script's or shell's report of a signal death). */
const SIGNALS = {
    1: 'SIGHUP',
    2: 'SIGINT',
    3: 'SIGQUIT',
    6: 'SIGABRT',
    9: 'SIGKILL',
    15: 'SIGTERM',
};
/**
 * `signal`: the signal that ended k6 when it died by one. Whatever ended k6 early, the results
 * it wrote are kept and judged as incomplete; only exits before any load (setup timed out, bad
 * configuration, a script exception) leave nothing worth judging.
 */
function interpretK6Exit(code, errorLine = null, signal = null) {
    if (code === null) {
        const meaning = signal === null ? 'k6 was killed before it finished' : `k6 was killed by ${signal} before it finished`;
        return { code, meaning, analysable: true, complete: false };
    }
    if (code > 128 && code < 128 + 65) {
        const name = SIGNALS[code - 128] ?? `signal ${code - 128}`;
        return {
            code,
            meaning: `k6 was killed by ${name} before it finished (exit ${code} = 128 + ${code - 128})`,
            analysable: true,
            complete: false,
        };
    }
    if (errorLine !== null && ABORTED_BY_THRESHOLD.test(errorLine)) {
        return {
            code,
            meaning: 'stopped early: nearly every request failed, the target looks down',
            analysable: true,
            complete: false,
        };
    }
    const known = KNOWN[code];
    if (known)
        return { code, ...known };
    return {
        code,
        meaning: `k6 exited with code ${code} (bad flags or an unreadable file)`,
        analysable: false,
        complete: false,
    };
}
/**
 * The one line worth showing from k6's log: the last `level=error` (or fatal) message, unquoted.
 * k6 logs as logfmt: time="…" level=error msg="…" hint="…". Without one, the last line that is
 * not logfmt at all (a flag parser's "unknown flag: …"); a `level=info` or `level=warning` line
 * is the script's chatter, never the reason a run failed.
 */
function lastK6Error(stderr) {
    let found = null;
    for (const line of stderr.split('\n')) {
        if (!/\blevel=(error|fatal)\b/.test(line))
            continue;
        const msg = /\bmsg="((?:[^"\\]|\\.)*)"/.exec(line);
        const hint = /\bhint="((?:[^"\\]|\\.)*)"/.exec(line);
        if (msg)
            found = exit_codes_unescape(msg[1]) + (hint ? ` (${exit_codes_unescape(hint[1])})` : '');
    }
    if (found !== null)
        return found;
    const plain = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !/\blevel=\w+/.test(l) && !/^(INFO|WARN|DEBU)\[/.test(l));
    return plain.length > 0 ? plain[plain.length - 1] : null;
}
function exit_codes_unescape(value) {
    return value
        .replace(/\\[nrt]/g, ' ')
        .replace(/\\(.)/g, '$1')
        .replace(/\s+/g, ' ');
}

;// CONCATENATED MODULE: ./src/k6/run.ts




/** k6's command line. Deliberately free of anything secret: argv is visible to every process. */
function k6Arguments(request) {
    return [
        'run',
        '--no-usage-report',
        '--no-color',
        `--out=json=${request.resultsPath}`,
        `--system-tags=${ANALYSIS_SYSTEM_TAGS.join(',')}`,
        '--summary-trend-stats=avg,min,med,max,p(90),p(95),p(99)',
        ...(request.extraArgs ?? []),
        request.scriptPath,
    ];
}
const STDERR_TAIL_CHARS = 64 * 1024;
async function runK6(request) {
    let stderrTail = '';
    let insufficientVus = null;
    // spawn, not @actions/exec: only the child's close event tells which signal killed it.
    const { code, signal } = await new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(request.k6Path, k6Arguments(request), {
            env: { ...inheritedEnv(), ...request.scriptEnv },
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        if (child.pid !== undefined)
            request.onSpawn?.(child.pid);
        child.stdout.on('data', (chunk) => request.log.write(chunk));
        child.stderr.on('data', (chunk) => {
            request.log.write(chunk);
            // Checked before the tail is cut: k6 warns early in the run, the tail keeps its end.
            const before = stderrTail.length;
            stderrTail = stderrTail + chunk.toString('utf8');
            if (insufficientVus === null)
                insufficientVus = findInsufficientVus(stderrTail.slice(Math.max(0, before - 512)));
            stderrTail = stderrTail.slice(-STDERR_TAIL_CHARS);
        });
        child.on('error', (error) => reject(cannotStart(request.k6Path, error)));
        child.on('close', (exitCode, exitSignal) => resolve({ code: exitCode, signal: exitSignal }));
    });
    const errorLine = lastK6Error(stderrTail);
    return {
        exit: interpretK6Exit(code, errorLine, signal),
        errorLine,
        resultsPath: request.resultsPath,
        insufficientVus,
    };
}
/**
 * k6's warning, as it logs it: `level=warning msg="Insufficient VUs, reached 1000 active VUs and
 * cannot initialize more" executor=ramping-arrival-rate scenario=spike`.
 */
function findInsufficientVus(text) {
    const match = /msg="(Insufficient VUs[^"\n]*)"/.exec(text);
    return match ? match[1] : null;
}
/** k6 that cannot be started (gone, not executable, no room for a process): the user's to fix, through k6-path. */
function cannotStart(k6Path, error) {
    const why = error.code === 'ENOENT'
        ? 'the file does not exist'
        : error.code === 'EACCES'
            ? 'it is not executable (chmod +x?)'
            : `${error.code ?? error.message}`;
    return new user_error/* UserError */.y(`Cannot start k6 at ${k6Path}: ${why}. Point k6-path at the k6 binary, or leave it empty to let perf-gate install k6.`, { input: 'k6-path' });
}
/**
 * k6 hands its whole environment to the script as __ENV. The runner's INPUT_* variables hold the
 * raw inputs (auth-token, github-token) and ACTIONS_* tokens grant cache and OIDC access: the
 * load script has no business seeing any of them.
 */
const RUNNER_SECRETS = /^(INPUT_.*|ACTIONS_RUNTIME_TOKEN|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_ID_TOKEN_REQUEST_URL|GITHUB_TOKEN)$/;
function inheritedEnv() {
    const env = {};
    for (const [key, value] of Object.entries(process.env)) {
        if (value !== undefined && !RUNNER_SECRETS.test(key))
            env[key] = value;
    }
    return env;
}

;// CONCATENATED MODULE: ./src/k6/runner-sampler.ts
/**
 * Samples the runner once a second while k6 runs: all-core CPU, k6's own CPU and the time its
 * threads waited for a CPU, memory. The
 * reader and the clock are injected, so a recorded trace replays through the same sampler and
 * the same assessment (judge/runner-health.ts) as a live run.
 */


const liveClock = {
    now: () => Date.now(),
    every: (ms, tick) => {
        const timer = setInterval(tick, ms);
        // The sampler never keeps the process alive on its own.
        timer.unref();
        return { stop: () => clearInterval(timer) };
    },
};
function startSampler(reader, clock = liveClock, everyMs = 1000) {
    const readings = [];
    let pid = null;
    const take = () => {
        try {
            const sched = pid === null ? null : (reader.processSchedule?.(pid) ?? null);
            readings.push({
                atMs: clock.now(),
                cpu: reader.cpu(),
                k6Cpu: pid === null ? null : reader.processCpu(pid),
                ...(sched ? { k6Sched: sched } : {}),
                memory: reader.memory(),
            });
        }
        catch {
            // A reading the OS refused is a gap in the trace, not a reason to stop the run.
        }
    };
    take();
    const timer = clock.every(everyMs, take);
    return {
        watch: (watched) => {
            pid = watched;
        },
        stop: () => {
            timer.stop();
            take();
            return readings;
        },
    };
}
/** /proc/stat's first line: user nice system idle iowait irq softirq steal …, in clock ticks. */
function parseProcStat(text) {
    const line = text.split('\n').find((l) => l.startsWith('cpu '));
    if (!line)
        return null;
    const [user, nice, system, idle, iowait = 0, irq = 0, softirq = 0, steal = 0] = line
        .trim()
        .split(/\s+/)
        .slice(1)
        .map(Number);
    if ([user, nice, system, idle].some((v) => v === undefined || !Number.isFinite(v)))
        return null;
    const idleAll = idle + iowait;
    const busy = user + nice + system + irq + softirq + steal;
    return { busy, total: busy + idleAll };
}
/** utime + stime of /proc/<pid>/stat (fields 14 and 15, counted after the parenthesised name). */
function parseProcessStat(text) {
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return Number.isFinite(utime) && Number.isFinite(stime) ? utime + stime : null;
}
/** /proc/<pid>/task/<tid>/schedstat: "time on CPU (ns) time waiting on a run queue (ns) timeslices". */
function parseSchedstat(text) {
    const [run, wait] = text.trim().split(/\s+/).map(Number);
    return run !== undefined && wait !== undefined && Number.isFinite(run) && Number.isFinite(wait)
        ? { runNs: run, waitNs: wait }
        : null;
}
/**
 * Sums every thread's account: k6 is a Go program whose goroutines run on many threads, and the
 * process-level file covers the main thread only.
 */
function processSchedule(pid) {
    let tasks;
    try {
        tasks = (0,external_node_fs_.readdirSync)(`/proc/${pid}/task`);
    }
    catch {
        return null;
    }
    const total = { runNs: 0, waitNs: 0 };
    let read = 0;
    for (const tid of tasks) {
        try {
            const one = parseSchedstat((0,external_node_fs_.readFileSync)(`/proc/${pid}/task/${tid}/schedstat`, 'utf8'));
            if (!one)
                continue;
            total.runNs += one.runNs;
            total.waitNs += one.waitNs;
            read++;
        }
        catch {
            // A thread that exited between the listing and the read.
        }
    }
    return read > 0 ? total : null;
}
function cpusTotals() {
    let busy = 0;
    let total = 0;
    for (const { times } of external_node_os_default().cpus()) {
        busy += times.user + times.nice + times.sys + times.irq;
        total += times.user + times.nice + times.sys + times.irq + times.idle;
    }
    return { busy, total };
}
function liveReader() {
    const proc = (() => {
        try {
            return parseProcStat((0,external_node_fs_.readFileSync)('/proc/stat', 'utf8')) !== null;
        }
        catch {
            return false;
        }
    })();
    return {
        cpu: () => (proc ? parseProcStat((0,external_node_fs_.readFileSync)('/proc/stat', 'utf8')) : null) ?? cpusTotals(),
        // Clock ticks, like /proc/stat: only comparable where /proc is what cpu() reads.
        processCpu: (pid) => {
            if (!proc)
                return null;
            try {
                return parseProcessStat((0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8'));
            }
            catch {
                return null;
            }
        },
        processSchedule: (pid) => (proc ? processSchedule(pid) : null),
        memory: () => ({ used: external_node_os_default().totalmem() - external_node_os_default().freemem(), total: external_node_os_default().totalmem() }),
    };
}

// EXTERNAL MODULE: ./src/results/stages.ts
var stages = __webpack_require__(38723);
;// CONCATENATED MODULE: ./src/k6/stage-progress.ts
/**
 * One log line per stage as the run passes it, read from k6's own progress lines
 * ("running (1m30.9s), 100/200 VUs, …") against the stage plan. k6's clock starts before setup();
 * the load starts at the first progress line with a VU at work, as the stage windows do.
 */

const PROGRESS = /^running \((\d+)m(\d+(?:\.\d+)?)s\), (\d+)\/\d+ VUs/;
function stageProgress(plan) {
    const windows = (0,stages/* planWindows */.pr)(plan);
    let pending = '';
    let loadStartS = null;
    let announced = 0;
    return {
        feed(text) {
            const lines = (pending + text).split('\n');
            pending = lines.pop() ?? '';
            const started = [];
            for (const line of lines) {
                const match = PROGRESS.exec(line.trim());
                if (match === null)
                    continue;
                const elapsedS = Number(match[1]) * 60 + Number(match[2]);
                if (loadStartS === null) {
                    if (Number(match[3]) === 0)
                        continue;
                    loadStartS = elapsedS;
                }
                const loadMs = (elapsedS - loadStartS) * 1000;
                while (announced < windows.length && windows[announced].startMs <= loadMs) {
                    const window = windows[announced];
                    started.push({ number: announced + 1, count: windows.length, label: window.label, startMs: window.startMs });
                    announced++;
                }
            }
            return started;
        },
    };
}
/** "stage 2/5 (VU 100) started at 1:30". */
function stageLine(stage) {
    const seconds = Math.round(stage.startMs / 1000);
    const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
    return `stage ${stage.number}/${stage.count} (${stage.label}) started at ${clock}`;
}

;// CONCATENATED MODULE: ./src/k6/results-written.ts


/** k6's results file, gzipped by k6 itself (it compresses when the name ends in .gz): a quarter-hour run is 85 MB plain. */
const RESULTS_FILE_NAME = 'k6-results.ndjson.gz';
/**
 * Whether k6 wrote any result into `file`. A gzipped file is never empty even when k6 wrote
 * nothing (the header alone takes ~20 bytes), so its first uncompressed bytes are looked at.
 */
function resultsWritten(file) {
    return new Promise((resolve) => {
        const raw = (0,external_node_fs_.createReadStream)(file);
        const stream = file.endsWith('.gz') ? raw.pipe((0,external_node_zlib_.createGunzip)()) : raw;
        const done = (written) => {
            raw.destroy();
            resolve(written);
        };
        stream.on('data', (chunk) => {
            if (chunk.length > 0)
                done(true);
        });
        stream.on('end', () => done(false));
        // A missing file, or gzip cut before any data: nothing to judge.
        stream.on('error', () => done(false));
        raw.on('error', () => done(false));
    });
}

;// CONCATENATED MODULE: ./src/k6/segments.ts
/**
 * One runner's share of a test split over a job matrix: k6's execution-segment arguments for
 * instance i of n (k6's striping rule, shared with the scenarios through scenarios/lib/segments.js).
 */

/** k6's arguments for this instance: its segment and the sequence every instance shares. */
function segmentArguments(segment) {
    return [
        `--execution-segment=${executionSegment(segment)}`,
        `--execution-segment-sequence=${executionSegmentSequence(segment.count)}`,
    ];
}
/** `2/4`: how the segment is named in logs and file names. */
function segmentLabel(segment) {
    return `${segment.index}/${segment.count}`;
}
/** The results file of this instance: its segment in the name, so the judge's glob finds them all apart. */
function segmentResultsName(segment) {
    return `k6-segment-${segment.index}-of-${segment.count}.ndjson.gz`;
}

;// CONCATENATED MODULE: ./src/k6/scenario-run.ts










/**
 * The file a run writes. A confirmation run gets its own: k6 truncates the file it is given, so
 * a confirmation that crashed would otherwise erase the judged first run's results.
 */
function runResultsName(segment, runNumber = 1) {
    if (segment)
        return segmentResultsName(segment);
    return runNumber === 1 ? RESULTS_FILE_NAME : `k6-results-run-${runNumber}.ndjson.gz`;
}
/** A k6 run that left nothing worth judging: the message carries k6's own error line. */
class K6RunError extends user_error/* UserError */.y {
    name = 'K6RunError';
}
/** Runs the scenario with k6; throws a K6RunError when the run left nothing to judge. */
async function runScenario(request, sink) {
    const sampler = (request.sampler ?? (() => startSampler(liveReader())))();
    const k6StartMs = Date.now();
    const title = `k6 output: ${external_node_path_default().basename(request.scriptPath)}`;
    sink.startGroup(title);
    let outcome;
    try {
        outcome = await runK6({
            k6Path: request.k6Path,
            scriptPath: request.scriptPath,
            resultsPath: external_node_path_default().join(request.workDir, runResultsName(request.segment, request.runNumber)),
            scriptEnv: scriptEnvironment(request),
            extraArgs: request.segment ? segmentArguments(request.segment) : [],
            log: request.stagePlan ? withStageLines(request.stagePlan, sink, title) : sink.k6Log,
            onSpawn: (pid) => sampler.watch(pid),
        });
    }
    catch (error) {
        sampler.stop();
        throw error;
    }
    finally {
        sink.endGroup();
    }
    const k6EndMs = Date.now();
    const readings = sampler.stop();
    const written = await resultsWritten(outcome.resultsPath);
    if (!outcome.exit.analysable || !written) {
        const why = outcome.errorLine ? `: ${outcome.errorLine}` : '';
        throw new K6RunError(`The k6 run failed (${outcome.exit.meaning}${written ? '' : '; no results written'})${why}`);
    }
    return {
        resultsPath: outcome.resultsPath,
        exit: outcome.exit,
        errorLine: outcome.errorLine,
        runner: { readings, k6StartMs, k6EndMs },
        insufficientVus: outcome.insufficientVus,
    };
}
/**
 * k6's output passed through, and at each stage the run enters: the group closed, the stage's
 * line said outside it, and a new group opened for the stage's output (about 250 lines a minute).
 */
function withStageLines(plan, sink, title) {
    const progress = stageProgress(plan);
    // A chunk may end inside a multi-byte character: the decoder holds it back for the next one.
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    return new external_node_stream_.Writable({
        write(chunk, _encoding, done) {
            sink.k6Log.write(chunk);
            for (const stage of progress.feed(decoder.write(chunk))) {
                sink.endGroup();
                sink.info(stageLine(stage));
                sink.startGroup(`${title}, stage ${stage.number}/${stage.count}`);
            }
            done();
        },
    });
}
/** The scenario's variables; AUTH_TOKEN travels here and only here. */
function scriptEnvironment(request) {
    const env = {
        BASE_URL: request.baseUrl,
        BOOTH_ID: String(request.boothId),
        PROFILE: request.profile,
    };
    if (request.authToken)
        env.AUTH_TOKEN = request.authToken;
    // setup() logs in only this segment's test users (scenarios/lib/segments.js).
    if (request.segment)
        env.SEGMENT = segmentLabel(request.segment);
    if (request.baselineUrl)
        env.BASELINE_URL = request.baselineUrl;
    return env;
}
/** The folder k6 writes to, made before anything is installed or sent. */
async function prepareWorkDir(dir) {
    try {
        await (0,promises_.mkdir)(dir, { recursive: true });
    }
    catch (error) {
        const code = error.code ?? 'error';
        // Not a K6RunError: nothing ran, so there is no failed run to report on the PR.
        throw new user_error/* UserError */.y(`Cannot create the results folder ${dir} (${code}). Free disk space or point RUNNER_TEMP at a writable folder.`);
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
;// CONCATENATED MODULE: ./src/probe/target.ts




/** The staging URL answered nothing: no load was sent. */
class TargetDownError extends user_error/* UserError */.y {
    name = 'TargetDownError';
}
/**
 * One request before any load: an unreachable target (DNS, refused, timeout) fails in seconds
 * with the reason, instead of k6 spending minutes recording connection errors as latency.
 * Any HTTP answer, even 401 or 404, proves the server is there.
 */
async function checkTargetReachable(baseUrl, probe = httpProbe, timeoutMs = 10_000) {
    try {
        await probe(baseUrl, timeoutMs);
    }
    catch (error) {
        const fix = 'Check base-url and that staging is up and reachable from this runner.';
        throw new TargetDownError(`The target ${baseUrl} is unreachable (${networkReason(error, { timeoutMs })}); no load was sent. ${fix}`, { input: 'base-url', fix });
    }
}
/** node:http rather than fetch: fetch refuses "bad ports" (6000, 6665, …) that k6 and staging servers use. */
function httpProbe(url, timeoutMs) {
    return new Promise((resolve, reject) => {
        const client = url.startsWith('https:') ? (external_node_https_default()) : (external_node_http_default());
        const request = client.request(url, { method: 'GET', timeout: timeoutMs }, (response) => {
            response.resume();
            resolve();
        });
        request.on('timeout', () => request.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
        request.on('error', reject);
        request.end();
    });
}

;// CONCATENATED MODULE: ./src/report/escape.ts
/**
 * Making untrusted text (endpoint names, k6 error messages, anything from the server
 * or the user's script) inert in GitHub markdown: no HTML, no formatting, no links,
 * no mentions, no issue references, no bidi reordering, no broken table rows.
 */
/** Longest untrusted string shown inline; the rest is cut with an ellipsis. */
const MAX_INLINE_TEXT = 160;
// ASCII punctuation CommonMark reads as syntax inline: emphasis, code, strikethrough,
// escapes, table cells, and the brackets that open links and images (with `[` escaped,
// `(`, `)` and `!` cannot form one). Block markers (#, -, >) only matter at a line
// start, which untrusted text never gets because newlines are removed.
const MARKDOWN_PUNCTUATION = /[\\`*_[\]~|]/g;
// Bidirectional controls (LRM, RLM, ALM, LRE…RLO, LRI…PDI) reorder what a reader sees, so a
// name can display as something it is not ("Trojan Source"). Each becomes a visible U+FFFD.
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Replaces bidirectional controls with U+FFFD, so untrusted text shows in its stored order. */
function neutraliseBidi(text) {
    return text.replace(BIDI_CONTROLS, '\ufffd');
}
/** Collapses whitespace (newlines would end a table row or start a block) and cuts to `max` characters. */
function clipText(text, max = MAX_INLINE_TEXT) {
    const flat = neutraliseBidi(text).replace(/\s+/g, ' ').trim();
    if (flat.length <= max)
        return flat;
    return `${Array.from(flat)
        .slice(0, max - 1)
        .join('')}…`;
}
// A URL in untrusted text: shown as inline code, which GitHub renders verbatim and never links,
// so it can be read and copied whole (it used to be broken up by a zero-width space).
const URL_IN_TEXT = /\b(?:https?:\/\/|www\.)\S+/gi;
/**
 * Escapes text for inline markdown: renders literally, whatever it contains. URLs in it become
 * inline code (a backtick or pipe in one is percent-encoded: either would end the code or a table
 * cell), so a copied URL works while a server-chosen one still is no link.
 */
function escapeMarkdown(text, max = MAX_INLINE_TEXT) {
    const flat = clipText(text, max);
    let escaped = '';
    let last = 0;
    for (const match of flat.matchAll(URL_IN_TEXT)) {
        escaped += escapeProse(flat.slice(last, match.index));
        escaped += `\`${match[0].replace(/[`|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}\``;
        last = match.index + match[0].length;
    }
    return escaped + escapeProse(flat.slice(last));
}
/** Escapes prose (text without URLs): entities, markdown punctuation, mentions and issue references. */
function escapeProse(text) {
    return (text
        // Entities first so the ampersands they introduce are not escaped again.
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`)
        // GitHub links @user and notifies them; a zero-width space after @ stops it.
        .replace(/@/g, '@\u200b')
        // GitHub links issue references #123, owner/repo#45 and GH-7; a zero-width space breaks them too.
        .replace(/#(?=\d)/g, '#\u200b')
        .replace(/\b(GH)-(?=\d)/gi, '$1\u200b-'));
}
/**
 * Escapes text for a GFM table cell. escapeMarkdown already escapes `|` (GFM splits
 * cells on unescaped pipes before any inline parsing) and removes newlines; an empty
 * cell gets a dash so the row keeps its shape.
 */
function escapeTableCell(text, max = MAX_INLINE_TEXT) {
    const escaped = escapeMarkdown(text, max);
    return escaped === '' ? '—' : escaped;
}
/**
 * A fenced code block that the content cannot close: the fence is longer than any
 * run of backticks inside it.
 */
function codeBlock(content, language = '') {
    content = neutraliseBidi(content);
    const longestRun = Math.max(0, ...Array.from(content.matchAll(/`+/g), (m) => m[0].length));
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    return `${fence}${language}\n${content}\n${fence}`;
}
/**
 * Inline code for plain facts such as a URL or a version: shown verbatim, never
 * linked. Not for table cells (a pipe would still split the cell).
 */
function inlineCode(text, max = MAX_INLINE_TEXT) {
    const flat = clipText(text, max);
    const longestRun = Math.max(0, ...Array.from(flat.matchAll(/`+/g), (m) => m[0].length));
    const fence = '`'.repeat(longestRun + 1);
    // CommonMark strips one space on each side, so content touching a backtick stays intact.
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}

;// CONCATENATED MODULE: ./src/report/failed-run.ts

/** A report for a run with no figures to show: its title, the run, why, and any closing lines. */
function renderFailedRun(title, run, reason, closing = []) {
    return [
        `## ❌ Performance gate failed: ${title}`,
        '',
        `**Scenario** ${run.scenario} · **Profile** ${run.profile} · **Target** ${escapeMarkdown(run.target)}`,
        '',
        escapeMarkdown(reason),
        '',
        ...closing.flatMap((line) => [line, '']),
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/no-results.ts

/**
 * The short report of a k6 run that left nothing to judge (a script exception, bad flags, an
 * invalid configuration). It replaces the sticky comment's previous result, which would
 * otherwise go on showing a verdict for code this run never measured.
 */
function renderNoResults(run, reason) {
    return renderFailedRun('the latest run produced no results', run, reason, [
        '_Any earlier result shown here is out of date: fix the run and push again._',
    ]);
}

;// CONCATENATED MODULE: ./src/report/target-down.ts

/** The short report of a run that never started because the target did not answer. */
function renderTargetDown(run, reason) {
    return renderFailedRun('the target is unreachable', run, reason);
}

// EXTERNAL MODULE: ./src/results/analyze.ts + 4 modules
var analyze = __webpack_require__(67667);
// EXTERNAL MODULE: ./src/results/answered.ts
var answered = __webpack_require__(52503);
;// CONCATENATED MODULE: ./src/report/breakdown.ts
/** Where the time and the errors went: slowest endpoints, and status codes with their error messages. */



function endpointName(e) {
    const phase = e.phase === 'load' ? '' : ` (${e.phase})`;
    return `${escapeTableCell(e.method)} ${escapeTableCell(e.name)}${phase}`;
}
function errorsCell(e) {
    return e.failed === 0 ? '0' : `${formatCount(e.failed)} (${formatPercent(e.errorRate)})`;
}
/**
 * The load's endpoints, slowest p95 first. setup() and teardown() calls (logins,
 * clean-up) are not the load, so they appear only when the load made no requests.
 */
function slowestEndpoints(endpoints) {
    const load = endpoints.filter((e) => e.phase === 'load');
    return [...(load.length > 0 ? load : endpoints)].sort((a, b) => (b.duration?.p95 ?? -1) - (a.duration?.p95 ?? -1));
}
function renderEndpoints(endpoints, maxRows) {
    const sorted = slowestEndpoints(endpoints);
    if (sorted.length === 0)
        return '### Slowest endpoints\n\n_No HTTP requests were made._';
    const shown = sorted.slice(0, maxRows);
    const lines = [
        '### Slowest endpoints',
        '',
        '| Endpoint | Requests | Requests/s | p95 | p99 | Max | Errors |',
        '|---|--:|--:|--:|--:|--:|--:|',
        ...shown.map((e) => {
            const d = (0,answered/* answeredDuration */.a)(e.duration);
            const ms = (v) => (v === undefined ? '—' : formatMs(v));
            return `| ${endpointName(e)} | ${formatCount(e.requests)} | ${formatRps(e.rps)} | ${ms(d?.p95)} | ${ms(d?.p99)} | ${ms(d?.max)} | ${errorsCell(e)} |`;
        }),
    ];
    if (sorted.length > shown.length)
        lines.push('', `_${sorted.length - shown.length} faster endpoints are in the details below._`);
    return lines.join('\n');
}
function statusLabel(status) {
    if (status === 0)
        return '0 (no response)';
    return String(status);
}
/** "dial: connection refused (1,234×)" lines, most frequent first, plus k6's error code. */
function errorMessages(s, maxMessages, maxChars) {
    const parts = s.errors
        .slice(0, maxMessages)
        .map((m) => `${escapeTableCell(m.message, maxChars)} (${formatCount(m.count)}×)`);
    const more = s.errors.length - Math.min(s.errors.length, maxMessages);
    if (more > 0)
        parts.push(`… ${more} more`);
    if (s.errorCode !== null)
        parts.push(`k6 error code ${s.errorCode}`);
    return parts.length === 0 ? '—' : parts.join('<br>');
}
/**
 * setup() and teardown() requests are in the counts but no check judges them: a column says how
 * many, so 500 refused logins in setup() do not read as the load's errors.
 */
function outsideLoadCell(statuses) {
    if (!statuses.some((s) => (s.outsideLoad ?? 0) > 0))
        return null;
    return (s) => formatCount(s.outsideLoad ?? 0);
}
const OUTSIDE_LOAD_HEADER = 'Of them in setup/teardown (judged by no check)';
function renderStatuses(statuses, maxMessages, maxChars) {
    if (statuses.length === 0)
        return '### Status codes\n\n_No responses._';
    const total = statuses.reduce((sum, s) => sum + s.count, 0);
    const sorted = [...statuses].sort((a, b) => a.status - b.status);
    const outside = outsideLoadCell(statuses);
    return [
        '### Status codes',
        '',
        `| Status | Requests | Share |${outside ? ` ${OUTSIDE_LOAD_HEADER} |` : ''} Most frequent errors |`,
        `|---|--:|--:|${outside ? '--:|' : ''}---|`,
        ...sorted.map((s) => `| ${statusLabel(s.status)} | ${formatCount(s.count)} | ${formatPercent(total === 0 ? 0 : s.count / total)} |${outside ? ` ${outside(s)} |` : ''} ${errorMessages(s, maxMessages, maxChars)} |`),
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/chart.ts

const MAX_CHART_POINTS = 60;
/**
 * Merges neighbouring buckets so at most `maxPoints` remain. Throughput is averaged
 * (the rate over the merged span); p95s cannot be merged exactly, so the highest one is
 * kept — the chart then never hides a slow moment — and VUs keep their maximum.
 */
function downsample(series, maxPoints = MAX_CHART_POINTS) {
    const factor = Math.max(1, Math.ceil(series.buckets.length / maxPoints));
    const points = [];
    for (let i = 0; i < series.buckets.length; i += factor) {
        const group = series.buckets.slice(i, i + factor);
        const p95s = group.map((b) => b.p95).filter((p) => p !== null);
        points.push({
            offsetMs: group[0]?.offsetMs ?? 0,
            rps: group.reduce((sum, b) => sum + b.rps, 0) / group.length,
            p95: p95s.length === 0 ? null : Math.max(...p95s),
            vus: Math.max(...group.map((b) => b.vus)),
        });
    }
    return { pointMs: series.bucketMs * factor, points };
}
/** Numbers short enough for a chart: integers from 10 up, one decimal below. */
function chartNumber(value) {
    return String(Math.abs(value) >= 10 ? Math.round(value) : Math.round(value * 10) / 10);
}
/** The y-axis top: a round number just above the largest value, so the axis starts at an honest 0. */
function axisTop(max) {
    if (max <= 0)
        return 1;
    const magnitude = 10 ** Math.floor(Math.log10(max));
    for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
        if (step * magnitude >= max * 1.05)
            return Number((step * magnitude).toPrecision(6));
    }
    return 10 * magnitude;
}
/**
 * One colour per chart, picked to read on GitHub's light (#ffffff) and dark (#0d1117) backgrounds
 * alike: mid-luminance hues with a contrast of at least 3:1 against both (mermaid's default
 * palette drew p95 in a pale lavender that vanished on white).
 */
const CHART_COLORS = { rps: '#2f81f7', vus: '#d9730d', p95: '#e5534b' };
/** The chart's size, smaller than mermaid's 700×500 so three charts fit a screen. */
const CHART_SIZE = { width: 700, height: 280 };
function xychart(title, axis, yTitle, yMax, series, color) {
    const init = { xyChart: CHART_SIZE, themeVariables: { xyChart: { plotColorPalette: color } } };
    return [
        '```mermaid',
        `%%{init: ${JSON.stringify(init)}}%%`,
        'xychart-beta',
        `    title "${title}"`,
        `    x-axis "time (s)" ${axis.fromS} --> ${axis.toS}`,
        `    y-axis "${yTitle}" 0 --> ${yMax}`,
        `    ${series}`,
        '```',
    ].join('\n');
}
/** The charts of the time series: the load's requests only (not setup() or teardown()), from the load's start. */
function renderCharts(series, maxPoints = MAX_CHART_POINTS) {
    const { pointMs, points } = downsample(series, maxPoints);
    if (points.length === 0)
        return '### Over time\n\n_No samples to chart._';
    const axis = {
        fromS: Math.round((points[0]?.offsetMs ?? 0) / 1000),
        toS: Math.round((points.at(-1)?.offsetMs ?? 0) / 1000),
    };
    // A single point still needs an axis of some width.
    if (axis.toS <= axis.fromS)
        axis.toS = axis.fromS + Math.max(1, Math.round(pointMs / 1000));
    const rps = points.map((p) => chartNumber(p.rps));
    const vus = points.map((p) => String(p.vus));
    const p95 = points.map((p) => chartNumber(p.p95 ?? 0));
    const merged = pointMs > series.bucketMs;
    const emptyBuckets = points.some((p) => p.p95 === null);
    const caption = [
        `Each point covers ${formatDuration(pointMs)}; 0 s is the start of the load (after setup()), as in the stage windows.`,
        `p95 is in ms${merged ? ', the highest p95 of the merged buckets' : ''}.`,
        emptyBuckets ? 'p95 is drawn as 0 where no request completed.' : '',
    ]
        .filter((s) => s !== '')
        .join(' ');
    const top = (values) => axisTop(Math.max(...values));
    return [
        '### Over time',
        '',
        `_${caption}_`,
        '',
        xychart('Requests/s', axis, 'req/s', top(points.map((p) => p.rps)), `line [${rps.join(', ')}]`, CHART_COLORS.rps),
        '',
        xychart('Active VUs', axis, 'VUs', top(points.map((p) => p.vus)), `line [${vus.join(', ')}]`, CHART_COLORS.vus),
        '',
        xychart('p95 latency (ms)', axis, 'ms', top(points.map((p) => p.p95 ?? 0)), `line [${p95.join(', ')}]`, CHART_COLORS.p95),
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/judge/status.ts
const RANK = { pass: 0, warn: 1, fail: 2 };
/** Higher is worse: pass 0, warn 1, fail 2. */
function statusRank(status) {
    return RANK[status];
}
/** The worst of the statuses; pass when there are none. */
function worstStatus(statuses) {
    return statuses.reduce((worst, s) => (RANK[s] > RANK[worst] ? s : worst), 'pass');
}

;// CONCATENATED MODULE: ./src/report/figures.ts
/** How each judged figure reads: its unit, and which direction is better. */



/** A range with its unit once: "13,348 – 14,893 ms". */
function formatRange(figure, low, high) {
    const from = formatFigure(figure, low);
    const to = formatFigure(figure, high);
    const unit = / (ms|req\/s)$/.exec(to)?.[0] ?? '';
    return `${unit && from.endsWith(unit) ? from.slice(0, -unit.length) : from} – ${to}`;
}
function formatLimit(figure, limit) {
    return `${lowerIsWorse(figure) ? '≥' : '≤'} ${formatFigure(figure, limit)}`;
}
/** The limit a row is held to: a relative fail point where it was judged on a relative change. */
function formatCheckLimit(check) {
    if (check.judgedOn)
        return `≤ ${formatJudgedFailPoint(check.judgedOn)}`;
    return check.limit === null ? '—' : formatLimit(check.figure, check.limit);
}
/** The change from the baseline: "+12.3 ms (+14%)"; shares (error rate, CPU, heap) move in percentage points. */
function formatChange(check) {
    if (check.judgedOn)
        return formatJudgedChange(check.judgedOn);
    const { delta } = check;
    if (!delta)
        return '—';
    const magnitude = Math.abs(delta.absolute);
    const absolute = isFraction(check.figure)
        ? `${formatPercent(magnitude).replace('%', '')} pp`
        : formatFigure(check.figure, magnitude);
    const relative = delta.relative === null ? '' : ` (${formatRelative(delta.relative)})`;
    return `${signed(absolute, delta.absolute)}${relative}`;
}
const STATUS_ICON = { pass: '✅', warn: '⚠️', fail: '❌' };
/** Failing checks first, then warnings, then passes; the judge's order within each. */
function sortChecks(checks) {
    return checks
        .map((check, i) => ({ check, i }))
        .sort((a, b) => statusRank(b.check.status) - statusRank(a.check.status) || a.i - b.i)
        .map(({ check }) => check);
}

;// CONCATENATED MODULE: ./src/report/checks-table.ts



function row(check) {
    const f = check.figure;
    const cells = [
        escapeTableCell(check.name),
        check.value === null ? 'not measured' : formatFigure(f, check.value),
        limitCell(check),
        check.baseline === null ? '—' : formatFigure(f, check.baseline),
        formatChange(check),
        `${STATUS_ICON[check.status]} ${check.status}`,
    ];
    return `| ${cells.join(' | ')} |`;
}
/** Why a check did not pass, in one line: the judge's own sentence (it names the interval). */
function reason(check) {
    return `- ${STATUS_ICON[check.status]} **${escapeMarkdown(check.name)}**: ${escapeMarkdown(check.confidence)}`;
}
/** A warn-level limit reads differently from a failing one: two checks may share a figure. */
function limitCell(check) {
    const limit = formatCheckLimit(check);
    if (limit === '—')
        return limit;
    return check.severity === 'warn' ? `${limit} (warn only)` : limit;
}
/**
 * The checks table. `maxRows` keeps the size bounded when there are very many checks:
 * failing and warning rows come first, so they are the ones kept.
 */
function renderChecksTable(checks, maxRows = null) {
    if (checks.length === 0)
        return '_No checks were configured for this scenario._';
    const sorted = sortChecks(checks);
    const shown = maxRows === null ? sorted : sorted.slice(0, maxRows);
    const lines = [
        '| Check | Value | Limit | Baseline | Change | Status |',
        '|---|--:|--:|--:|--:|---|',
        ...shown.map(row),
    ];
    const hidden = sorted.slice(shown.length);
    if (hidden.length > 0) {
        const count = (status) => hidden.filter((c) => c.status === status).length;
        lines.push('', `_${hidden.length} more checks not shown to fit the comment: ${count('fail')} failed, ${count('warn')} warned, ${count('pass')} passed._`);
    }
    const notPassed = shown.filter((c) => c.status !== 'pass');
    if (notPassed.length > 0)
        lines.push('', ...notPassed.map(reason));
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report/details.ts






const LATENCY_HEADERS = 'avg | med | p90 | p95 | p99 | max';
const LATENCY_ALIGN = '--:|--:|--:|--:|--:|--:';
function latencyCells(d) {
    if (d === null)
        return Array(6).fill('—').join(' | ');
    return [d.avg, d.med, d.p90, d.p95, d.p99, d.max].map(formatMs).join(' | ');
}
function requestCells(r) {
    return `${formatCount(r.requests)} | ${formatRps(r.rps)} | ${latencyCells((0,answered/* answeredDuration */.a)(r.duration))} | ${formatCount(r.failed)} (${formatPercent(r.errorRate)})`;
}
/** Only the file's name: its folder may be a temp dir (a runner path, a user name). */
function fileBasename(file) {
    return file.split(/[\\/]/).pop() ?? file;
}
function latencyRows(duration) {
    const d = (0,answered/* answeredDuration */.a)(duration);
    if (d === null)
        return [['Latency', '— (no request got a response)']];
    return [
        ['Latency avg / min / med', `${formatMs(d.avg)} / ${formatMs(d.min)} / ${formatMs(d.med)}`],
        [
            'Latency p90 / p95 / p99 / max',
            `${formatMs(d.p90)} / ${formatMs(d.p95)} / ${formatMs(d.p99)} / ${formatMs(d.max)}`,
        ],
    ];
}
function requestRows(r) {
    return [
        ['Requests', formatCount(r.requests)],
        ['Failed requests', `${formatCount(r.failed)} (${formatPercent(r.errorRate)})`],
        ['Requests/s', formatRps(r.rps)],
    ];
}
function figureTable(title, rows) {
    return [title, '', '| Figure | Value |', '|---|--:|', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
}
/** The figures the checks judge: the load's requests, not setup()'s logins or teardown()'s clean-up. */
function loadTable(result) {
    const o = result.overall;
    const d = o.duration;
    const ci = (c) => formatRange('p95', c.low, c.high);
    const rows = requestRows(o);
    rows.push(['Load time', formatDuration(result.loadDurationMs)]);
    if (d !== null)
        rows.push(...latencyRows(d), ['p95, 95% interval', ci(d.p95Ci)], ['p99, 95% interval', ci(d.p99Ci)]);
    rows.push(['Stages', stagesSource(result)]);
    return figureTable('#### The load (what the checks judge; setup() and teardown() left out)', rows);
}
/** Where the stages came from, in a reader's words: the run's own tags, or the plan of the profile given. */
function stagesSource(result) {
    const d = result.described;
    const tagged = d.scenario !== null && d.profile !== null ? ` (${escapeTableCell(d.scenario)}, ${escapeTableCell(d.profile)})` : '';
    const windows = d.windowsFrom === 'requests'
        ? 'windows from when their requests ran'
        : d.windowsFrom === 'plan'
            ? "windows from the plan's times"
            : 'none';
    switch (d.planFrom) {
        case 'tags':
            return `from the requests' scenario and profile tags${tagged}, ${windows}`;
        case 'given':
            return d.profile === null
                ? `the requests carry no profile tag: from the scenario and profile inputs, ${windows}`
                : `from the scenario and profile inputs, ${windows}`;
        default:
            return windows === 'none' ? 'none' : windows;
    }
}
/** k6's own whole-run figures, exactly as its end-of-test summary prints them. */
function wholeRunTable(result) {
    const o = result.wholeRun;
    const rows = requestRows(o);
    if (o.duration !== null)
        rows.push(...latencyRows(o.duration));
    rows.push(['Iterations', formatCount(o.iterations)], ['Dropped iterations', formatCount(o.droppedIterations)], ['VUs (max)', formatCount(o.maxVus)], ['k6 checks', `${formatCount(o.checks.passes)} passed, ${formatCount(o.checks.fails)} failed`], ['Started / ended', `${escapeTableCell(result.startTime)} / ${escapeTableCell(result.endTime)}`], ['Results file', escapeTableCell(fileBasename(result.file))]);
    return figureTable("#### Whole run, setup() and teardown() included, as k6's summary prints them", rows);
}
function stagesTable(result) {
    if (result.stages.length === 0)
        return '';
    return [
        '#### Stages',
        '',
        `| Stage | Window | Requests | Requests/s | ${LATENCY_HEADERS} | Errors | VUs (max) |`,
        `|---|---|--:|--:|${LATENCY_ALIGN}|--:|--:|`,
        ...result.stages.map((s) => `| ${s.stage.index + 1}: ${escapeTableCell(s.stage.label)} | ${formatOffset(s.stage.startMs)}–${formatOffset(s.stage.endMs)} | ${requestCells(s)} | ${formatCount(s.maxVus)} |`),
    ].join('\n');
}
function endpointsTable(result, maxRows) {
    if (result.endpoints.length === 0)
        return '';
    const sorted = [...result.endpoints].sort((a, b) => (b.duration?.p95 ?? -1) - (a.duration?.p95 ?? -1));
    const shown = sorted.slice(0, maxRows);
    const lines = [
        '#### Endpoints',
        '',
        `| Endpoint | Phase | Requests | Requests/s | ${LATENCY_HEADERS} | Errors |`,
        `|---|---|--:|--:|${LATENCY_ALIGN}|--:|`,
        ...shown.map((e) => `| ${escapeTableCell(e.method)} ${escapeTableCell(e.name)} | ${e.phase} | ${requestCells(e)} |`),
    ];
    if (sorted.length > shown.length)
        lines.push('', `_${sorted.length - shown.length} faster endpoints left out to fit the comment._`);
    return lines.join('\n');
}
function statusTable(result, maxMessages) {
    if (result.statuses.length === 0)
        return '';
    const outside = outsideLoadCell(result.statuses);
    return [
        '#### Status codes and error messages',
        '',
        `| Status | Requests |${outside ? ` ${OUTSIDE_LOAD_HEADER} |` : ''} Error messages |`,
        `|---|--:|${outside ? '--:|' : ''}---|`,
        ...[...result.statuses]
            .sort((a, b) => a.status - b.status)
            .map((s) => `| ${statusLabel(s.status)} | ${formatCount(s.count)} |${outside ? ` ${outside(s)} |` : ''} ${errorMessages(s, maxMessages, 300)} |`),
    ].join('\n');
}
/** How the 95% intervals were made: the method, kept out of the rows' plain sentences. */
function intervalMethods(checks) {
    const byMethod = new Map();
    for (const c of sortChecks(checks)) {
        if (c.intervalMethod !== undefined)
            byMethod.set(c.intervalMethod, [...(byMethod.get(c.intervalMethod) ?? []), c.name]);
    }
    if (byMethod.size === 0)
        return [];
    const all = byMethod.size === 1
        ? (line) => (line.length === checks.length ? 'every interval' : line.join(', '))
        : (line) => line.join(', ');
    return [
        '',
        "95% intervals (how far this run's noise could move each value), made by:",
        ...[...byMethod].map(([method, names]) => `- ${escapeMarkdown(all(names))}: ${escapeMarkdown(method)}`),
    ];
}
function checksTable(checks) {
    if (checks.length === 0)
        return '';
    const value = (c, v) => (v === null ? '—' : formatFigure(c.figure, v));
    return [
        '#### Checks',
        '',
        '| Check | Value | 95% interval | Limit | Status | How sure |',
        '|---|--:|--:|--:|---|---|',
        ...sortChecks(checks).map((c) => {
            const interval = c.interval ? formatRange(c.figure, c.interval.low, c.interval.high) : '—';
            const limit = formatCheckLimit(c);
            return `| ${escapeTableCell(c.name)} | ${value(c, c.value)} | ${interval} | ${limit} | ${STATUS_ICON[c.status]} ${c.status} | ${escapeTableCell(c.confidence)} |`;
        }),
        ...intervalMethods(checks),
    ].join('\n');
}
function collapsed(summary, body) {
    // The blank lines let GitHub render the markdown inside the HTML block.
    return `<details>\n<summary>${summary}</summary>\n\n${body}\n\n</details>`;
}
function renderDetails(result, checks, context, budget) {
    const blocks = [];
    if (budget.figures !== 'none') {
        const sections = budget.figures === 'all'
            ? [
                loadTable(result),
                wholeRunTable(result),
                stagesTable(result),
                endpointsTable(result, budget.endpointRows),
                statusTable(result, budget.errorMessages),
                checksTable(checks),
            ]
            : [loadTable(result), wholeRunTable(result)];
        blocks.push(collapsed('All figures', sections.filter((s) => s !== '').join('\n\n')));
    }
    blocks.push(collapsed('Reproduce this run locally', `Secrets such as \`AUTH_TOKEN\` come from your environment, never from this command.\n\n${codeBlock(context.reproduce, 'sh')}`));
    return blocks.join('\n\n');
}

;// CONCATENATED MODULE: ./src/judge/evidence.ts

function capVerdictByEvidence(verdict, evidence) {
    const floor = evidence.gaps.some((g) => g.kind === 'no-load-requests')
        ? 'fail'
        : evidence.complete
            ? 'pass'
            : 'warn';
    const message = missingEvidence(evidence);
    const capped = message === null ? verdict : { ...verdict, missingEvidence: { message, fatal: floor === 'fail' } };
    return statusRank(capped.status) >= statusRank(floor) ? capped : { ...capped, status: floor };
}
/** The gaps that make the run incomplete, in one line for the report's first line; null when complete. */
function missingEvidence(evidence) {
    const missing = evidence.gaps.filter((g) => g.incomplete).map((g) => g.message);
    return missing.length === 0 ? null : `incomplete results: ${missing.join('; ')}`;
}

;// CONCATENATED MODULE: ./src/judge/runner-health.ts
/**
 * Was the load generator itself the bottleneck? k6 measures a request's duration in its own
 * goroutines: when every core of the runner is busy, the time k6 waits for a CPU to read a
 * response is counted as latency. Pure: a recorded trace and a live one go through this same code.
 *
 * The rule: a second is saturated when all-core CPU busy was ≥ 90% and, where the OS shows k6's
 * accounts, k6 was short of CPU: its threads spent at least half of their runnable time waiting
 * for one (k6 ran at under half the speed it asked for), or k6 alone held ≥ 80% of all cores (then
 * its goroutines queue in Go's own scheduler, which the OS does not see). A busy runner alone is
 * not enough: a target on the same machine (the stand-in, a service started with docker compose)
 * keeps the cores busy while k6 still gets the CPU it needs, and only k6's own waiting delays its
 * timings.
 * The runner was saturated when such seconds cover at least 10% of the load phase (and at least
 * 3 sampled seconds). A p95 is decided by the slowest 5% of requests, so once 10% of the load
 * ran on a starved k6 the p95 can come entirely from requests k6 itself delayed; shorter blips
 * (a second of a one-minute run) cannot move it that far.
 */
const SATURATED_BUSY = 0.9;
const SATURATED_SHARE = 0.1;
const SATURATED_MIN_SECONDS = 3;
/** Share of k6's runnable time spent waiting for a CPU at which a busy second counts as saturated. */
const K6_STARVED_WAIT = 0.5;
/** Share of all cores k6 alone used at which a busy second counts as saturated. */
const K6_OWN_BUSY = 0.8;
/** k6's wait share in the interval; null where the OS does not show it, NaN where the account shrank. */
function waitShare(a, b) {
    if (!a.k6Sched || !b.k6Sched)
        return null;
    const run = b.k6Sched.runNs - a.k6Sched.runNs;
    const wait = b.k6Sched.waitNs - a.k6Sched.waitNs;
    // A thread that exited takes its account with it: a shrinking sum says nothing about the interval.
    if (run < 0 || wait < 0)
        return Number.NaN;
    return run + wait > 0 ? wait / (run + wait) : 0;
}
function intervals(readings) {
    const out = [];
    for (let i = 1; i < readings.length; i++) {
        const a = readings[i - 1];
        const b = readings[i];
        const total = b.cpu.total - a.cpu.total;
        if (!(total > 0) || b.atMs <= a.atMs)
            continue;
        const busy = Math.min(1, Math.max(0, (b.cpu.busy - a.cpu.busy) / total));
        const k6 = a.k6Cpu === null || b.k6Cpu === null ? null : Math.min(1, Math.max(0, (b.k6Cpu - a.k6Cpu) / total));
        out.push({ fromMs: a.atMs, toMs: b.atMs, busy, k6, k6Wait: waitShare(a, b) });
    }
    return out;
}
function saturated(i) {
    if (i.busy < SATURATED_BUSY)
        return false;
    // Without k6's scheduler account the busy runner is all there is to go by.
    if (i.k6Wait === null)
        return true;
    return i.k6Wait >= K6_STARVED_WAIT || (i.k6 !== null && i.k6 >= K6_OWN_BUSY);
}
/** Judges a trace of readings over the load phase by the rule above. */
function assessRunner(readings, phase) {
    // k6's data and the sampler share the runner's clock; data from another time (a replay) cannot
    // place the load, and then k6's whole run is judged.
    const known = phase.loadStartMs;
    const loadStart = known !== null && known >= phase.k6StartMs && known < phase.k6EndMs ? known : phase.k6StartMs;
    const all = intervals(readings);
    const inLoad = all.filter((i) => i.toMs > loadStart && i.fromMs < phase.k6EndMs);
    let sampledMs = 0;
    let saturatedMs = 0;
    const spans = [];
    for (const i of inLoad) {
        if (Number.isNaN(i.k6Wait))
            continue;
        const length = Math.min(i.toMs, phase.k6EndMs) - Math.max(i.fromMs, loadStart);
        sampledMs += length;
        if (!saturated(i))
            continue;
        saturatedMs += length;
        const fromMs = Math.max(0, i.fromMs - loadStart);
        const toMs = i.toMs - loadStart;
        const last = spans[spans.length - 1];
        // Neighbouring saturated seconds are one span (a sampler tick may land a little late).
        if (last && fromMs - last.toMs <= 1500)
            last.toMs = toMs;
        else
            spans.push({ fromMs, toMs });
    }
    const overloaded = saturatedMs >= SATURATED_MIN_SECONDS * 1000 && saturatedMs >= SATURATED_SHARE * sampledMs;
    const peak = (values) => {
        const known = values.filter((v) => v !== null);
        return known.length === 0 ? null : Math.max(...known);
    };
    return {
        status: overloaded ? 'overloaded' : 'ok',
        peakCpu: peak(all.map((i) => i.busy)),
        peakK6Cpu: peak(all.map((i) => i.k6)),
        peakK6Wait: peak(all.map((i) => (Number.isNaN(i.k6Wait) ? null : i.k6Wait))),
        peakMemory: peak(readings.map((r) => (r.memory.total > 0 ? r.memory.used / r.memory.total : null))),
        sampledMs,
        saturatedMs,
        spans,
    };
}
/** "0:18 to 0:49", "0:18 to 0:25 and 0:40 to 0:49": offsets from the load's start. */
function describeSpans(spans) {
    const clock = (ms) => {
        const s = Math.round(ms / 1000);
        return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
    };
    const parts = spans.map((s) => `${clock(s.fromMs)} to ${clock(s.toMs)}`);
    if (parts.length <= 1)
        return parts.join('');
    return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
/** The sentence a saturated run opens with. */
function saturationSentence(health) {
    const when = health.spans.length > 0 ? ` from ${describeSpans(health.spans)}` : '';
    return `the runner's CPU was saturated${when}; latency includes time k6 queued itself`;
}

;// CONCATENATED MODULE: ./src/report/both-runs.ts
/**
 * The report's "Both runs" table, shown where a confirmation run made a pair: each run's key
 * figures and the verdict it had on its own, first run then confirmation run, so a reader sees
 * both and not only the run the verdict rests on.
 */



const figure = (kind, value) => value === null ? '—' : formatFigure(kind, value);
function renderBothRuns(runs) {
    const row = (name, run) => `| ${name} | ${figure('p95', run.p95)} | ${figure('p99', run.p99)} | ${figure('error-rate', run.errorRate)} | ${formatCount(run.requests)} | ${STATUS_ICON[run.status]} ${run.status} |`;
    return [
        '**Both runs**',
        '',
        '| Run | p95 | p99 | Error rate | Requests | Verdict on its own |',
        '|---|--:|--:|--:|--:|---|',
        row('First', runs[0]),
        row('Confirmation', runs[1]),
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/load-generator.ts
/** What the report says about the runner k6 ran on, and about a confirmation run. */






const share = (value) => (value === null ? 'not shown by the OS' : formatPercent(value));
/** The runner's health, peak CPU and memory, and k6's own warnings with their likely cause. */
function renderLoadGenerator(generator) {
    const { health } = generator;
    const overloaded = health.status === 'overloaded';
    const cause = overloaded ? 'the runner (its CPU was saturated)' : 'slow responses (VUs waiting on the target)';
    const rows = [
        [
            'Status',
            overloaded
                ? `⚠️ overloaded: all cores ≥ ${formatPercent(SATURATED_BUSY)} busy${health.peakK6Wait === null ? '' : ` with k6 short of CPU (waiting ≥ ${formatPercent(K6_STARVED_WAIT)} of its time for one, or using ≥ ${formatPercent(K6_OWN_BUSY)} of all cores itself)`} for ${formatCount(Math.round(health.saturatedMs / 1000))} s of the load's ${formatCount(Math.round(health.sampledMs / 1000))} s (limit ${formatPercent(SATURATED_SHARE)})`
                : 'ok',
        ],
        ['Peak CPU, all cores', share(health.peakCpu)],
        ["Peak CPU, k6's own (share of all cores)", share(health.peakK6Cpu)],
        ['Peak wait of k6 for a CPU (share of its runnable time)', share(health.peakK6Wait)],
        ['Peak memory used', share(health.peakMemory)],
    ];
    if (generator.insufficientVus !== null)
        rows.push([`k6 warned "${escapeTableCell(generator.insufficientVus)}"`, `cause: ${cause}`]);
    if (generator.droppedIterations > 0)
        rows.push(['Dropped iterations', `${formatCount(generator.droppedIterations)}; cause: ${cause}`]);
    return [
        '#### Load generator',
        '',
        '| Figure | Value |',
        '|---|--:|',
        ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    ].join('\n');
}
const cell = (row, value, judged) => judged ? formatJudgedChange(judged) : value === null ? '—' : formatFigure(row.figure, value);
/** A row judged on a relative change is held to its fail point, the confirmation run's where it has one. */
function load_generator_limitCell(row) {
    const judged = row.judgedOn?.second ?? row.judgedOn?.first;
    if (judged)
        return `≤ ${formatJudgedFailPoint(judged)}`;
    return row.limit === null ? '—' : formatFigure(row.figure, row.limit);
}
/** One line for the headline, and for a re-run the two runs side by side. */
function renderConfirmation(confirmation) {
    if (confirmation.kind === 'not-rerun')
        return `> **Not confirmed:** ${escapeMarkdown(confirmation.reason)}.`;
    // A check that could not tell (its interval straddled the limit) asks for a second run as a failure does.
    const failedFirst = confirmation.rows.some((row) => row.firstStatus === 'fail');
    const lead = confirmation.repeated
        ? '> **Confirmed:** the latency failure repeated in a second run; the verdict rests on the confirmation run.'
        : failedFirst
            ? '> **Not confirmed:** the latency failure did not repeat in a second run, so it was noise; the verdict rests on the confirmation run.'
            : '> **Run again:** the first run could not tell whether latency is within its limit, so the scenario ran a second time; the verdict rests on the confirmation run.';
    return [
        lead,
        '',
        '| Figure | First run | Confirmation run | Limit |',
        '|---|--:|--:|--:|',
        ...confirmation.rows.map((row) => `| ${escapeTableCell(row.name)} | ${cell(row, row.first, row.judgedOn?.first)} ${STATUS_ICON[row.firstStatus]} | ${cell(row, row.second, row.judgedOn?.second)} ${STATUS_ICON[row.secondStatus]} | ${load_generator_limitCell(row)} |`),
        ...(confirmation.runs ? ['', renderBothRuns(confirmation.runs)] : []),
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/report/notes.ts

/** Runs at least this long can use up a t3.micro's CPU burst credits. */
const LONG_RUN_MS = 2 * 60_000;
/** From this share of requests without a response (status 0), the target was down rather than struggling. */
const NO_RESPONSE_SHARE = 0.9;
/** What k6's error codes of requests without a response mean (k6's lib/netext/httpext/error_codes.go). */
const NO_RESPONSE_CAUSES = {
    1050: 'request timeout',
    1100: 'DNS lookup failed',
    1101: 'no such host',
    1210: 'connection failed',
    1211: 'connection timeout',
    1212: 'connection refused',
    1220: 'connection reset',
};
/**
 * The burstable EC2 instance (t2, t3, t3a, t4g) the thresholds' baseline environment names, e.g.
 * "t3.micro"; null for any other environment: the burst-credit note belongs only there.
 */
function burstableInstance(environment) {
    return /\b(t(?:2|3a?|4g)\.(?:nano|micro|small|medium|large|xlarge|2xlarge))\b/i.exec(environment ?? '')?.[1] ?? null;
}
/**
 * Says the target was down when nearly every request, setup()'s logins included, got no
 * response: a target that refuses the logins leaves the load nothing to send, so the load's
 * own requests alone cannot tell.
 */
function targetDown(result) {
    const noResponse = result.statuses.find((s) => s.status === 0);
    // Every request, setup()'s logins included: a refused login leaves the load none of its own.
    let requests = 0;
    for (const status of result.statuses)
        requests += status.count;
    if (noResponse === undefined || requests === 0 || noResponse.count / requests < NO_RESPONSE_SHARE)
        return null;
    const code = noResponse.errorCode;
    return {
        share: formatPercent(noResponse.count / requests),
        cause: code === null ? null : (NO_RESPONSE_CAUSES[code] ?? null),
        code,
    };
}
function targetDownNote(result) {
    const down = targetDown(result);
    if (down === null)
        return null;
    const cause = down.code === null ? '' : ` (${down.cause ? `${down.cause}, ` : ''}k6 error ${down.code})`;
    return `🔌 The target did not answer: ${down.share} of requests got no response${cause}.`;
}
/** The headline's words for a target that was down: "the target refused connections". */
function targetDownHeadline(result) {
    const down = targetDown(result);
    if (down === null)
        return null;
    const what = down.code === 1212 ? 'refused connections' : down.cause ? `did not answer (${down.cause})` : 'did not answer';
    return `the target ${what}: ${down.share} of requests got no response, so no figure describes it`;
}
function renderNotes(result, context) {
    const notes = [];
    const targetDown = targetDownNote(result);
    if (targetDown !== null)
        notes.push(targetDown);
    const instances = result.instances ?? [];
    if (instances.length > 1) {
        let skewMs = 0;
        for (const instance of instances)
            skewMs = Math.max(skewMs, instance.skewMs);
        notes.push(`🧩 ${instances.length} k6 instances (execution segments) judged as one run; their loads started up to ${formatDuration(skewMs)} apart, and each instance's stages are aligned to its own start.`);
    }
    if (result.truncated) {
        notes.push('⚠️ The results file ends mid-line (k6 was stopped while writing): the last samples are missing.');
    }
    if (result.overall.droppedIterations > 0) {
        notes.push(`⚠️ k6 dropped ${formatCount(result.overall.droppedIterations)} iterations it could not start in time (no free VU): the target got less load than planned.`);
    }
    const burstable = burstableInstance(context.baselineEnvironment ?? null);
    if (result.durationMs >= LONG_RUN_MS && burstable !== null) {
        notes.push(`🔋 A ${formatDuration(result.durationMs)} run on a ${burstable} (the baseline's instance) may drain its CPU burst credits, after which the CPU is throttled and latency climbs: check the CPUCreditBalance before blaming the code.`);
    }
    if (context.cleanedUp === true) {
        notes.push('🧹 Test data cleaned: teardown() removed the test users from the waiting lines.');
    }
    else if (context.cleanedUp === false) {
        notes.push('⚠️ Test data **not** cleaned: the waiting lines still hold the test users. Remove them with `DELETE /api/v1/waitings/{boothId}` per user, or `FLUSHDB` on the staging Redis.');
    }
    else {
        notes.push('❔ Unknown whether the test users were removed from the waiting lines afterwards.');
    }
    return ['### Notes', '', ...notes.map((n) => `- ${n}`)].join('\n');
}

;// CONCATENATED MODULE: ./src/report/headline.ts
/** The first lines a reader sees: the verdict, how many checks failed, and what was run where. */






const TITLE = {
    pass: 'Performance gate passed',
    warn: 'Performance gate passed with warnings',
    fail: 'Performance gate failed',
};
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function tally(verdict) {
    const total = verdict.checks.length;
    if (total === 0)
        return 'no checks configured';
    const failed = verdict.checks.filter((c) => c.status === 'fail').length;
    const warned = verdict.checks.filter((c) => c.status === 'warn').length;
    const parts = [];
    if (failed > 0)
        parts.push(`${failed} of ${total} checks failed`);
    if (warned > 0)
        parts.push(failed > 0 ? plural(warned, 'warning') : `${warned} of ${total} checks warned`);
    if (parts.length === 0)
        parts.push(`all ${plural(total, 'check')} passed`);
    return parts.join(', ');
}
function renderHeadline(verdict, result, context) {
    // A judged results file has no target or k6 of ours: say nothing rather than "unknown".
    const facts = [
        `**Scenario** ${escapeMarkdown(context.scenario)}`,
        `**Profile** ${escapeMarkdown(context.profile)}`,
        context.target === null ? null : `**Target** ${inlineCode(context.target)}`,
        context.k6Version === null ? null : `**k6** ${escapeMarkdown(context.k6Version)}`,
        `**Duration** ${formatDuration(result.durationMs)}`,
        context.commit === null ? null : `**Commit** ${inlineCode(context.commit.slice(0, 7))}`,
    ].filter((fact) => fact !== null);
    const missing = missingEvidence(result.evidence);
    // A target that was down makes every check's figure meaningless (p95 "0 ms"): say what happened instead.
    const down = targetDownHeadline(result);
    const title = down === null
        ? `${TITLE[verdict.status]}: ${tally(verdict)}${missing === null ? '' : `; ${escapeMarkdown(missing)}`}`
        : `${TITLE[verdict.status]}: ${down}`;
    // An inconclusive run opens with what happened: its verdict cannot speak for latency. A pass on
    // a saturated runner stands only on the load it sent (judge/delivered-load.ts) and says so below.
    const lines = verdict.inconclusive && verdict.status !== 'pass'
        ? [
            `## ${STATUS_ICON[verdict.status]} Inconclusive run: ${escapeMarkdown(verdict.inconclusive)}`,
            '',
            `${title}. Latency, throughput and dropped iterations only warn; error rates are still judged.`,
            '',
            facts.join(' · '),
        ]
        : [`## ${STATUS_ICON[verdict.status]} ${title}`, '', facts.join(' · ')];
    if (verdict.inconclusive && verdict.status === 'pass')
        lines.push('', `> **Busy runner:** ${escapeMarkdown(verdict.inconclusive)}. The pass stands: ${escapeMarkdown(verdict.loadDelivered ?? 'the load was delivered')}, and a busy runner only makes latency look worse.`);
    if (verdict.confirmation)
        lines.push('', renderConfirmation(verdict.confirmation));
    if (context.incomplete) {
        const why = context.incompleteReason === null ? '' : `: ${escapeMarkdown(context.incompleteReason)}`;
        lines.push('', `> **⚠️ Incomplete run**${why}. The figures cover only what ran.`);
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/judge/check-name.ts
/** What a check is called in the report and the log. */

/** "p95", "p95 (enqueue)", "p95 (stage 3, VU 200)", "CPU (worst stage)". */
function checkName(figure, scope, stageLabel) {
    const label = figureLabel(figure);
    switch (scope.kind) {
        case 'overall':
            return isServerFigure(figure) ? `${label} (worst stage)` : label;
        case 'endpoint':
            return `${label} (${scope.name})`;
        case 'stage':
            return `${label} (stage ${scope.index}${stageLabel ? `, ${stageLabel}` : ''})`;
    }
}
function qualified(name, qualifier) {
    return name.endsWith(')') ? `${name.slice(0, -1)}, ${qualifier})` : `${name} (${qualifier})`;
}
/**
 * The names of a file's checks, made distinct: two rows both called "error rate" cannot be told
 * apart in the table, so checks sharing a name say what they judge against ("error rate (limit)",
 * "error rate (vs baseline)"), then their severity, then their position.
 */
function distinctCheckNames(checks) {
    const shared = (names, i) => names.filter((n) => n === names[i]).length > 1;
    const byKind = checks.map((c, i) => shared(checks.map((x) => x.name), i)
        ? qualified(c.name, c.baseline === null ? 'limit' : 'vs baseline')
        : c.name);
    const bySeverity = byKind.map((n, i) => (shared(byKind, i) ? qualified(n, checks[i].severity) : n));
    return bySeverity.map((n, i) => (shared(bySeverity, i) ? qualified(n, `#${i + 1}`) : n));
}

;// CONCATENATED MODULE: ./src/judge/interval.ts
/** Two-sided 95% standard normal quantile. */
const Z95 = 1.959963984540054;
function wilsonInterval(failed, total, z = Z95) {
    if (total <= 0)
        return null;
    const p = failed / total;
    const z2 = z * z;
    const centre = (p + z2 / (2 * total)) / (1 + z2 / total);
    const half = (z / (1 + z2 / total)) * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
    // At 0 or n failures the bound is exactly 0 or 1; rounding must not hide that.
    return {
        low: failed === 0 ? 0 : Math.max(0, centre - half),
        high: failed === total ? 1 : Math.min(1, centre + half),
    };
}

;// CONCATENATED MODULE: ./src/judge/measure.ts

/**
 * The endpoint named `name`: the load phase's entry first (setup's logins share names with
 * the load's in custom scripts), then the busiest entry when several methods share the name.
 */
function findEndpoint(endpoints, name) {
    const named = endpoints.filter((e) => e.name === name);
    const load = named.filter((e) => e.phase === 'load');
    const pool = load.length > 0 ? load : named;
    return [...pool].sort((a, b) => b.requests - a.requests)[0];
}
/**
 * The interval's method, as the confidence sentence names it: time blocks when the results
 * engine could cut the requests' span into them, else independent draws (order statistics,
 * Wilson score). Results built without a basis (by hand) are independent draws.
 */
function methodName(basis, independent) {
    if (basis?.method === 'time blocks') {
        return `batch means, ${basis.blocks} blocks of ${Math.round(basis.blockSeconds)} s`;
    }
    if (basis?.method === 'stage blocks') {
        const short = basis.shortStages.map((s) => s + 1);
        const flag = short.length === 0
            ? ''
            : `; stage${short.length > 1 ? 's' : ''} ${short.join(', ')} too short for ${short.length > 1 ? 'their' : 'its'} own, width borrowed`;
        return `batch means, ${basis.blocks} blocks within ${basis.stages} stages${flag}`;
    }
    // The reason (too short a span) stays in the basis: the sentence must fit a table cell.
    return basis ? `${independent}, independent draws` : independent;
}
function fromRequestStats(stats, figure, where) {
    if (figure === 'rps')
        return { value: stats.rps, interval: null, method: null };
    if (figure === 'error-rate') {
        if (stats.requests === 0)
            return { value: null, missing: `no requests ${where}` };
        const method = stats.intervalBasis?.method;
        const timed = method === 'time blocks' || method === 'stage blocks' ? stats.errorRateCi : null;
        return {
            value: stats.errorRate,
            interval: timed ?? wilsonInterval(stats.failed, stats.requests),
            method: methodName(stats.intervalBasis, 'Wilson score'),
        };
    }
    const d = stats.duration;
    if (d === null)
        return { value: null, missing: `no requests ${where}` };
    // A refused connection "lasts" 0 ms: latency over nothing but failures would pass a dead target.
    if (stats.failed === stats.requests)
        return { value: null, missing: `every request ${where} failed, so there is no latency to judge` };
    switch (figure) {
        case 'p95':
            return { value: d.p95, interval: d.p95Ci, method: methodName(stats.intervalBasis, 'order statistics') };
        case 'p99':
            return { value: d.p99, interval: d.p99Ci, method: methodName(stats.intervalBasis, 'order statistics') };
        case 'avg':
            return { value: d.avg, interval: null, method: null };
        case 'max':
            return { value: d.max, interval: null, method: null };
        default:
            return { value: null, missing: `${figure} is not measured ${where}` };
    }
}
function measure(result, figure, scope) {
    switch (scope.kind) {
        case 'overall':
            if (figure === 'dropped-iterations') {
                return { value: result.overall.droppedIterations, interval: null, method: null };
            }
            // The load's figures: setup()'s logins and teardown()'s clean-up are not what is judged.
            return fromRequestStats(result.overall, figure, "in this run's load");
        case 'endpoint': {
            const endpoint = findEndpoint(result.endpoints, scope.name);
            if (!endpoint)
                return { value: null, missing: `no requests named "${scope.name}" in this run`, absent: true };
            return fromRequestStats(endpoint, figure, `named "${scope.name}"`);
        }
        case 'stage': {
            const stage = result.stages.find((s) => s.stage.index === scope.index);
            if (!stage)
                return { value: null, missing: `this run has no stage ${scope.index}`, absent: true };
            const stageLabel = stage.stage.label;
            return { ...fromRequestStats(stage, figure, `in stage ${scope.index} (${stageLabel})`), stageLabel };
        }
    }
}

// EXTERNAL MODULE: ./src/stats/distributions.ts
var distributions = __webpack_require__(99808);
// EXTERNAL MODULE: ./src/stats/median.ts
var median = __webpack_require__(78269);
;// CONCATENATED MODULE: ./src/history/compare.ts
/**
 * The history test, pure. For each figure: the last N matching base-branch runs give a centre
 * and a spread; a one-sided prediction bound for one new run (Student's t, n − 1 degrees of
 * freedom) says how far a run of unchanged code can plausibly land. A value is a regression
 * only past that bound AND worse than the centre by a practical minimum.
 *
 * Latencies and rps are compared on the log scale: run-to-run spread of a shared runner is
 * multiplicative (a 2× slower neighbour doubles every latency), and logs of such figures are
 * close to normal, which is what makes the t bound calibrated. Error rate is compared on its own
 * additive scale: it sits at or near 0, where a log is undefined and a relative change
 * (0.1% → 0.3% = +200%) says nothing practical; its practical minimum is absolute (1 point).
 */



/**
 * Where each figure sits in an entry's FigureSet. The file's field names are its versioned
 * format (errorRate predates the catalogue's key), so only this table knows them.
 */
const ENTRY_FIELD = {
    p95: 'p95',
    p99: 'p99',
    'error-rate': 'errorRate',
    rps: 'rps',
};
/** Whether history keeps `figure`. */
function isHistoryFigure(figure) {
    return Object.hasOwn(ENTRY_FIELD, figure);
}
/** One figure of an entry's figure set; null when the run did not measure it. */
function entryFigure(set, figure) {
    return set[ENTRY_FIELD[figure]] ?? null;
}
const DEFAULT_COMPARE_OPTIONS = {
    runs: 10,
    minRuns: 5,
    minChange: 0.1,
    minErrorRateIncrease: 0.01,
    confidence: 0.99,
};
/** z of a two-sided 95% interval: turns a recorded interval's half-width into a standard deviation. */
const compare_Z95 = 1.959963984540054;
/** Level of the test that leaves one base run out as an outlier (Bonferroni over the runs). */
const OUTLIER_LEVEL = 0.001;
const direction = (figure) => (lowerIsWorse(figure) ? 'down' : 'up');
function meanAndSd(values) {
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / Math.max(1, values.length - 1);
    return { mean, sd: Math.sqrt(variance) };
}
/**
 * The base runs the band rests on: all of them, less the one farthest from the others when it lies
 * past their own prediction bound at OUTLIER_LEVEL (externally studentised, Bonferroni over the
 * runs). A run disturbed by a busy neighbour would otherwise widen every later band. The mean and
 * sd of what is kept keep the t bound's calibration, which a MAD over 5 runs does not (37%
 * efficiency: about 4% false fails at a nominal 1%).
 */
function keptRuns(xs) {
    const n = xs.length;
    if (n < 4)
        return { kept: [...xs], outliers: 0 };
    let worst = -1;
    let worstScore = 0;
    xs.forEach((x, i) => {
        const { mean, sd } = meanAndSd(xs.filter((_, j) => j !== i));
        const score = sd > 0 ? Math.abs(x - mean) / (sd * Math.sqrt(1 + 1 / (n - 1))) : x === mean ? 0 : Infinity;
        if (score > worstScore)
            [worst, worstScore] = [i, score];
    });
    if (worst < 0 || worstScore <= (0,distributions/* studentTQuantile */.$J)(1 - OUTLIER_LEVEL / (2 * n), n - 2)) {
        return { kept: [...xs], outliers: 0 };
    }
    return { kept: xs.filter((_, j) => j !== worst), outliers: 1 };
}
/**
 * A run's own uncertainty as a standard deviation on the test's scale (x: worse is higher), from
 * the side of its interval that faces the better direction: how far the truth may lie below what
 * the run measured. The same rule for base runs and this run, so the interval method's quantile
 * cancels in the excess.
 */
function withinRunSd(estimate, toX) {
    const { value, low, high } = estimate;
    if (low == null || high == null || !(high >= low))
        return null;
    const a = toX(low);
    const b = toX(high);
    const better = Math.min(a, b);
    const x = toX(value);
    if (!Number.isFinite(better) || !Number.isFinite(x))
        return null;
    return Math.max(0, x - better) / compare_Z95;
}
function validateCompareOptions(options) {
    const { runs, minRuns, minChange, minErrorRateIncrease, confidence } = options;
    if (!Number.isInteger(minRuns) || minRuns < 3)
        throw new RangeError(`minRuns ${minRuns}: need an integer ≥ 3`);
    if (!Number.isInteger(runs) || runs < minRuns)
        throw new RangeError(`runs ${runs}: need an integer ≥ minRuns`);
    if (!(minChange >= 0 && minChange < 1))
        throw new RangeError(`minChange ${minChange}: need 0 ≤ minChange < 1`);
    if (!(minErrorRateIncrease >= 0))
        throw new RangeError(`minErrorRateIncrease ${minErrorRateIncrease}: need ≥ 0`);
    if (!(confidence >= 0.5 && confidence < 1))
        throw new RangeError(`confidence ${confidence}: need 0.5 ≤ c < 1`);
}
/** The scale a figure is tested on, oriented so that worse is higher. */
function testScale(figure) {
    if (figure === 'error-rate')
        return { toX: (v) => v, fromX: (x) => x, log: false };
    if (direction(figure) === 'up')
        return { toX: Math.log, fromX: Math.exp, log: true };
    return { toX: (v) => -Math.log(v), fromX: (x) => Math.exp(-x), log: true };
}
/**
 * Judges one figure of this run against the same figure of earlier runs (oldest first; only
 * the newest `options.runs` are used). The band comes from the base runs alone: their spread
 * already holds their own within-run noise. This run's interval never widens it; only the part
 * of this run's noise beyond the base runs' typical (median) within-run noise counts, and when
 * that excess leaves the fail point inside this run's reach the row is inconclusive.
 */
function compareFigure(scope, figure, current, points, options = DEFAULT_COMPARE_OPTIONS) {
    validateCompareOptions(options);
    const { toX, fromX, log } = testScale(figure);
    // A latency or rps of 0 has no logarithm; such a run says nothing about the spread.
    const usable = points.filter((p) => Number.isFinite(p.value) && (!log || p.value > 0)).slice(-options.runs);
    const base = {
        scope,
        figure,
        value: current.value,
        changeUnit: log ? 'relative' : 'absolute',
        runs: usable.length,
        needed: options.minRuns,
        history: usable,
    };
    if (usable.length < options.minRuns) {
        return {
            ...base,
            status: 'insufficient',
            centre: null,
            bound: null,
            band: null,
            change: null,
            detectableChange: null,
            outliers: 0,
            excessNoise: 0,
            p: null,
        };
    }
    const { kept, outliers } = keptRuns(usable.map((p) => toX(p.value)));
    const n = kept.length;
    const { mean, sd } = meanAndSd(kept);
    const bandX = mean + (0,distributions/* studentTQuantile */.$J)(options.confidence, n - 1) * sd * Math.sqrt(1 + 1 / n);
    const centre = fromX(mean);
    // The practical minimum, on the test's scale.
    const minimumX = log
        ? direction(figure) === 'up'
            ? Math.log1p(options.minChange)
            : -Math.log1p(-options.minChange)
        : Math.max(options.minErrorRateIncrease, options.minChange * mean);
    const failX = Math.max(bandX, mean + minimumX);
    const baseWidths = usable.map((p) => withinRunSd(p, toX)).filter((w) => w !== null);
    const typical = baseWidths.length > 0 ? (0,median/* median */.J)(baseWidths) : 0;
    const own = withinRunSd(current, toX) ?? 0;
    const excessNoise = Math.sqrt(Math.max(0, own * own - typical * typical));
    const reach = (0,distributions/* normalQuantile */.Zl)(options.confidence) * excessNoise;
    const x = current.value > 0 || !log ? toX(current.value) : direction(figure) === 'up' ? -Infinity : Infinity;
    const status = x - reach > failX ? 'regression' : x + reach > failX ? 'inconclusive' : x > bandX ? 'notable' : 'pass';
    const change = log
        ? direction(figure) === 'up'
            ? current.value / centre - 1
            : 1 - current.value / centre
        : current.value - mean;
    const detectable = (dx) => (log ? (direction(figure) === 'up' ? Math.expm1(dx) : -Math.expm1(-dx)) : dx);
    const scale = sd * Math.sqrt(1 + 1 / n);
    const p = scale > 0 ? 1 - (0,distributions/* studentTCdf */.Jt)((x - mean) / scale, n - 1) : x > mean ? 0 : 1;
    return {
        ...base,
        status,
        p,
        centre,
        bound: fromX(failX),
        band: fromX(bandX),
        change,
        detectableChange: detectable(failX - mean),
        outliers,
        excessNoise,
    };
}
/** An entry's figures for one scope: overall, an endpoint (name and method) or a stage (index and label). */
function scopeFigures(entry, scope) {
    if (scope.kind === 'overall')
        return entry.figures.overall;
    if (scope.kind === 'endpoint') {
        return entry.figures.endpoints.find((e) => e.name === scope.name && e.method === scope.method);
    }
    return entry.figures.stages.find((s) => s.index === scope.index && s.label === scope.label);
}

// EXTERNAL MODULE: ./src/results/stats.ts
var stats = __webpack_require__(45613);
// EXTERNAL MODULE: ./src/results/block-profile.ts
var block_profile = __webpack_require__(85519);
;// CONCATENATED MODULE: ./src/judge/disturbance.ts



/** The run's floor: disturbances only slow, so this low quantile of the blocks stays clean. */
const FLOOR_QUANTILE = 1 / 3;
/** A block this many times slower than the run's floor (relative to the reference) is disturbed. */
const DISTURBED_RATIO = 1.8;
/** Disturbed blocks holding more of the requests than this leave too little to clear the run. */
const MAX_DISTURBED_SHARE = 1 / 3;
/** The reference: per block, the median over the base runs' ln p95 (NaN where none has enough requests). */
function referenceProfile(profiles) {
    const count = Math.min(...profiles.map((p) => p.logP95.length));
    const ref = new Float64Array(count);
    for (let b = 0; b < count; b++) {
        const v = profiles
            .map((p) => p.logP95[b])
            .filter((x) => !Number.isNaN(x))
            .sort((x, y) => x - y);
        ref[b] = v.length === 0 ? NaN : (0,stats/* percentile */.Ym)(v, 0.5);
    }
    return ref;
}
/** The run's shift against the reference, robust to a disturbed spell; null when fewer than 3 blocks can be judged. */
function robustShift(run, reference) {
    const judged = [];
    for (let b = 0; b < Math.min(run.logP95.length, reference.length); b++) {
        const r = run.logP95[b] - reference[b];
        if (!Number.isNaN(r))
            judged.push({ b, r, n: run.requests[b] });
    }
    if (judged.length < 3)
        return null;
    const floor = (0,stats/* percentile */.Ym)(judged.map((j) => j.r).sort((x, y) => x - y), FLOOR_QUANTILE);
    const limit = floor + Math.log(DISTURBED_RATIO);
    const kept = judged.filter((j) => j.r <= limit);
    const disturbed = judged.filter((j) => j.r > limit);
    const total = judged.reduce((s, j) => s + j.n, 0);
    const keptTotal = kept.reduce((s, j) => s + j.n, 0);
    const rs = kept.map((j) => j.r).sort((x, y) => x - y);
    const shift = (0,stats/* percentile */.Ym)(rs, 0.5);
    // The median's standard error: √(π/2) times the mean's, over the kept blocks.
    const B = kept.length;
    const mean = rs.reduce((s, r) => s + r, 0) / B;
    const sd = Math.sqrt(rs.reduce((s, r) => s + (r - mean) ** 2, 0) / Math.max(1, B - 1));
    const se = Math.sqrt(Math.PI / 2) * (sd / Math.sqrt(B));
    return {
        shift,
        halfWidth: (0,distributions/* studentT95 */.s0)(Math.max(1, B - 1)) * se,
        disturbed: disturbed.map((j) => j.b),
        disturbedShare: total > 0 ? (total - keptTotal) / total : 0,
        kept: B,
    };
}

;// CONCATENATED MODULE: ./src/judge/robust-verdict.ts
/**
 * The verdict on a run's robust shift (disturbance.ts) against a bar, where the judged run never
 * widens its own bar. The bar is either a thresholds file's allowance or a history band made
 * from the base runs' own spread; the base runs already carry their within-run noise, so it is
 * not added again. This run's uncertainty enters only as its excess over the base runs' typical
 * width: a run clearly past the bar even after that excess fails, one clearly inside it passes,
 * and one whose own uncertainty straddles the bar is inconclusive (a warning and a re-run,
 * never a pass). A run too disturbed to clear can still fail, never pass.
 */



/** Median of a non-empty list. */
/**
 * The history band (ln scale) from the base runs' shifts against their reference: a robust spread
 * (1.4826 · MAD, never below half the standard deviation, so two equal runs do not make it zero),
 * as a prediction interval for one more run (t with n − 1 degrees of freedom, √(1 + 1/n)), and
 * never below `minChange`.
 */
function historyBar(baseShifts, minChange) {
    const floor = Math.log(1 + minChange);
    const spread = historySpread(baseShifts);
    if (spread === null)
        return Infinity;
    return Math.max(floor, spread.centre + (0,distributions/* studentT95 */.s0)(spread.n - 1) * spread.scale);
}
/** The base shifts' centre and the prediction scale of one more run (spread · √(1 + 1/n)); null under 2 runs. */
function historySpread(baseShifts) {
    const n = baseShifts.length;
    if (n < 2)
        return null;
    const centre = (0,median/* median */.J)(baseShifts);
    const mad = 1.4826 * (0,median/* median */.J)(baseShifts.map((s) => Math.abs(s - centre)));
    const mean = baseShifts.reduce((a, b) => a + b, 0) / n;
    const sd = Math.sqrt(baseShifts.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
    return { centre, scale: Math.max(mad, sd / 2) * Math.sqrt(1 + 1 / n), n };
}
/**
 * Judges `run` against `bar` (ln of the allowed ratio to the reference: ln 1.25 for a 25%
 * allowance, or historyBar), with `typicalHalfWidth` the base runs' median own half-width.
 */
function judgeShift(run, bar, typicalHalfWidth) {
    const excess = Math.max(0, run.halfWidth - typicalHalfWidth);
    if (run.shift - excess > bar)
        return { outcome: 'fail', bar, excess, why: 'past the bar' };
    if (run.disturbedShare > MAX_DISTURBED_SHARE)
        return { outcome: 'inconclusive', bar, excess, why: 'too much of the run disturbed' };
    if (run.shift + excess > bar)
        return { outcome: 'inconclusive', bar, excess, why: 'own uncertainty straddles the bar' };
    return { outcome: 'pass', bar, excess, why: 'inside the bar' };
}

;// CONCATENATED MODULE: ./src/history/block-judgement.ts
/**
 * History's p95 row judged per 5 s block, pure: a disturbed run is not a slow run. Where enough
 * base runs kept their load blocks, this run's p95 is compared block by block with the same
 * seconds of the base runs (judge/disturbance.ts: disturbed blocks left out, robust across the
 * rest), and held to a bar made from the base runs' own leave-one-out shifts
 * (judge/robust-verdict.ts): the base runs already carry their within-run noise, and this run's
 * uncertainty counts only as its excess over theirs. A run slower throughout fails; one slowed
 * for a spell passes on its other blocks; one too disturbed to clear can fail but never pass.
 * Fewer base runs with blocks: null, and the row keeps the whole-run band (compare.ts).
 */





/** Base runs with load blocks needed before the blocks decide the p95 row. */
const MIN_BLOCK_BASE_RUNS = 3;
/**
 * Judges this run's blocks against the base runs' (oldest first; all of them are used, the caller
 * picks the newest). Base runs of another plan (another block count) are left out. Null when fewer
 * than MIN_BLOCK_BASE_RUNS remain or too few blocks can be judged.
 */
function judgeBlocks(current, base, minChange) {
    const profile = (0,block_profile/* fromLoadBlocks */.bU)(current);
    const profiles = base.map(block_profile/* fromLoadBlocks */.bU).filter((p) => p.logP95.length === profile.logP95.length);
    if (profiles.length < MIN_BLOCK_BASE_RUNS)
        return null;
    // Each base run against the others: how far an unchanged run lands, and how sure it is of it.
    const shifts = [];
    const widths = [];
    profiles.forEach((p, i) => {
        const s = robustShift(p, referenceProfile(profiles.filter((_, j) => j !== i)));
        if (s === null)
            return;
        shifts.push(s.shift);
        widths.push(s.halfWidth);
    });
    const shift = robustShift(profile, referenceProfile(profiles));
    const spread = historySpread(shifts);
    if (shift === null || shifts.length < MIN_BLOCK_BASE_RUNS || spread === null)
        return null;
    const verdict = judgeShift(shift, historyBar(shifts, minChange), (0,median/* median */.J)(widths));
    const distance = shift.shift - spread.centre;
    const p = spread.scale > 0 ? 1 - (0,distributions/* studentTCdf */.Jt)(distance / spread.scale, spread.n - 1) : distance > 0 ? 0 : 1;
    return { verdict, shift, profile, runs: profiles.length, p };
}

;// CONCATENATED MODULE: ./src/history/base-name.ts
/**
 * How the runs a check is compared with are named, in one place: the report's sentences once said
 * "the band of 5 earlier runs runs", and the section was headed "vs local", "vs earlier runs" or
 * "vs main" depending on the mode.
 */
/** The base when any branch's runs count (a local file compared outside CI). */
const EARLIER_RUNS = 'earlier runs';
/** The branch runs recorded outside GitHub Actions are kept under. */
const LOCAL_BRANCH = 'local';
/** "5 runs of main", "5 earlier runs", "5 runs recorded on this machine". */
function runsOfBase(runs, base) {
    const plural = runs === 1 ? 'run' : 'runs';
    if (base === EARLIER_RUNS)
        return `${runs} earlier ${plural}`;
    if (base === LOCAL_BRANCH)
        return `${runs} ${plural} recorded outside CI`;
    return `${runs} ${plural} of ${base}`;
}
/** What the history section compares with, as one sentence's object. */
function baseDescription(base) {
    if (base === EARLIER_RUNS)
        return 'the earlier runs in the history';
    if (base === LOCAL_BRANCH)
        return 'the earlier runs recorded outside CI';
    return `the recent runs of ${base}`;
}

;// CONCATENATED MODULE: ./src/judge/family.ts
/**
 * One family of checks per run, pure. Every row that can fail a run (its severity is "fail": the
 * file's and history's alike) is a test of "worse than its fail point"; tested alone at 2.5% or
 * 1% each, the bundled enqueue file's seven rows would fail about one unchanged run in ten.
 * Holm's step-down procedure over the family keeps the chance that an unchanged run fails any
 * row at or under FAMILY_ALPHA, whatever the rows' dependence (Holm 1979), and is never less
 * powerful than Bonferroni: the row with the smallest p-value is held to α/m, the next to
 * α/(m − 1), and so on until one is not rejected.
 *
 * Holm only ever turns a row's fail into a warning: a row's own rule (its whole 95% interval past
 * the limit, or past history's band) still has to hold, so it reads as before when it passes.
 */


/** The chance an unchanged run fails at least one row: the run's false-fail rate. */
const FAMILY_ALPHA = 0.05;
/** z of the two-sided 95% intervals the results carry. */
const family_Z95 = 1.959963984540054;
/**
 * A row of the Holm family: a fail-severity row that was measured and has a limit, other than the
 * run's primary row (history's p95 judged per stage), which its own test already holds at
 * FAMILY_ALPHA. The per-run false-fail rate is then at most 2 × FAMILY_ALPHA (Bonferroni over the
 * primary row and the family); putting the primary row in the family would hold it to α/m, and on
 * the real recordings a ×1.3 regression would no longer fail (README, statistics).
 */
function inFamily(check) {
    return check.severity === 'fail' && check.value !== null && check.limit !== null && check.primary !== true;
}
/**
 * One-sided p-value of "worse than the limit" for a row: history's rows carry theirs; a file's row
 * gets it from its 95% interval, on the log scale when the interval is positive (latencies, rps:
 * their intervals are lopsided the way a log makes even), from the side that faces the limit. A
 * value without an interval is a fact: 0 when past the limit, 1 when not.
 */
function pValue(check) {
    if (check.p !== undefined)
        return check.p;
    const { value, limit, interval } = check;
    if (value === null || limit === null)
        return 1;
    const worse = lowerIsWorse(check.figure);
    const past = worse ? value < limit : value > limit;
    // "No failures allowed" counts failures: a fact, as judge.ts treats it.
    if (interval === null || (check.figure === 'error-rate' && limit === 0))
        return past ? 0 : 1;
    const log = interval.low > 0 && limit > 0 && value > 0;
    const x = (v) => (log ? Math.log(v) : v);
    // The interval's half between the value and the limit says how far the truth may lie that way.
    const half = worse ? x(interval.high) - x(value) : x(value) - x(interval.low);
    const distance = worse ? x(limit) - x(value) : x(value) - x(limit);
    if (!(half > 0))
        return past ? 0 : 1;
    return 1 - (0,distributions/* normalCdf */.vr)((distance / half) * family_Z95);
}
/**
 * The run's rows after Holm's procedure at `alpha`: a failing row that the family does not reject
 * becomes a warning that says why. Rows outside the family are untouched.
 */
function holmFamily(checks, alpha = FAMILY_ALPHA) {
    const family = checks
        .map((check, index) => ({ index, p: pValue(check) }))
        .filter(({ index }) => inFamily(checks[index]))
        .sort((a, b) => a.p - b.p);
    const m = family.length;
    const rejected = new Set();
    for (const [k, { index, p }] of family.entries()) {
        if (p > alpha / (m - k))
            break;
        rejected.add(index);
    }
    const percent = `${Number((alpha * 100).toFixed(2))}%`;
    return checks.map((check, index) => check.status !== 'fail' || !inFamily(check) || rejected.has(index)
        ? check
        : {
            ...check,
            status: 'warn',
            confidence: `${check.confidence}; not a fail at the run's false-fail rate of ${percent} over its ${m} checks that can fail (Holm)`,
        });
}

;// CONCATENATED MODULE: ./src/judge/stage-level.ts
/**
 * A stage's latency level, shared by history's p95 row (history/stage-judgement.ts) and the
 * thresholds file's stage baseline (stage-baseline.ts): the mean of ln p50 and ln p95, as duet
 * mode's shift averages the quantiles below the check's own (paired-blocks.ts). On the 6
 * quiet-machine recordings (test/fixtures/recordings/compact/quiet-*) the stages' p95 alone spread
 * by 0.10 (ln) from run to run, the level by 0.063; the service made 1.5× slower moved the level by
 * 0.35–0.51 in all 5 of its recordings. The heavy stages' p95 rests on a few scheduling stalls of
 * a saturated runner, the median on every request. The price: a change confined to the slowest
 * few percent counts about half; the report still shows the run's whole p95.
 */
/** ln of a stage's level from its p50 and p95 (ms, both > 0). */
function stageLevel(p50, p95) {
    return (Math.log(p50) + Math.log(p95)) / 2;
}
/**
 * A stage this many times slower (against its reference) than the run's median stage is
 * disturbed: a slower code path moves every stage alike, a spell on the runner a few. On the
 * quiet-machine recordings no stage of an unchanged or uniformly slowed run strays this far.
 */
const DISTURBED_STAGE_RATIO = 1.5;
/**
 * A stage judged by its level needs this many requests, so that its p95 rests on 20 requests past
 * it. The quick profile's first stage (6 s at 10 VUs, about 40 requests) has a p95 interval of
 * −55%/+20% on the real recordings, alone wider than the whole verdict needs: it is left out, and
 * the sentence says so.
 */
const MIN_STAGE_REQUESTS = 400;

;// CONCATENATED MODULE: ./src/history/stage-touch.ts
/**
 * Where a spell spilled over a stage's edge, pure. A disturbance rarely keeps to the plan's
 * stages: on the quick enqueue profile a 25 s busy spell fills the 24 s VU 100 stage and spills
 * 3 s into the next. That spill alone moved the next stage's level by +0.22 (ln) in the project's
 * real recordings, too little to mark the stage as disturbed by its level (stage-judgement.ts),
 * enough to fail an unchanged run. The 5 s blocks see it: they are compared with the same seconds
 * of the base runs (judge/disturbance.ts: a block 1.8× past the run's floor is disturbed). A run
 * slower throughout moves its floor with it and marks no block.
 */



const NO_EDGES = { first: new Set(), last: new Set() };
/** The stages whose first or last block was disturbed; none when too few base runs kept blocks of this plan. */
function disturbedStageEdges(current, base) {
    const profile = (0,block_profile/* fromLoadBlocks */.bU)(current);
    const profiles = base.map(block_profile/* fromLoadBlocks */.bU).filter((p) => p.logP95.length === profile.logP95.length);
    if (profiles.length < MIN_BLOCK_BASE_RUNS)
        return NO_EDGES;
    const shift = robustShift(profile, referenceProfile(profiles));
    if (shift === null)
        return NO_EDGES;
    const stageOf = (b) => profile.stageOfBlock[b];
    const first = new Set();
    const last = new Set();
    for (const b of shift.disturbed) {
        if (b === 0 || stageOf(b - 1) !== stageOf(b))
            first.add(stageOf(b));
        if (b === profile.stageOfBlock.length - 1 || stageOf(b + 1) !== stageOf(b))
            last.add(stageOf(b));
    }
    return { first, last };
}

;// CONCATENATED MODULE: ./src/history/stage-judgement.ts
/**
 * History's headline p95 row judged per planned stage, pure. Why stages: on the project's real
 * quick enqueue recordings (test/fixtures/recordings/compact, `POWER_CURVE_DETAIL=1 npm run
 * power-curve`), the 5 s blocks' p95s differ from run to run by ×2 or more, so any shift made
 * from them spreads by 0.07–0.36 on the log scale across unchanged runs: a band of ×1.2–×2.7 with
 * 5 base runs, which a ×1.3 regression (0.26) crossed in 0 runs of 6. A stage's figures rest on all
 * of its requests. Same plan, same stages: the plan's own load levels cancel and are never counted
 * as noise. Stages count alike: a slower code path slows every load level, while a busy runner
 * hits the heavy stages hardest, so equal weights let the light stages, least touched by the
 * runner, count as much as the heavy ones.
 *
 * A stage's level is judge/stage-level.ts's (the mean of ln p50 and ln p95), for the reasons given there.
 *
 * The band (one-sided prediction bound for one more run, Student t with n − 1 degrees of freedom
 * at `alpha`) comes from the base runs alone: each base run's shift against the others' median.
 * Those shifts already hold their own within-run noise and the reference's, so nothing is added
 * for either; their spread is floored by the base runs' typical within-run standard error (five
 * runs can agree by chance more closely than their own intervals allow). This run's own
 * uncertainty counts only as its excess over that typical one: past the bar even after it, fail;
 * inside even after it, pass; between, inconclusive (a warning and a re-run, never a pass). A run
 * over MAX_OWN_SE_RATIO times as uncertain as its history is never a pass: it can only fail or ask
 * again.
 *
 * A disturbed run is not a slow run: a stage more than DISTURBED_STAGE_RATIO slower (against its
 * reference) than the run's median stage, and farther than the base runs' same stage strays at the
 * band's level, is disturbed; so is its neighbour where the spell spilled over their edge (the
 * neighbour's 5 s block at that edge disturbed, stage-touch.ts). A fail must hold on the other
 * stages, against the band those stages alone give (fewer stages, a wider band); a run that clears
 * the bar only once its disturbed stages are left out is inconclusive: not slow, nor a pass.
 */




/** A run whose own standard error is over this many times its base runs' typical one is never a pass. */
const MAX_OWN_SE_RATIO = 3;
/** Base runs with the same stages needed before the stages decide the row. */
const MIN_STAGE_BASE_RUNS = 3;
const mean = (v) => v.reduce((a, b) => a + b, 0) / v.length;
const sdOf = (v) => {
    const m = mean(v);
    return Math.sqrt(v.reduce((a, b) => a + (b - m) ** 2, 0) / Math.max(1, v.length - 1));
};
/** Standard error of a run's mean stage shift over `stages` (its stages' errors are independent); null when any is unknown. */
function shiftSe(run, stages) {
    const ses = stages.map((s) => run[s]?.se ?? null);
    if (ses.some((e) => e === null))
        return null;
    return Math.sqrt(ses.reduce((a, e) => a + e * e, 0)) / stages.length;
}
/** Per judged stage: this run's level less the median of `base` at that stage. */
function stageShifts(run, base, stages) {
    return stages.map((s) => run[s].level - (0,median/* median */.J)(base.map((b) => b[s].level)));
}
/**
 * The stages disturbed outright, with their neighbours where the spell spilled over the edge
 * between them (the neighbour's block at that edge disturbed). A stage with a disturbed block
 * elsewhere stays judged: on the real recordings an unchanged run's stage strays as far by itself
 * (quiet-healthy-5's VU 50 ramp, +0.18 over its other stages, as much as quiet-healthy-6's spill),
 * and leaving every such stage out cost a ×1.3 catch and, on the shared machine, a ×2 one.
 */
function withSpills(outright, edges) {
    const disturbed = new Set(outright);
    for (const s of outright) {
        if (edges.last.has(s - 1))
            disturbed.add(s - 1);
        if (edges.first.has(s + 1))
            disturbed.add(s + 1);
    }
    return disturbed;
}
/**
 * Judges this run's stages against the base runs' (the caller picks the newest). Base runs of
 * another plan (another stage count) are left out; a stage is judged where this run and every
 * base run have its p95. Null under MIN_STAGE_BASE_RUNS base runs or 2 judged stages.
 */
function judgeStages(current, baseRuns, options) {
    const base = baseRuns.filter((b) => b.length === current.length);
    if (base.length < MIN_STAGE_BASE_RUNS)
        return null;
    const stages = current.flatMap((c, s) => (c !== null && base.every((b) => b[s] != null) ? [s] : []));
    if (stages.length < 2)
        return null;
    // Each base run against the others: its shift per stage, and how far each stage strays from its run's median stage.
    const baseStageShifts = base.map((b, i) => stageShifts(b, base.filter((_, j) => j !== i), stages));
    const strays = stages.map((_, k) => sdOf(baseStageShifts.map((d) => d[k] - (0,median/* median */.J)(d))));
    const n = base.length;
    const t = (0,distributions/* studentTQuantile */.$J)(1 - options.alpha, n - 1);
    const floor = Math.log1p(options.minChange);
    const shifts = stageShifts(current, base, stages);
    const middle = (0,median/* median */.J)(shifts);
    // Disturbed: farther above the run's median stage than ×DISTURBED_STAGE_RATIO and than unchanged runs' same stage plausibly strays.
    const outright = new Set(stages.filter((_, k) => shifts[k] - middle > Math.max(Math.log(DISTURBED_STAGE_RATIO), t * strays[k])));
    const disturbedSet = withSpills(outright, options.edges ?? NO_EDGES);
    const isDisturbed = (k) => disturbedSet.has(stages[k]);
    const kept = stages.flatMap((_, k) => (isDisturbed(k) ? [] : [k]));
    const disturbed = stages.filter((_, k) => isDisturbed(k));
    const spilled = disturbed.filter((st) => !outright.has(st));
    const shiftAll = mean(shifts);
    const shift = mean(kept.map((k) => shifts[k]));
    // The band over the stages judged: fewer stages, a wider band. The kept stages' band decides a
    // fail and a pass without the disturbed ones; the whole band a plain pass.
    const bandOver = (ks) => {
        const baseShifts = baseStageShifts.map((d) => mean(ks.map((k) => d[k])));
        const sub = ks.map((k) => stages[k]);
        const baseSes = base.map((b) => shiftSe(b, sub)).filter((e) => e !== null);
        const typical = baseSes.length > 0 ? (0,median/* median */.J)(baseSes) : 0;
        const centre = mean(baseShifts);
        const scale = Math.max(sdOf(baseShifts), typical);
        return { centre, scale, typical, bar: Math.max(floor, centre + t * scale), own: shiftSe(current, sub) ?? 0 };
    };
    const whole = bandOver(stages.map((_, k) => k));
    const band = disturbed.length > 0 ? bandOver(kept) : whole;
    const { centre, scale, bar } = band;
    // This run's uncertainty beyond the base runs' typical one: it widens this run's fail point (as
    // an independent term of the prediction) and must be cleared before a pass, never the band.
    const excessSdOf = (b) => Math.sqrt(Math.max(0, b.own * b.own - b.typical * b.typical));
    const excessSd = excessSdOf(band);
    const failAt = Math.max(floor, centre + t * Math.sqrt(scale * scale + excessSd * excessSd));
    const z = (0,distributions/* normalQuantile */.Zl)(1 - options.alpha);
    const reach = z * excessSd;
    const excess = failAt - bar;
    // Far vaguer than its history, a run cannot vouch for itself: no pass, whatever its own reach says.
    const judgeable = whole.typical === 0 || whole.own <= MAX_OWN_SE_RATIO * whole.typical;
    const why = shift > failAt
        ? 'past the bar'
        : judgeable && shiftAll + z * excessSdOf(whole) <= whole.bar
            ? 'inside the bar'
            : disturbed.length > 0 && shift + reach <= bar
                ? 'cleared only without its disturbed stages'
                : 'own uncertainty straddles the bar';
    const outcome = why === 'past the bar' ? 'fail' : why === 'inside the bar' ? 'pass' : 'inconclusive';
    const distance = shift - centre;
    const p = scale > 0 ? 1 - (0,distributions/* studentTCdf */.Jt)(distance / scale, n - 1) : distance > 0 ? 0 : 1;
    return { outcome, why, shift, shiftAll, centre, scale, bar, excess, stages, disturbed, spilled, runs: n, p };
}
/**
 * A stage's point from its p50 and its p95 with 95% interval (ms): the standard error from the p95
 * interval's lower side. Null for a stage of fewer than MIN_STAGE_REQUESTS requests: not judged.
 */
function stagePoint(p50, p95, requests) {
    if (requests < MIN_STAGE_REQUESTS)
        return null;
    if (!p50 || !(p50.value > 0) || !p95 || !(p95.value > 0))
        return null;
    const low = p95.low;
    const se = low != null && low > 0 && low <= p95.value ? (Math.log(p95.value) - Math.log(low)) / 1.959963984540054 : null;
    return { level: stageLevel(p50.value, p95.value), se };
}

;// CONCATENATED MODULE: ./src/history/stage-row.ts
/**
 * History's headline p95 row decided by its stages (stage-judgement.ts), pure: the stages from
 * the entries, the row's status, fail point and p-value from the judgement, and its sentence.
 * The row is the run's primary check: it is held at FAMILY_ALPHA on its own, and the run's other
 * rows form the Holm family (judge/family.ts), so an unchanged run fails at most 2 × FAMILY_ALPHA
 * of the time, before the confirmation run has to repeat the failure.
 */





/** An entry's stages by plan index (null where a stage had no p50 or p95), with their labels to match plans. */
function stagesOf(entry) {
    const stages = entry.figures.stages;
    const count = stages.reduce((m, s) => Math.max(m, s.index + 1), 0);
    const run = Array.from({ length: count }, (_, i) => {
        const stage = stages.find((s) => s.index === i);
        return stagePoint(stage?.p50, stage?.p95, stage?.requests ?? 0);
    });
    const labels = JSON.stringify([...stages].sort((a, b) => a.index - b.index).map((s) => s.label));
    return { run, labels };
}
/** A stage's name in the sentence: "stage 2 (VU 100)". */
function stageName(entry, index) {
    const label = entry.figures.stages.find((s) => s.index === index)?.label;
    return label ? `stage ${index} (${label})` : `stage ${index}`;
}
/** This run's stages against the newest `runs` base runs of the same scenario, profile and stages. */
function stageJudgement(current, baseline, runs, minChange) {
    const mine = stagesOf(current);
    const entries = baseline
        .filter((e) => e.scenario === current.scenario && e.profile === current.profile)
        .filter((e) => stagesOf(e).labels === mine.labels)
        .slice(-runs);
    const base = entries.map((e) => stagesOf(e).run);
    const edges = current.loadBlocks
        ? disturbedStageEdges(current.loadBlocks, entries.flatMap((e) => (e.loadBlocks ? [e.loadBlocks] : [])))
        : undefined;
    const judged = judgeStages(mine.run, base, { alpha: FAMILY_ALPHA, minChange, edges });
    const tooFewNames = current.figures.stages
        .filter((s) => s.requests < MIN_STAGE_REQUESTS)
        .map((s) => stageName(current, s.index));
    const disturbedNames = judged?.disturbed.map((i) => judged.spilled.includes(i) ? `${stageName(current, i)} where the spell spilled over` : stageName(current, i));
    return judged && { ...judged, disturbedNames: disturbedNames ?? [], tooFewNames };
}
/** The band's comparison with the stages' outcome; the fail point shown is the stages' on the band's centre. */
function decidedByStages(k, s) {
    const status = s.outcome === 'fail' ? 'regression' : s.outcome;
    const failAt = s.bar + s.excess;
    const bound = k.centre === null ? null : k.centre * Math.exp(failAt);
    return { ...k, status, p: s.p, bound, band: bound, detectableChange: Math.expm1(failAt), runs: s.runs };
}
const percent = (ln) => `${ln >= 0 ? '+' : ''}${(Math.expm1(ln) * 100).toFixed(1)}%`;
/** Why the stages decided as they did, after the figure's label. */
function stagesWhy(s, baseName) {
    const few = s.tooFewNames.length > 0 ? `, ${s.tooFewNames.join(', ')} left out for too few requests` : '';
    const judged = `judged per stage (median and p95) against the same stages of ${runsOfBase(s.runs, baseName)}: ${percent(s.shift)} over ${s.stages.length - s.disturbed.length} stages${few}`;
    const left = s.disturbed.length > 0 ? ` (disturbed, left out: ${s.disturbedNames.join(', ')})` : '';
    const bar = `the bar of ${percent(s.bar)}`;
    return {
        'inside the bar': `${judged}${left}, inside ${bar}`,
        'past the bar': `${judged}${left}, past ${bar}${s.excess > 0 ? ` even after this run's own extra uncertainty (${percent(s.excess)})` : ''}: a regression, not noise`,
        'own uncertainty straddles the bar': `${judged}${left}; this run's own uncertainty beyond the base runs' reaches across ${bar}: this run cannot tell`,
        'cleared only without its disturbed stages': `${judged}${left}: inside ${bar} only without its disturbed stages (${percent(s.shiftAll)} with them); a disturbed run is not a slow one, nor a pass`,
    }[s.why];
}

;// CONCATENATED MODULE: ./src/history/verdict.ts








const sameScope = (a, b) => JSON.stringify(a) === JSON.stringify(b);
/** Where a thresholds scope lives in a history entry: endpoints by this run's method for the name. */
function historyScope(result, scope) {
    if (scope.kind === 'overall')
        return scope;
    if (scope.kind === 'endpoint') {
        const endpoint = findEndpoint(result.endpoints, scope.name);
        return endpoint ? { kind: 'endpoint', name: endpoint.name, method: endpoint.method } : null;
    }
    const stage = result.stages[scope.index];
    return stage ? { kind: 'stage', index: scope.index, label: stage.stage.label } : null;
}
/**
 * Compares this run's entry with the baseline, for each checked pair history keeps. A pair's
 * severity is its baseline check's (the check history stands in for), else its strictest check's.
 */
function compareCheckedFigures(thresholds, result, current, baseline, options) {
    const pairs = [];
    for (const check of thresholds.checks) {
        const pair = pairs.find((p) => p.figure === check.figure && sameScope(p.scope, check.scope));
        if (pair)
            pair.checks.push(check);
        else
            pairs.push({ figure: check.figure, scope: check.scope, checks: [check] });
    }
    const compared = [];
    for (const { figure, scope, checks } of pairs) {
        if (!isHistoryFigure(figure))
            continue;
        const where = historyScope(result, scope);
        const figures = where && scopeFigures(current, where);
        const estimate = figures ? entryFigure(figures, figure) : null;
        if (!where || !estimate)
            continue;
        const points = baseline.flatMap((entry) => {
            const set = scopeFigures(entry, where);
            const recorded = set && entryFigure(set, figure);
            return recorded ? [{ commit: entry.commit, time: entry.time, ...recorded }] : [];
        });
        const ruling = checks.some((c) => c.baseline !== null) ? checks.filter((c) => c.baseline !== null) : checks;
        const severity = ruling.reduce((s, c) => (statusRank(c.severity) > statusRank(s) ? c.severity : s), 'warn');
        const stageLabel = where.kind === 'stage' ? where.label : undefined;
        const comparison = compareFigure(where, figure, estimate, points, options);
        // The blocks are the load's as a whole: they judge the overall p95, once the band could judge it.
        const blocks = figure === 'p95' && where.kind === 'overall' && comparison.status !== 'insufficient'
            ? blockJudgement(current, baseline, options)
            : null;
        const stages = figure === 'p95' && where.kind === 'overall' && comparison.status !== 'insufficient'
            ? stageJudgement(current, baseline, options.runs, options.minChange)
            : null;
        compared.push({
            name: checkName(figure, scope, stageLabel),
            figure,
            scope,
            severity,
            ...(blocks ? { comparison: decidedByBlocks(comparison, blocks), blocks } : { comparison }),
            ...(stages ? { comparison: decidedByStages(comparison, stages), stages } : {}),
        });
    }
    return compared;
}
/** The block judgement of this run against the newest base runs of its scenario and profile that kept blocks. */
function blockJudgement(current, baseline, options) {
    if (!current.loadBlocks)
        return null;
    const base = baseline
        .filter((e) => e.scenario === current.scenario && e.profile === current.profile)
        .flatMap((e) => (e.loadBlocks ? [e.loadBlocks] : []))
        .slice(-options.runs);
    return judgeBlocks(current.loadBlocks, base, options.minChange);
}
/**
 * The band's comparison with the blocks' outcome: fail is a regression, inconclusive stays so
 * (never a pass), and the fail point shown is the blocks' bar on the band's centre.
 */
function decidedByBlocks(k, blocks) {
    const { outcome, bar } = blocks.verdict;
    const status = outcome === 'fail' ? 'regression' : outcome === 'inconclusive' ? 'inconclusive' : 'pass';
    const bound = k.centre === null ? null : k.centre * Math.exp(bar);
    return { ...k, status, p: blocks.p, bound, band: bound, detectableChange: Math.expm1(bar) };
}
const judged = (c) => c.comparison.status !== 'insufficient';
/**
 * The thresholds to judge with beside history: the file's, unchanged. History once dropped the
 * static baselines it stood in for, which turned the bundled p95 limit of 129 ms into 2,000 ms and
 * removed the "error rate ≤ 1%" row; history adds checks and never loosens the file's.
 */
function thresholdsBesideHistory(thresholds, _compared) {
    return thresholds;
}
const verdict_percent = (ln) => `${ln >= 0 ? '+' : ''}${(Math.expm1(ln) * 100).toFixed(1)}%`;
/** Why the blocks decided as they did, after the figure's label. */
function blocksWhy({ verdict, shift, runs }, baseName) {
    const judged = `judged per 5 s block against the same seconds of ${runsOfBase(runs, baseName)}: ${verdict_percent(shift.shift)} on the ${shift.kept} undisturbed blocks`;
    const bar = `the bar of ${verdict_percent(verdict.bar)}`;
    return {
        'inside the bar': `${judged}, inside ${bar}`,
        'past the bar': `${judged}, past ${bar} even after this run's own extra uncertainty (${verdict_percent(verdict.excess)}): a regression, not noise`,
        'own uncertainty straddles the bar': `${judged}; this run's own uncertainty beyond the base runs' (${verdict_percent(verdict.excess)}) reaches across ${bar}: this run cannot tell`,
        'too much of the run disturbed': `${judged}, but ${Math.round(shift.disturbedShare * 100)}% of its requests fell in disturbed blocks: too much to clear it`,
    }[verdict.why];
}
/** The change the stages or blocks decided on, and their fail point: what the report shows for the row; null where the band decided. */
function relativeJudgement(c) {
    if (c.stages)
        return {
            unit: 'per stage',
            change: Math.expm1(c.stages.shift),
            failAt: Math.expm1(c.stages.bar + c.stages.excess),
        };
    if (c.blocks) {
        const { shift, verdict } = c.blocks;
        return { unit: 'per 5 s block', change: Math.expm1(shift.shift), failAt: Math.expm1(verdict.bar + verdict.excess) };
    }
    return null;
}
function historyCheck(c, baseName) {
    const { comparison: k } = c;
    const centre = k.centre ?? 0;
    const change = k.change ?? 0;
    const unit = k.changeUnit === 'relative' ? `${(change * 100).toFixed(1)}%` : `${(change * 100).toFixed(2)} pp`;
    const label = figureLabel(c.figure);
    const runs = runsOfBase(k.runs, baseName);
    const judgedOn = relativeJudgement(c);
    const why = c.stages
        ? stagesWhy(c.stages, baseName)
        : c.blocks
            ? blocksWhy(c.blocks, baseName)
            : {
                pass: `within the band of ${runs}`,
                notable: `past the band of ${runs} but under the practical minimum: reported, not failed`,
                regression: `past the band of ${runs} and worse than their centre by ${unit}: a regression, not noise`,
                inconclusive: `this run's own uncertainty, beyond what the ${runs} carried, reaches across the fail point: this run cannot tell`,
                insufficient: '',
            }[k.status];
    return {
        name: `${c.name} vs history`,
        figure: c.figure,
        scope: c.scope,
        severity: c.severity,
        value: k.value,
        // The band is the test here, not the run's own interval (only its excess counts: see compare.ts).
        interval: null,
        limit: k.bound,
        baseline: k.centre,
        delta: {
            absolute: k.value - centre,
            relative: centre === 0 ? null : k.value / centre - 1,
        },
        status: k.status === 'regression' ? c.severity : k.status === 'inconclusive' ? 'warn' : 'pass',
        ...(k.p === null ? {} : { p: k.p }),
        // Held at the run's level on its own (stage-row.ts), outside the Holm family.
        ...(c.stages ? { primary: true } : {}),
        ...(judgedOn === null ? {} : { judgedOn }),
        confidence: `${label} ${why}`,
    };
}
/** History's rows for one run, as composeRuns (judge/compose.ts) takes them: one per pair history judged. */
function historyRows(compared, baseName) {
    return compared.filter(judged).map((c) => historyCheck(c, baseName));
}

;// CONCATENATED MODULE: ./src/report/disturbance-note.ts
/**
 * Says which stretches of the run were disturbed and left out of the latency verdict, in one
 * line: a reader who sees a pass beside a slow chart must learn why, and where to look.
 */


/** Seconds on the chart's clock, whole. */
function seconds(ms) {
    return `${Math.round(ms / 1000)}`;
}
/** Adjacent disturbed blocks as time spans, "20–45 s". */
function spans(profile, disturbed) {
    const sorted = [...disturbed].sort((a, b) => a - b);
    const out = [];
    for (const b of sorted) {
        const last = out[out.length - 1];
        const from = profile.startMs[b];
        const to = profile.endMs[b];
        if (last && Math.abs(last.to - from) < 1)
            last.to = to;
        else
            out.push({ from, to });
    }
    return out.map((s) => `${seconds(s.from)}–${seconds(s.to)} s`);
}
/** The note, or null when no block was disturbed. */
function disturbanceNote(profile, shift) {
    if (shift.disturbed.length === 0)
        return null;
    const where = spans(profile, shift.disturbed).join(', ');
    const share = formatPercent(shift.disturbedShare);
    const head = `⚠️ Disturbed: ${where} (${shift.disturbed.length} of ${shift.kept + shift.disturbed.length} blocks, ${share} of requests) ran over ${DISTURBED_RATIO}× slower than the rest of the run, against the same seconds of the base runs`;
    return shift.disturbedShare > MAX_DISTURBED_SHARE
        ? `${head}: too much of the run to clear it, so at best inconclusive.`
        : `${head}; latency judged on the other blocks.`;
}

;// CONCATENATED MODULE: ./src/report/history-section.ts
/**
 * The "vs <base branch>" section: this run against the base branch's recent runs (centre, band,
 * change, how many runs the band rests on), one line on the smallest regression the gate can
 * catch today, and a trend chart of the headline figure with this run as the last point.
 */








/** Notes name a file, a branch and GitHub's answer: longer than a table cell. */
const NOTE_CHARS = 400;
const STATUS_TEXT = {
    pass: 'within band',
    notable: 'notable',
    regression: 'regression',
    inconclusive: 'cannot tell',
    insufficient: '—',
};
/**
 * A regression shows the severity it is judged with: a warn-only row is no ❌. Where the verdict
 * has the row, its icon is the verdict's: a saturated runner, Holm's procedure or a confirmation
 * run that cleared it make it a warning there, and the table must not say ❌ beside a passing step.
 */
function icon(row, judged) {
    const status = row.comparison.status;
    if (judged && (status === 'regression' || status === 'inconclusive'))
        return STATUS_ICON[judged.status];
    if (status === 'regression')
        return STATUS_ICON[row.severity];
    return { pass: STATUS_ICON.pass, notable: 'ℹ️', inconclusive: STATUS_ICON.warn, insufficient: '' }[status];
}
/** "+12%" for latencies and rps (signed as measured), "+0.4 pp" for a share. */
function changeText(figure, value, centre) {
    if (isFraction(figure)) {
        const pp = (value - centre) * 100;
        return `${pp >= 0 ? '+' : '-'}${Math.abs(pp).toFixed(2)} pp`;
    }
    return centre === 0 ? '—' : formatRelative(value / centre - 1);
}
/** The smallest change the band fails, in the figure's worse direction. */
function detectableText(row) {
    const d = row.comparison.detectableChange;
    if (d === null)
        return null;
    const judged = relativeJudgement(row);
    if (judged)
        return `${escapeMarkdown(row.name)} ${formatJudgedFailPoint(judged)}`;
    if (isFraction(row.figure))
        return `${escapeMarkdown(row.name)} +${(d * 100).toFixed(2)} pp`;
    return `${escapeMarkdown(row.name)} ${formatRelative(lowerIsWorse(row.figure) ? -d : d)}`;
}
/** A run's row status in the table's words: a fail is a regression, a warning could not tell. */
const RUN_STATUS = {
    fail: 'regression',
    warn: 'inconclusive',
    pass: 'pass',
};
/**
 * After a confirmation run the table's figures are the first run's, but the verdict rests on both:
 * the status says what each run gave, so "✅" never stands beside the first run's "regression".
 */
function bothRunsText(row) {
    const first = STATUS_TEXT[RUN_STATUS[row.firstStatus]];
    const second = STATUS_TEXT[RUN_STATUS[row.secondStatus]];
    return first === second ? `${first} in both runs` : `${first} in the first run, ${second} in the confirmation run`;
}
function tableRow(row, judged, confirmed) {
    const k = row.comparison;
    const centre = k.centre ?? 0;
    // Judged per stage or block: the band and change shown are the ones judged, not the whole run's.
    const judgedOn = relativeJudgement(row);
    const cells = [
        escapeTableCell(row.name),
        formatFigure(row.figure, k.value),
        formatFigure(row.figure, centre),
        judgedOn
            ? `≤ ${formatJudgedFailPoint(judgedOn)}`
            : k.bound === null
                ? '—'
                : `${lowerIsWorse(row.figure) ? '≥' : '≤'} ${formatFigure(row.figure, k.bound)}`,
        judgedOn ? formatJudgedChange(judgedOn) : changeText(row.figure, k.value, centre),
        String(k.runs),
        `${icon(row, judged)} ${confirmed ? bothRunsText(confirmed) : STATUS_TEXT[k.status]}`,
    ];
    return `| ${cells.join(' | ')} |`;
}
/** The figure the trend chart follows: overall p95 when checked, else the first compared. */
function chartRow(rows) {
    return rows.find((r) => r.figure === 'p95' && r.scope.kind === 'overall') ?? rows[0];
}
function trendChart(row, base) {
    const k = row.comparison;
    if (k.history.length === 0)
        return null;
    const scale = isFraction(row.figure) ? 100 : 1;
    const unit = isFraction(row.figure) ? '%' : row.figure === 'rps' ? 'req/s' : 'ms';
    const values = [...k.history.map((p) => p.value), k.value].map((v) => v * scale);
    // A run recorded outside CI has no commit: it is named by its place in the history, never "unknown".
    const labels = [
        ...k.history.map((p, i) => (/^[0-9a-f]{7,40}$/i.test(p.commit) ? p.commit.slice(0, 7) : `run ${i + 1}`)),
        'this run',
    ];
    const series = [`line [${values.map(chartNumber).join(', ')}]`];
    // A row judged per stage or block has no band on this whole-run figure to draw.
    const judgedOn = relativeJudgement(row);
    const band = k.bound !== null && judgedOn === null;
    if (band)
        series.push(`line [${values.map(() => chartNumber((k.bound ?? 0) * scale)).join(', ')}]`);
    const top = axisTop(Math.max(...values, band ? (k.bound ?? 0) * scale : 0));
    // Inside a code block markdown escaping does not apply: quotes, backticks and newlines go.
    const title = `${row.name} (${unit}), earlier runs then this run`.replace(/[`"\s]+/g, ' ');
    return [
        `_Trend: ${escapeMarkdown(row.name)} over the last ${escapeMarkdown(runsOfBase(k.history.length, base))}, this run last${band ? '; the flat line is the band' : judgedOn ? `; judged ${judgedOn.unit}, so the whole run's figure has no band` : ''}._`,
        '',
        '```mermaid',
        'xychart-beta',
        `    title "${title}"`,
        `    x-axis "commit" [${labels.map((l) => `"${l}"`).join(', ')}]`,
        `    y-axis "${unit}" 0 --> ${top}`,
        ...series.map((s) => `    ${s}`),
        '```',
    ].join('\n');
}
/**
 * `checks`: the verdict's rows, whose history rows ("<name> vs history") decide each row's icon;
 * `confirmation`: the verdict's, whose rows say how each run fared where a second run was made.
 */
function renderHistorySection(report, checks = [], confirmation = null) {
    // One heading in every mode; the sentence under it says which runs are compared with.
    const lines = ['### History', '', `_Compared with ${escapeMarkdown(baseDescription(report.base))}._`, ''];
    if (report.fallback !== null)
        lines.push(`_${escapeMarkdown(report.fallback, NOTE_CHARS)}._`, '');
    const judged = report.rows.filter((r) => r.comparison.status !== 'insufficient');
    const confirmedRows = confirmation?.kind === 'rerun' ? confirmation.rows : [];
    if (judged.length > 0) {
        lines.push('| Figure | This run | Centre | Band | Change | Runs | vs history |', '|---|--:|--:|--:|--:|--:|---|', ...judged.map((r) => tableRow(r, checks.find((c) => c.name === `${r.name} vs history`), confirmedRows.find((c) => c.name === `${r.name} vs history`))), '');
        if (confirmation?.kind === 'rerun')
            lines.push("_This run: the first run's figures; the confirmation run's are beside them under the headline._", '');
        const detectable = judged.map(detectableText).filter((t) => t !== null);
        lines.push(`_What the gate can detect today (the smallest change each band fails, over ${report.runs} runs): ${detectable.join(', ')}._`, '');
    }
    const row = chartRow(report.rows);
    const chart = row ? trendChart(row, report.base) : null;
    if (chart !== null)
        lines.push(chart, '');
    for (const note of [...blockNotes(report.rows), ...report.notes])
        lines.push(`_${escapeMarkdown(note, NOTE_CHARS)}_`);
    return lines.join('\n').trimEnd();
}
/** Where a row was judged per 5 s block, which blocks were disturbed and left out (none: no note). */
function blockNotes(rows) {
    return rows.flatMap((r) => {
        const note = r.blocks ? disturbanceNote(r.blocks.profile, r.blocks.shift) : null;
        return note === null ? [] : [note];
    });
}

// EXTERNAL MODULE: ./node_modules/@stdlib/stats-ttest/lib/index.js
var stats_ttest_lib = __webpack_require__(81825);
var lib_default = /*#__PURE__*/__webpack_require__.n(stats_ttest_lib);
;// CONCATENATED MODULE: ./src/judge/paired-blocks.ts

/** 1 s slices: a quick enqueue run (60 s of load) gives about 55 blocks for p95, against 22 of fixed 3 s blocks. */
const BLOCK_MS = 1000;
/** The chart's step: per-second p95s of the ramp-up's few requests would be mostly noise. */
const CHART_BLOCK_MS = 3000;
/**
 * The quantiles whose log-ratios a latency block's shift averages: the check's own and three
 * below it. One quantile of tens of requests is noisy (on the real recordings a block's p95
 * log-ratio has a spread of 0.2–0.3); the mean over the upper half of the distribution has
 * about two thirds of it, and a slower service moves all of them. The price: a change confined
 * to the slowest few percent is diluted, by about half; the table still shows each target's
 * whole p95.
 */
const SHIFT_QUANTILES = {
    p95: [0.5, 0.75, 0.9, 0.95],
    p99: [0.5, 0.75, 0.9, 0.99],
};
/** Requests each target needs in a block for its figure to mean anything (a p99 of 20 is the maximum). */
const MIN_BLOCK_REQUESTS = { p95: 20, p99: 50, 'error-rate': 20 };
/** The block's figure of one target: the k6 percentile of its durations, or its share of failures. */
function blockFigure(figure, durations, failed) {
    if (figure === 'error-rate')
        return failed.reduce((sum, f) => sum + f, 0) / failed.length;
    return (0,stats/* percentile */.Ym)([...durations].sort((a, b) => a - b), figure === 'p95' ? 0.95 : 0.99);
}
function blockShift(figure, head, base, headFigure, baseFigure) {
    if (figure === 'error-rate')
        return headFigure - baseFigure;
    const h = [...head.durations].sort((a, b) => a - b);
    const b = [...base.durations].sort((a, b) => a - b);
    let sum = 0;
    for (const q of SHIFT_QUANTILES[figure]) {
        const ratio = (0,stats/* percentile */.Ym)(h, q) / (0,stats/* percentile */.Ym)(b, q);
        if (!(ratio > 0 && Number.isFinite(ratio)))
            return null;
        sum += Math.log(ratio);
    }
    return sum / SHIFT_QUANTILES[figure].length;
}
function inScope(samples, i, scope) {
    switch (scope.kind) {
        case 'overall':
            return true;
        case 'endpoint':
            return samples.endpoints[i] === scope.name;
        case 'stage':
            return samples.stages[i] === scope.index;
    }
}
/** The load's first request of either target: both scenarios start together, so this is time 0 of both. */
function loadStart(samples) {
    let first = Infinity;
    for (const t of [samples.head.times, samples.base.times])
        for (const x of t)
            if (x < first)
                first = x;
    return first;
}
function buckets(samples, scope, start, blockMs) {
    const out = new Map();
    for (let i = 0; i < samples.times.length; i++) {
        if (!inScope(samples, i, scope))
            continue;
        const index = Math.floor((samples.times[i] - start) / blockMs);
        const stage = samples.stages[i];
        const key = `${stage}:${index}`;
        let bucket = out.get(key);
        if (!bucket)
            out.set(key, (bucket = { offsetMs: index * blockMs, stage, durations: [], failed: [] }));
        bucket.durations.push(samples.durations[i]);
        bucket.failed.push(samples.failed[i]);
    }
    return out;
}
/** Slices of one stage in time order, the blocks' building material. */
function sliceKeys(head, base) {
    const keys = [...head.keys()].filter((key) => base.has(key));
    const order = (key) => key.split(':').map(Number);
    return keys.sort((x, y) => {
        const [sx, ix] = order(x);
        const [sy, iy] = order(y);
        return sx - sy || ix - iy;
    });
}
function join(into, slice) {
    if (into === null)
        return { ...slice, durations: [...slice.durations], failed: [...slice.failed] };
    into.durations.push(...slice.durations);
    into.failed.push(...slice.failed);
    return into;
}
/**
 * The blocks where both targets made enough requests in `scope`, in time order, with each
 * target's figure and head's shift: consecutive slices of a stage joined until both reach
 * MIN_BLOCK_REQUESTS. A stage's last slices that never reach it are left out, not guessed.
 */
function pairedBlocks(samples, figure, scope, blockMs = BLOCK_MS) {
    const start = loadStart(samples);
    const head = buckets(samples.head, scope, start, blockMs);
    const base = buckets(samples.base, scope, start, blockMs);
    const min = MIN_BLOCK_REQUESTS[figure];
    const blocks = [];
    let h = null;
    let b = null;
    for (const key of sliceKeys(head, base)) {
        const sliceHead = head.get(key);
        if (h !== null && h.stage !== sliceHead.stage)
            h = b = null;
        h = join(h, sliceHead);
        b = join(b, base.get(key));
        if (h.durations.length < min || b.durations.length < min)
            continue;
        const headFigure = blockFigure(figure, h.durations, h.failed);
        const baseFigure = blockFigure(figure, b.durations, b.failed);
        blocks.push({
            offsetMs: h.offsetMs,
            stage: h.stage,
            head: headFigure,
            base: baseFigure,
            shift: blockShift(figure, h, b, headFigure, baseFigure),
            headRequests: h.durations.length,
            baseRequests: b.durations.length,
        });
        h = b = null;
    }
    return blocks;
}
/** Each target's figure over all its requests in `scope` (what the table shows beside the change). */
function wholeFigure(samples, figure, scope) {
    const durations = [];
    const failed = [];
    for (let i = 0; i < samples.times.length; i++) {
        if (!inScope(samples, i, scope))
            continue;
        durations.push(samples.durations[i]);
        failed.push(samples.failed[i]);
    }
    return durations.length === 0 ? null : blockFigure(figure, durations, failed);
}
/** Both targets' p95 block by block over the whole load (stages not split: the chart's time axis is even). */
function p95OverTime(samples, blockMs = CHART_BLOCK_MS) {
    const start = loadStart(samples);
    const per = (target) => {
        const blocks = [];
        for (let i = 0; i < target.times.length; i++) {
            const index = Math.floor((target.times[i] - start) / blockMs);
            (blocks[index] ??= []).push(target.durations[i]);
        }
        return blocks;
    };
    const head = per(samples.head);
    const base = per(samples.base);
    const figure = (durations) => durations && durations.length >= MIN_BLOCK_REQUESTS.p95 ? blockFigure('p95', durations, []) : null;
    return Array.from({ length: Math.max(head.length, base.length) }, (_, i) => ({
        offsetMs: i * blockMs,
        head: figure(head[i]),
        base: figure(base[i]),
    }));
}

;// CONCATENATED MODULE: ./src/judge/paired.ts
/**
 * Duet mode's judgement: head against base measured side by side in one run. For each p95,
 * p99 and error-rate check of the thresholds file (per its scope: overall, endpoint, stage),
 * the figure of both targets in the same time blocks (paired-blocks.ts), and the change of head
 * over base decided on those pairs.
 *
 * Latencies: each block's shift, the mean log-ratio ln(head/base) over the check's quantile and
 * three below it (paired-blocks.ts: one p95 of tens of requests is too noisy to read alone).
 * Logs, because a slowdown multiplies latency and the ratio of two p95s is skewed while its log
 * is near symmetric; a block's noise that hits both targets cancels in the ratio. Error rate:
 * the difference head − base per block (a ratio of zeros means nothing).
 *
 * The test: Student's paired t-test (@stdlib/stats-ttest on the per-block shifts), whose
 * interval is what the verdict reads; the shifts average four quantiles of tens of requests, so
 * they are near normal, and the t interval answers "how large is the change", which a
 * signed-rank p-value does not. On the real recordings (scripts/duet-power.ts) these shifts over
 * 1 s blocks joined to 20 requests narrowed the interval of an unchanged head by about a third
 * against single p95s over fixed 3 s blocks; blocks of 0.5 s or 2 s, or leaving out the
 * ramp-down, did no better. Family-wise control: the one-sided 5% is split over the paired
 * checks (Bonferroni), so a run with five checks is held to 1% each and an unchanged head fails
 * no more than one run in twenty, whatever the number of checks.
 *
 * A check fails when its whole interval lies past `minChange` (head slower by more than that),
 * passes when its whole interval lies below it, and is inconclusive (warns) when the interval
 * straddles it: this run cannot tell.
 */






/** One-sided error of the whole family of paired checks. */
const paired_FAMILY_ALPHA = 0.05;
/** Fewer pairs than this give an interval too wide and a t-test too fragile to read. */
const MIN_PAIRED_BLOCKS = 6;
/** An error rate is worse only past one percentage point at least: a failure or two per block is noise. */
const ERROR_RATE_FLOOR = 0.01;
const PAIRED_FIGURES = ['p95', 'p99', 'error-rate'];
/** The checks a duet compares: one per figure and scope, the strictest severity when the file repeats it. */
function pairedChecks(checks) {
    const byKey = new Map();
    for (const check of checks) {
        if (!PAIRED_FIGURES.includes(check.figure))
            continue;
        const key = `${check.figure} ${JSON.stringify(check.scope)}`;
        const seen = byKey.get(key);
        if (!seen || (seen.severity === 'warn' && check.severity === 'fail'))
            byKey.set(key, check);
    }
    return [...byKey.values()];
}
/** The per-block shifts the test reads. A block with no ratio (only refused connections) is left out. */
function differences(blocks) {
    return blocks.flatMap((b) => (b.shift === null ? [] : [b.shift]));
}
/** Mean and interval of the differences; the library's t interval, or the value itself when every pair agrees. */
function meanInterval(d, alphaEach) {
    const mean = d.reduce((s, x) => s + x, 0) / d.length;
    if (d.every((x) => x === d[0]))
        return { mean, low: mean, high: mean };
    // Two-sided at 2α: each bound is a one-sided bound at α.
    const result = lib_default()([...d], { alpha: 2 * alphaEach });
    return { mean, low: result.ci[0], high: result.ci[1] };
}
function judgeOne(samples, check, options, alphaEach) {
    const figure = check.figure;
    const blocks = pairedBlocks(samples, figure, check.scope, options.blockMs);
    const base = wholeFigure(samples.base, figure, check.scope);
    const head = wholeFigure(samples.head, figure, check.scope);
    const latency = figure !== 'error-rate';
    const margin = latency ? options.minChange : Math.max(ERROR_RATE_FLOOR, options.minChange * (base ?? 0));
    const common = { name: checkName(check.figure, check.scope), figure, scope: check.scope, severity: check.severity };
    const d = differences(blocks);
    const show = (x) => (latency ? formatRelative(x) : `${(x * 100).toFixed(1)} pp`);
    if (d.length < MIN_PAIRED_BLOCKS) {
        const status = 'warn';
        const confidence = `only ${d.length} blocks where both targets made enough requests (at least ${MIN_PAIRED_BLOCKS} needed): this run cannot compare them`;
        return { ...common, base, head, change: null, interval: null, margin, blocks: d.length, status, confidence };
    }
    const { mean, low, high } = meanInterval(d, alphaEach);
    // Latencies back from logs to relative change: exp is monotone, so the interval maps as is.
    const toChange = (x) => (latency ? Math.exp(x) - 1 : x);
    const interval = { low: toChange(low), high: toChange(high) };
    const level = `${Math.round((1 - alphaEach) * 1000) / 10}% one-sided bounds over ${d.length} paired blocks`;
    const range = `${show(interval.low)} to ${show(interval.high)}`;
    let status;
    let confidence;
    if (interval.low > margin) {
        status = check.severity;
        confidence = `head is slower than base: the whole interval (${range}; ${level}) is past the min-change of ${show(margin)}`;
    }
    else if (interval.high <= margin) {
        status = 'pass';
        confidence = `the whole interval (${range}; ${level}) is within the min-change of ${show(margin)}`;
    }
    else {
        status = 'warn';
        confidence = `the min-change of ${show(margin)} lies inside the interval (${range}; ${level}): too wide to tell`;
    }
    return { ...common, base, head, change: toChange(mean), interval, margin, blocks: d.length, status, confidence };
}
function judgePaired(samples, checks, options) {
    const chosen = pairedChecks(checks);
    const alphaEach = paired_FAMILY_ALPHA / Math.max(1, chosen.length);
    const settings = { minChange: options.minChange, blockMs: options.blockMs ?? BLOCK_MS };
    const judged = chosen.map((check) => judgeOne(samples, check, settings, alphaEach));
    const status = worstStatus(judged.map((c) => c.status));
    return {
        status,
        checks: judged,
        minChange: options.minChange,
        alphaEach,
        blockMs: settings.blockMs,
        p95OverTime: p95OverTime(samples),
    };
}
/** A figure of either target as the report prints it. */
function formatPaired(check, value) {
    return value === null ? '—' : formatFigure(check.figure, value);
}

;// CONCATENATED MODULE: ./src/report/paired-section.ts



/** What the check's interval says, whatever its severity made of it. */
function paired_section_status(check) {
    if (check.interval !== null && check.interval.low > check.margin)
        return check.status === 'fail' ? '❌ slower' : '⚠️ slower';
    return check.status === 'pass' ? '✅ not slower' : '⚠️ cannot tell';
}
/** Head's change as the table prints it: relative for latencies, percentage points for error rates. */
function change(check, value) {
    if (check.figure !== 'error-rate')
        return formatRelative(value);
    const points = Math.round(value * 1000) / 10;
    return `${points > 0 ? '+' : points < 0 ? '−' : '±'}${Math.abs(points).toFixed(1)} pp`;
}
/** The sentence under the headline: how the verdict was reached. */
function pairedHeadline(judgement) {
    const slower = judgement.checks.filter((c) => c.status === 'fail').length;
    const unclear = judgement.checks.filter((c) => c.status === 'warn').length;
    const outcome = slower > 0
        ? `head is slower than base on ${slower} of ${judgement.checks.length} figures`
        : unclear > 0
            ? `head is not slower than base on any figure this run can tell; ${unclear} of ${judgement.checks.length} too close to call`
            : `head is not slower than base on any of ${judgement.checks.length} figures`;
    return `**Paired comparison:** head and base ran side by side in this run, under the same load at the same moments; ${outcome} (min-change ${formatRelative(judgement.minChange)}).`;
}
function pairedTable(judgement) {
    const rows = judgement.checks.map((c) => [
        c.name,
        formatPaired(c, c.base),
        formatPaired(c, c.head),
        c.change === null ? '—' : change(c, c.change),
        c.interval === null ? '—' : `${change(c, c.interval.low)} to ${change(c, c.interval.high)}`,
        String(c.blocks),
        paired_section_status(c),
    ].join(' | '));
    const level = Math.round((1 - judgement.alphaEach) * 1000) / 10;
    return [
        '### vs base, same run',
        '',
        `_Each figure of head against base in the same blocks of the same stages (${judgement.blockMs / 1000} s slices joined until both targets made enough requests): Student's paired t-test on the blocks' mean log-ratio of p50, p75, p90 and the figure itself (differences for error rates), bounds at ${level}% each so that all ${judgement.checks.length} together hold at 95%. A figure fails when its whole interval is past the min-change of ${formatRelative(judgement.minChange)}._`,
        '',
        '| Figure | Base | Head | Change | Interval | Blocks | Status |',
        '|---|---|---|---|---|---|---|',
        ...rows.map((r) => `| ${r} |`),
    ].join('\n');
}
const COLORS = { head: '#e5534b', base: '#2f81f7' };
/** Both targets' p95 over time, one line each (xychart-beta has no legend: the title names the colours). */
function pairedChart(series) {
    const points = series.filter((p) => p.head !== null || p.base !== null);
    if (points.length === 0)
        return '_No block held enough requests of both targets to chart._';
    const fromS = Math.round((points[0]?.offsetMs ?? 0) / 1000);
    const toS = Math.max(fromS + 1, Math.round((points.at(-1)?.offsetMs ?? 0) / 1000));
    const line = (target) => `line [${points.map((p) => chartNumber(p[target] ?? 0)).join(', ')}]`;
    const top = axisTop(Math.max(...points.map((p) => Math.max(p.head ?? 0, p.base ?? 0))));
    const init = {
        xyChart: { width: 700, height: 280 },
        themeVariables: { xyChart: { plotColorPalette: `${COLORS.head}, ${COLORS.base}` } },
    };
    return [
        '```mermaid',
        `%%{init: ${JSON.stringify(init)}}%%`,
        'xychart-beta',
        '    title "p95 per block (ms): head red, base blue"',
        `    x-axis "time (s)" ${fromS} --> ${toS}`,
        `    y-axis "ms" 0 --> ${top}`,
        `    ${line('head')}`,
        `    ${line('base')}`,
        '```',
    ].join('\n');
}
/** The whole section: table, then chart. */
function renderPairedSection(judgement) {
    return [pairedTable(judgement), '', pairedChart(judgement.p95OverTime)].join('\n');
}

;// CONCATENATED MODULE: ./src/report/stage-template.ts
/** The guide's results template: requests/s (the guide's TPS), p95, p99, error rate (and server rows) per stage, then the knee. */




/** A ramp down to 0 is the cool-down: the guide's template leaves it out. */
function templateStages(stages) {
    const loaded = stages.filter((s) => s.stage.target > 0);
    return loaded.length > 0 ? loaded : stages;
}
/** Column headers: the stage labels, numbered where two stages share one (a ramp and its hold). */
function headers(stages, knee) {
    return stages.map((s) => {
        const label = escapeTableCell(s.stage.label);
        const shared = stages.filter((o) => o.stage.label === s.stage.label).length > 1;
        const text = shared ? `${label} (stage ${s.stage.index + 1})` : label;
        return knee?.stageIndex === s.stage.index ? `**${text}** ⚠️` : text;
    });
}
function optional(value, format) {
    return value === null || value === undefined ? '—' : format(value);
}
const REQUEST_ROWS = [
    ['requests/s', (s) => formatRps(s.rps)],
    ['p95 latency', (s) => optional((0,answered/* answeredDuration */.a)(s.duration)?.p95, formatMs)],
    ['p99 latency', (s) => optional((0,answered/* answeredDuration */.a)(s.duration)?.p99, formatMs)],
    ['error rate', (s) => (s.requests === 0 ? '—' : formatPercent(s.errorRate))],
];
/** What a server row adds after its value: GC pauses read with their average length. */
const SERVER_DETAIL = {
    'gc-pauses': (n, m) => (n > 0 && m.gcPauseMs != null ? ` (${formatMs(m.gcPauseMs / n)} avg)` : ''),
};
/** One row per server figure of the catalogue, in its order. */
const SERVER_ROWS = SERVER_CHECK_FIGURES.map((figure) => {
    const field = serverField(figure);
    const cell = (_s, m) => optional(m?.[field], (v) => `${formatFigure(figure, v)}${m ? (SERVER_DETAIL[figure]?.(v, m) ?? '') : ''}`);
    return { label: serverSource(figure).stageRowLabel, field, cell };
});
/** A markdown link target that cannot break out of its parentheses; null when not http(s). */
function safeLinkTarget(url) {
    if (!/^https?:\/\//i.test(url.trim()))
        return null;
    return url.trim().replace(/[\s()<>"'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
function renderStageTemplate(input) {
    const { knee } = input;
    if (input.stages.length === 0)
        return '### Load stages\n\n_No stage figures: the load itself made no requests (see the status codes below)._';
    const stages = templateStages(input.stages);
    const server = new Map((input.serverStages ?? []).map((m) => [m.stageIndex, m]));
    // A server row appears only when some stage has that metric.
    const serverRows = SERVER_ROWS.filter(({ field }) => [...server.values()].some((m) => m[field] != null)).map(({ label, cell }) => [label, cell]);
    const arrivalRate = stages.some((s) => s.stage.unit === 'iterations/s');
    const rows = [
        ...REQUEST_ROWS,
        ...(arrivalRate ? [['VUs needed (max)', (s) => formatCount(s.maxVus)]] : []),
        ...serverRows,
    ];
    const lines = [
        '### Load stages',
        '',
        `| | ${headers(stages, knee).join(' | ')} |`,
        `|---|${stages.map(() => '--:').join('|')}|`,
        ...rows.map(([name, cell]) => `| ${name} | ${stages.map((s) => cell(s, server.get(s.stage.index))).join(' | ')} |`),
        '',
    ];
    lines.push(knee === null
        ? '**Knee:** none found: no stage degraded enough to call it the point where performance breaks.'
        : `**Knee:** performance starts to degrade from **${escapeMarkdown(knee.label)}**: ${escapeMarkdown(knee.reason)}`);
    if (input.bottleneck)
        lines.push('', `**Likely bottleneck:** ${escapeMarkdown(input.bottleneck)}`);
    const link = input.dashboardUrl ? safeLinkTarget(input.dashboardUrl) : null;
    if (link)
        lines.push('', `[Open the Grafana dashboard for this run](${link})`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * The report: the sticky PR comment and the job summary. Verdict and failing checks
 * first, the guide's template and breakdowns next, raw figures collapsed at the end.
 */










const FULL = {
    details: { figures: 'all', endpointRows: Infinity, errorMessages: 10 },
    endpointRows: 10,
    errorMessages: 3,
    errorMessageChars: 120,
    chart: true,
    breakdown: true,
    stages: true,
    notes: true,
    checkRows: null,
};
/** Ever smaller reports, tried in order: the details shrink first, the verdict and checks never. */
const BUDGETS = [
    FULL,
    { ...FULL, details: { figures: 'all', endpointRows: 50, errorMessages: 3 } },
    { ...FULL, details: { figures: 'all', endpointRows: 10, errorMessages: 1 } },
    { ...FULL, details: { figures: 'overall', endpointRows: 0, errorMessages: 0 } },
    { ...FULL, details: { figures: 'none', endpointRows: 0, errorMessages: 0 } },
    {
        ...FULL,
        details: { figures: 'none', endpointRows: 0, errorMessages: 0 },
        endpointRows: 5,
        errorMessages: 1,
        errorMessageChars: 80,
    },
    {
        ...FULL,
        details: { figures: 'none', endpointRows: 0, errorMessages: 0 },
        endpointRows: 5,
        errorMessages: 1,
        errorMessageChars: 80,
        chart: false,
    },
    {
        ...FULL,
        details: { figures: 'none', endpointRows: 0, errorMessages: 0 },
        chart: false,
        breakdown: false,
        stages: false,
        notes: false,
    },
];
const SHORTENED = "_Parts of this report were left out to fit GitHub's comment size limit; the job summary has more room._";
function compose(input, budget, shortened) {
    const { result, verdict, context } = input;
    const sections = [renderHeadline(verdict, result, context), renderChecksTable(verdict.checks, budget.checkRows)];
    // Duet mode: the headline says the comparison was paired, the table and chart show it.
    if (verdict.paired) {
        sections.splice(1, 0, pairedHeadline(verdict.paired));
        sections.push(budget.chart ? renderPairedSection(verdict.paired) : pairedTable(verdict.paired));
    }
    if (input.history)
        sections.push(renderHistorySection(input.history, verdict.checks, verdict.confirmation ?? null));
    if (budget.stages) {
        sections.push(renderStageTemplate({
            stages: result.stages,
            knee: verdict.knee,
            serverStages: input.serverStages,
            bottleneck: input.bottleneck,
            dashboardUrl: input.dashboardUrl,
        }));
    }
    if (budget.breakdown) {
        sections.push(renderEndpoints(result.endpoints, budget.endpointRows), renderStatuses(result.statuses, budget.errorMessages, budget.errorMessageChars));
    }
    if (budget.chart)
        sections.push(renderCharts(result.timeSeries));
    if (budget.notes)
        sections.push(renderNotes(result, context));
    if (input.loadGenerator)
        sections.push(renderLoadGenerator(input.loadGenerator));
    sections.push(renderDetails(result, verdict.checks, context, budget.details));
    if (shortened)
        sections.push(SHORTENED);
    return `${sections.join('\n\n')}\n`;
}
/**
 * Renders the report as GitHub markdown no longer than `maxChars` (UTF-16 units, which
 * never undercount GitHub's characters). Pure: the same input gives the same text.
 */
function renderReport(input, options = {}) {
    // Where the report goes decides its room (the publisher passes GitHub's); unbounded by default.
    const maxChars = options.maxChars ?? Infinity;
    for (const [i, budget] of BUDGETS.entries()) {
        const text = compose(input, budget, i > 0);
        if (text.length <= maxChars)
            return text;
    }
    // Even the bare verdict is too long: so many checks that the table itself must shrink.
    const smallest = BUDGETS[BUDGETS.length - 1] ?? FULL;
    for (let rows = input.verdict.checks.length - 1; rows >= 0; rows = rows > 8 ? Math.floor(rows * 0.7) : rows - 1) {
        const text = compose(input, { ...smallest, checkRows: rows }, true);
        if (text.length <= maxChars)
            return text;
    }
    // A limit too small for any report: cut it.
    return `${compose(input, { ...smallest, checkRows: 0 }, true).slice(0, Math.max(0, maxChars - 2))}…\n`.slice(0, maxChars);
}

;// CONCATENATED MODULE: ./src/report/shell-quote.ts
/**
 * POSIX shell quoting for commands the report shows to be pasted, such as "Reproduce". Hand-written
 * rather than the `shell-quote` package: one rule fits in a few lines and is easy to check (inside
 * single quotes nothing is special but the quote itself), while that package picks between several
 * quoting styles and its quote() once let crafted values through (CVE-2021-42740).
 */
/** Characters that mean nothing to sh anywhere in a word: such a value is left bare for readability. */
const PLAIN_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;
/** One shell word that sh reads back as exactly `value`: bare when plain, otherwise in single quotes. */
function shellQuote(value) {
    if (PLAIN_WORD.test(value))
        return value;
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
/** `NAME=value` as a shell assignment with the value quoted; the name (ours, never user text) stays bare. */
function shellAssignment(assignment) {
    const at = assignment.indexOf('=');
    if (at <= 0)
        throw new Error(`not a NAME=value assignment: ${assignment}`);
    return `${assignment.slice(0, at + 1)}${shellQuote(assignment.slice(at + 1))}`;
}

;// CONCATENATED MODULE: ./src/gate/run-context.ts


/** The packaged CLI as anyone can start it from their own repository, at the action's major version. */
const PACKAGED_CLI = 'npx --yes github:festin/perf-gate#v1';
/**
 * The report's headline facts, gathered from the config, the k6 run (null in results-file
 * mode) and the runner.
 */
function runContext(settings, k6, result, runner) {
    const incomplete = k6 !== null && !k6.run.exit.complete;
    return {
        scenario: settings.scenario.kind === 'custom' ? external_node_path_default().basename(settings.scenario.scriptPath) : settings.scenario.kind,
        profile: settings.profile,
        target: settings.baseUrl,
        baselineEnvironment: runner.baselineEnvironment ?? null,
        k6Version: k6 === null ? null : `v${k6.version}`,
        commit: runner.commit,
        reproduce: reproduceCommand(settings, runner.workspace),
        cleanedUp: testDataCleaned(settings, result, incomplete),
        incomplete,
        incompleteReason: incomplete ? [k6?.run.exit.meaning, k6?.run.errorLine].filter(Boolean).join(': ') : null,
    };
}
/**
 * Whether the bundled scenario's teardown() took the test users out of the line, read from its
 * DELETE requests (204 removed, 404 not waiting: both fine). Unknown for a user's own script.
 */
function testDataCleaned(settings, result, incomplete) {
    if (settings.scenario.kind === 'custom')
        return null;
    const cleanup = result.endpoints.filter((e) => e.phase === 'teardown' && e.method === 'DELETE');
    if (cleanup.length === 0)
        return incomplete ? false : null;
    return cleanup.every((e) => e.failed === 0);
}
/**
 * The command that repeats this run from the user's own repository: the packaged CLI, which runs
 * the same k6 script with the same inputs and keeps k6's results file in .perf-gate/runs/. The
 * token is a placeholder, never the value; every value is shell-quoted.
 */
function reproduceCommand(settings, workspace) {
    const relative = (file) => external_node_path_default().relative(workspace, file) || file;
    const flags = [
        ['base-url', settings.baseUrl ?? '<staging URL>'],
        ['scenario', settings.scenario.kind === 'custom' ? relative(settings.scenario.scriptPath) : settings.scenario.kind],
        ['profile', settings.profile],
        ['booth-id', String(settings.boothId)],
    ];
    // A user's own script has no bundled thresholds: the command names the same file.
    if (settings.scenario.kind === 'custom')
        flags.push(['thresholds', relative(settings.thresholdsPath)]);
    const token = settings.authToken ? `${shellAssignment('AUTH_TOKEN=<your test JWT>')} ` : '';
    return `${token}${PACKAGED_CLI} run ${flags.map(([flag, value]) => `--${flag} ${shellQuote(value)}`).join(' ')}`;
}

;// CONCATENATED MODULE: ./src/gate/after-failure.ts






/** The note at the top of the report: the run below was judged, then the step failed. */
function failureNote(reason) {
    return [
        '> [!CAUTION]',
        `> **perf-gate failed after judging this run**: ${reason.replace(/\s*\n\s*/g, ' ')}`,
        '> The figures below are from the judged run; the step failed, so treat the verdict as not given.',
        '',
        '',
    ].join('\n');
}
/** The judged run's report with the failure on top, in the comment's and the summary's lengths. */
function judgedRunReport(judged, config, runner, reason) {
    const { k6, result, server, loadGenerator, verdict } = judged;
    const context = runContext(config, k6, result, runner);
    const input = {
        result,
        verdict,
        context,
        ...server,
        serverStages: server.serverStages ?? undefined,
        loadGenerator,
        history: null,
    };
    const note = failureNote(reason);
    return {
        comment: note + renderReport(input, { maxChars: REPORT_MAX_CHARS - note.length }),
        summary: note + renderReport(input, { maxChars: SUMMARY_MAX_CHARS - note.length }),
    };
}
/** A failure after a run was judged, carrying that run so the failed step can still report it. */
class FailedAfterJudging extends Error {
    failure;
    judged;
    constructor(failure, judged) {
        super(failure instanceof Error ? failure.message : String(failure));
        this.failure = failure;
        this.judged = judged;
        this.name = 'FailedAfterJudging';
    }
}
/**
 * Runs the rest of the gate, keeping the latest judged run for whatever fails after it; a k6
 * run here whose results cannot be read is a failed k6 run (published as "no results").
 */
function rememberJudged(judgeNext, k6Ran) {
    const known = { judged: null };
    return {
        judgeNext: async () => (known.judged = await judgeNext()),
        rethrow(error) {
            // Whichever run it was (the first or the confirmation), k6 failed: not a bug in perf-gate.
            const failure = k6Ran && error instanceof analyze/* AnalysisError */.L6
                ? new K6RunError(`k6 wrote results that cannot be read: ${error.message}`)
                : error;
            // A contradicted input (scenario, profile) is refused as bad input: the run was judged against the wrong plan.
            if (known.judged !== null && !(failure instanceof ConfigError))
                throw new FailedAfterJudging(failure, known.judged);
            throw failure;
        },
    };
}

;// CONCATENATED MODULE: ./src/github/comment-key.ts
/**
 * Which sticky comment a step owns: one per script and profile, and per `comment-key` beyond
 * that. Keyed by scenario kind alone, two custom scripts, or one scenario run with two profiles
 * in one workflow, shared a comment and the last run overwrote the first.
 */

/** The marker's key: letters, digits, '.', '_', '-', at most 64 (commentMarker's rule). */
function commentKeyFor(config) {
    const script = config.scenario.kind === 'custom' ? `script-${external_node_path_default().basename(config.scenario.scriptPath)}` : config.scenario.kind;
    // The full profile adds nothing, so a bundled scenario's full run keeps the comment it had before profiles were keyed.
    const parts = [script, config.profile === 'full' ? '' : config.profile, config.commentKey ?? ''].filter(Boolean);
    const key = parts
        .join('-')
        .replace(/[^A-Za-z0-9._-]+/g, '_')
        .replace(/^[^A-Za-z0-9]+/, '');
    return key.slice(0, 64) || 'perf-gate';
}

;// CONCATENATED MODULE: ./src/gate/publish.ts




function publishSettings(config) {
    return {
        githubToken: config.githubToken,
        comment: config.comment,
        commentAuthor: config.commentAuthor ?? null,
        key: commentKeyFor(config),
    };
}
/** Renders the report on `judged` and publishes it; returns the comment's URL, if one was posted. */
async function publishVerdict(io, config, event, report) {
    const { result, server, loadGenerator } = report.judged;
    const input = {
        result,
        verdict: report.verdict,
        context: report.context,
        ...server,
        serverStages: server.serverStages ?? undefined,
        loadGenerator,
        history: report.history,
    };
    const markdown = {
        comment: renderReport(input, { maxChars: REPORT_MAX_CHARS }),
        summary: renderReport(input, { maxChars: SUMMARY_MAX_CHARS }),
    };
    const comment = await publishReport(io, publishSettings(config), event, markdown, report.verdict.status);
    return comment.url;
}

;// CONCATENATED MODULE: ./src/gate/failure.ts











const REPORT_BUGS = 'https://github.com/festin/perf-gate/issues';
/**
 * The one line a failed step shows. A UserError already says what went wrong and how to fix it;
 * anything else is a bug, shown in one line without a stack trace and with where to report it.
 */
function describeFailure(error, judging) {
    // Name the input that led to the file, so the fix is found where it is made.
    if (error instanceof ThresholdsError)
        return `Input 'thresholds': ${error.message}`;
    if (error instanceof analyze/* AnalysisError */.L6 && judging?.resultsFile)
        return `Input 'results-file': ${error.message}`;
    if (error instanceof user_error/* UserError */.y)
        return error.message;
    const message = error instanceof Error ? error.message : String(error);
    return `perf-gate failed unexpectedly: ${message.replace(/\s*\n\s*/g, ' ')}. This is a bug in perf-gate: please report it at ${REPORT_BUGS} with this log.`;
}
/** Fails the step with `error`'s one line; k6 and target failures are also published as a short report. */
async function failStep(io, error, config, event) {
    if (error instanceof FailedAfterJudging) {
        const reason = describeFailure(error.failure, config);
        if (config !== null && event !== null) {
            // The judged run's report, headed by what failed, replaces any earlier comment.
            const runner = { commit: event.commit, workspace: io.env.GITHUB_WORKSPACE || process.cwd() };
            const report = judgedRunReport(error.judged, config, runner, reason);
            await publishReport(io, publishSettings(config), event, report, 'fail');
            setOutputs(io, { verdict: 'fail', 'results-file': error.judged.k6?.run.resultsPath ?? config.resultsFile ?? '' });
        }
        io.setFailed(reason);
        return;
    }
    const reason = describeFailure(error, config);
    if (config !== null && event !== null && (error instanceof TargetDownError || error instanceof K6RunError)) {
        // Said everywhere a full report would have gone: job summary, PR comment, outputs.
        const run = { scenario: config.scenario.kind, profile: config.profile, target: config.baseUrl ?? '' };
        const report = error instanceof K6RunError ? renderNoResults(run, reason) : renderTargetDown(run, reason);
        await publishReport(io, publishSettings(config), event, report, 'fail');
        setOutputs(io, { verdict: 'fail' });
    }
    io.setFailed(reason);
}

;// CONCATENATED MODULE: ./src/judge/delivered-load.ts
/**
 * Whether a pass on a saturated runner is earned, pure. A busy runner makes latency look worse,
 * but a starved k6 driving a closed model (ramping VUs) may also send fewer requests, and a target
 * under less load looks faster. So the pass stands only when the run sent the load its reference
 * runs sent: the history's base runs, or the stage baseline's request counts. Without a reference
 * nothing shows the load was delivered, and the run stays inconclusive.
 */

/** Share of the reference's requests a saturated run must send for its pass to stand. Unchanged quick runs spread 0.1%; two busy runs sent 99.5% and 99.8%. */
const DELIVERED_SHARE = 0.97;
function deliveredLoad(requests, reference) {
    if (reference === null || !(reference.requests > 0))
        return {
            earned: false,
            sentence: 'no request count to check that the starved runner still sent its load (record history, or write the stage baseline with perf-gate baseline), so a pass is not earned',
        };
    const share = requests / reference.requests;
    const sent = `it sent ${formatCount(requests)} requests, ${formatPercent(share)} of the ${formatCount(reference.requests)} in ${reference.source}`;
    return share >= DELIVERED_SHARE
        ? { earned: true, sentence: `${sent}, so the target saw its load` }
        : { earned: false, sentence: `${sent}: a lighter load makes the target look faster, so a pass is not earned` };
}

;// CONCATENATED MODULE: ./src/judge/inconclusive.ts
/**
 * A run on a saturated runner is inconclusive: the figures k6's own speed decides (latency,
 * requests/s, dropped iterations) may describe the runner rather than the target. Their failures
 * become warnings; a pass stands, since a busy runner only makes them look worse. Error rates
 * are the target's answers and are still judged.
 */


/** The figures a slow load generator distorts. */
function runnerBound(figure) {
    const row = figureRow(figure);
    return row.source.kind === 'request' && (row.unit === 'ms' || row.unit === 'rps' || figure === 'dropped-iterations');
}
function markInconclusive(verdict, reason) {
    const checks = verdict.checks.map((check) => check.status === 'fail' && runnerBound(check.figure)
        ? { ...check, status: 'warn', confidence: `${check.confidence}; not judged: ${reason}` }
        : check);
    const status = worstStatus(checks.map((c) => c.status));
    // Incomplete evidence still keeps the verdict from passing.
    const floor = verdict.missingEvidence ? (verdict.missingEvidence.fatal ? 'fail' : 'warn') : 'pass';
    const capped = worstStatus([status, floor]);
    return { ...verdict, checks, status: capped, inconclusive: reason };
}

;// CONCATENATED MODULE: ./src/judge/paired-confirm.ts
/**
 * A duet's paired judgement (paired.ts) through the confirmation run (compose.ts): its latency
 * rows are runner-bound like the file's, so a failing one asks for a second run and fails only
 * when the second run's fails too. Its error-rate row is the targets' answers, not the runner's:
 * it asks for nothing, and the first run's status stands. Pure.
 */


/** The names of the paired rows that ask for a confirmation run (failed latency rows). */
function pairedAsking(paired) {
    if (!paired)
        return [];
    return paired.checks.filter((c) => c.status === 'fail' && runnerBound(c.figure)).map((c) => `${c.name} vs base`);
}
function confirmedCheck(before, after) {
    if (!runnerBound(after.figure))
        return before;
    if (before.status === 'fail' && after.status !== 'fail')
        return { ...after, confidence: `${after.confidence}; failed in the first run only, not confirmed` };
    if (after.status === 'fail' && before.status !== 'fail')
        return { ...after, status: 'warn', confidence: `${after.confidence}; failed in the confirmation run only` };
    return after;
}
/**
 * The paired judgement the confirmed verdict shows: the second run's, each row failing only when
 * it failed in both runs. Undefined when the runs were no duet; the second alone when only it was
 * (the checks line up by position: the same thresholds judged twice).
 */
function pairedAfterConfirmation(first, second) {
    if (!second)
        return undefined;
    if (!first || first.checks.length !== second.checks.length)
        return second;
    const checks = second.checks.map((after, i) => confirmedCheck(first.checks[i], after));
    return { ...second, checks, status: worstStatus(checks.map((c) => c.status)) };
}

;// CONCATENATED MODULE: ./src/judge/compose.ts





const isErrorRate = (check) => check.figure === 'error-rate';
/** A run's key figures over its load, as the step's outputs give them. */
function runFigures(result) {
    const { overall } = result;
    return {
        p95: overall.duration?.p95 ?? null,
        p99: overall.duration?.p99 ?? null,
        errorRate: overall.requests > 0 ? overall.errorRate : null,
        requests: overall.requests,
    };
}
/**
 * A row this run could not decide: its severity would fail it, but its fail point lies inside the
 * run's own uncertainty. judge.ts and history/verdict.ts both say so in these words.
 */
function cannotTell(check) {
    return check.status === 'warn' && check.severity === 'fail' && check.confidence.includes('this run cannot tell');
}
/**
 * What the rows cannot lower: incomplete results never pass, no requests at all fail, and a duet's
 * paired judgement (its own rows, judge/paired.ts) stands beside the file's.
 */
function floorOf(verdict) {
    const evidence = verdict.missingEvidence ? (verdict.missingEvidence.fatal ? 'fail' : 'warn') : 'pass';
    return worstStatus([evidence, verdict.paired?.status ?? 'pass']);
}
/** A runner-bound failure on a saturated runner says nothing about the target: a warning. */
function capped(check, inconclusive) {
    if (inconclusive === null || check.status !== 'fail' || !runnerBound(check.figure))
        return check;
    return { ...check, status: 'warn', confidence: `${check.confidence}; not judged: ${inconclusive}` };
}
/**
 * One run's verdict: the file's rows and history's, one family under Holm's procedure
 * (family.ts), each runner-bound row then capped when the runner was saturated.
 */
function runVerdict(run) {
    const checks = holmFamily([...run.file.checks, ...run.history]).map((c) => capped(c, run.inconclusive));
    const status = worstStatus([...checks.map((c) => c.status), floorOf(run.file)]);
    if (run.inconclusive === null || status !== 'pass')
        return { ...run.file, checks, status, ...(run.inconclusive === null ? {} : { inconclusive: run.inconclusive }) };
    // A pass on a saturated runner stands only on the load it sent.
    const delivered = deliveredLoad(run.figures?.requests ?? 0, run.loadReference ?? null);
    return delivered.earned
        ? { ...run.file, checks, status, inconclusive: run.inconclusive, loadDelivered: delivered.sentence }
        : { ...run.file, checks, status: 'warn', inconclusive: `${run.inconclusive}; ${delivered.sentence}` };
}
/**
 * Worth a second run: a complete run on a healthy runner with a runner-bound row, from the file or
 * from history, that failed or could not tell.
 */
function asksConfirmation(run) {
    return askingRows(run).length > 0;
}
/** The names of the rows that ask for a second run (none on a saturated runner or an incomplete run). */
function askingRows(run) {
    if (run.inconclusive !== null || run.file.missingEvidence)
        return [];
    const verdict = runVerdict(run);
    const rows = verdict.checks.filter((c) => runnerBound(c.figure) && (c.status === 'fail' || cannotTell(c)));
    return [...rows.map((c) => c.name), ...pairedAsking(run.file.paired)];
}
/**
 * The row after both runs: fails only when it failed in both. A failure the confirmation run did
 * not repeat was noise (its row stands); one seen in the confirmation run only is a warning.
 */
function confirmedRow(before, after) {
    if (after.status === 'fail' && before.status !== 'fail')
        return { ...after, status: 'warn', confidence: `${after.confidence}; failed in the confirmation run only` };
    return after;
}
function confirmationRow(before, after) {
    return {
        name: after.name,
        figure: after.figure,
        first: before.value,
        second: after.value,
        limit: after.limit,
        firstStatus: before.status,
        secondStatus: after.status,
        ...(before.judgedOn || after.judgedOn
            ? { judgedOn: { first: before.judgedOn ?? null, second: after.judgedOn ?? null } }
            : {}),
    };
}
function composeRuns(first, confirmation) {
    const one = runVerdict(first);
    if (confirmation.kind === 'none')
        return { verdict: one, record: 'this-run' };
    if (confirmation.kind === 'not-rerun' || confirmation.kind === 'failed') {
        const reason = confirmation.kind === 'failed'
            ? `the confirmation run gave no complete run to judge (${confirmation.reason}), so it clears nothing: the first run's verdict stands`
            : confirmation.reason;
        return { verdict: { ...one, confirmation: { kind: 'not-rerun', reason } }, record: 'this-run' };
    }
    const two = runVerdict(confirmation.second);
    if (confirmation.second.file.missingEvidence) {
        const reason = `the confirmation run's results are incomplete (${confirmation.second.file.missingEvidence.message}), so it clears nothing: the first run's verdict stands`;
        return { verdict: { ...one, confirmation: { kind: 'not-rerun', reason } }, record: 'this-run' };
    }
    const rows = [];
    // The file's rows line up by position (the same checks judged each time); history's by name.
    const counterpart = (run, source, i, name) => i < first.file.checks.length
        ? run.checks[i]
        : run.checks.slice(source.file.checks.length).find((c) => c.name === name);
    const pooled = confirmation.pooled && runVerdict(confirmation.pooled);
    const checks = one.checks.map((before, i) => {
        if (isErrorRate(before))
            return (pooled && counterpart(pooled, confirmation.pooled, i, before.name)) ?? before;
        const after = counterpart(two, confirmation.second, i, before.name);
        // A row only one run has (history short in one of them) is judged on that run alone.
        if (after === undefined)
            return before;
        if (runnerBound(before.figure) && (before.status !== 'pass' || after.status !== 'pass'))
            rows.push(confirmationRow(before, after));
        return confirmedRow(before, after);
    });
    const repeated = rows.some((r) => r.firstStatus === 'fail' && r.secondStatus === 'fail');
    // Each run with the verdict it had on its own: the report shows both, never only the better one.
    const runs = first.figures && confirmation.second.figures
        ? [
            { ...first.figures, status: one.status },
            { ...confirmation.second.figures, status: two.status },
        ]
        : null;
    // The paired rows, like the file's, fail only when they failed in both runs.
    const paired = pairedAfterConfirmation(one.paired, two.paired);
    const floors = [floorOf({ ...one, paired }), floorOf({ ...two, paired })];
    return {
        verdict: {
            ...two,
            ...(paired === undefined ? {} : { paired }),
            checks,
            status: worstStatus([...checks.map((c) => c.status), ...floors]),
            confirmation: { kind: 'rerun', repeated, rows, ...(runs ? { runs } : {}) },
        },
        record: 'both-runs',
    };
}

;// CONCATENATED MODULE: ./src/k6/segment-run.ts




async function waitForStartAt(startAtMs, io) {
    if (startAtMs === null || startAtMs === undefined)
        return;
    await waitForStart(startAtMs, { now: Date.now, sleep: sleep }, io.info);
}
/**
 * Says which file to upload; sets no verdict and posts no comment. A k6 that ended early is
 * warned about here, where it happened: the file is still handed over (the judging job holds
 * each instance's load to the plan and marks the merged run incomplete).
 */
function handOverSegment(io, segment, run) {
    setOutputs(io, { 'results-file': run.resultsPath });
    if (!run.exit.complete) {
        io.warning(`Segment ${segmentLabel(segment)}: k6 ended early (${run.exit.meaning}): this share of the load is incomplete, and the judging job will mark the merged run incomplete`);
    }
    io.info(`Segment ${segmentLabel(segment)} ${run.exit.complete ? 'ran its share of the load' : 'ran part of its share'} and judges nothing: upload ${run.resultsPath} ` +
        '(output results-file) and judge all segments together in a later job with results-file: segments/*.ndjson*');
}

;// CONCATENATED MODULE: ./src/config/profile-check.ts
/**
 * The profile a run is judged with: the `profile` input, checked against the profile the
 * requests are tagged with. A quick run read with full's plan would spread its stages five
 * times too thin, so a contradiction is refused rather than judged.
 */



const BUNDLED = options/* SCENARIOS */.U9;
/** The profile to report: the input when given, else the tag, else full. Throws when the two disagree. */
function settleProfile(config, tagged) {
    const tag = tagged.profile;
    if (tag === null)
        return config.profile;
    if (config.profileGiven === true && tag !== config.profile) {
        throw new ConfigError('profile', `is "${config.profile}", but the results' requests are tagged profile "${tag}": the run was made with "${tag}"`, `Remove the profile input to take the run's own, or set it to "${tag}".`);
    }
    return tag === 'quick' || tag === 'full' ? tag : config.profile;
}
/**
 * Refuses results whose requests name another bundled scenario than the one to judge them as:
 * an enqueue run judged as spike would meet spike's thresholds under a "Scenario spike" heading
 * and land in spike's history. The bundled scripts name their k6 scenario after themselves;
 * other names (a custom script's, k6's "default") say nothing about which bundled one ran.
 */
function checkScenarioTag(config, tagged) {
    const tag = tagged.scenario;
    const kind = config.scenario.kind;
    if (kind === 'custom' || tag === null || !BUNDLED.includes(tag) || tag === kind)
        return;
    throw new ConfigError('scenario', `is "${kind}", but the results' requests are tagged scenario "${tag}": the run was made with "${tag}"`, `Set scenario to "${tag}" to judge it against its own thresholds and history.`);
}
/**
 * The scenario to judge a results file as: the input when given; when left empty, the bundled
 * scenario its requests are tagged with, as the profile tag decides the profile. The bundled
 * thresholds follow the scenario unless a thresholds file was given. Returns `config` itself when
 * nothing changes; checkScenarioTag still refuses a contradiction with a given scenario.
 */
function settleScenario(config, tagged) {
    const { scenario, scenarioGiven, thresholdsPath } = config;
    const tag = tagged.scenario;
    if (scenarioGiven !== false || scenario.kind === 'custom')
        return config;
    if (tag === null || !BUNDLED.includes(tag) || tag === scenario.kind)
        return config;
    // The bundled files sit side by side: swap the scenario's name in the script's and thresholds' paths.
    const root = scenario.scriptPath.slice(0, -bundledScenarioFile(scenario.kind).length);
    const thresholdsGiven = thresholdsPath !== bundledThresholdsPath(root, scenario.kind);
    return {
        ...config,
        scenario: { kind: tag, scriptPath: bundledScenarioPath(root, tag) },
        thresholdsPath: thresholdsGiven ? thresholdsPath : bundledThresholdsPath(root, tag),
    };
}

;// CONCATENATED MODULE: ./src/config/thresholds-scope.ts

/**
 * Refuses, before any load, a check whose endpoint or stage the bundled scenario can never
 * produce: a typo ("enqeue") would otherwise leave the check "not measured" on every run.
 */
function checkScopesReachable(thresholds, reach) {
    const problems = [];
    thresholds.checks.forEach((check, i) => {
        const { scope } = check;
        if (scope.kind === 'endpoint' && !reach.endpoints.includes(scope.name)) {
            problems.push(`$.checks[${i}].scope: the ${reach.scenario} scenario makes no requests named "${scope.name}"; expected one of ${reach.endpoints.join(', ')}`);
        }
        if (scope.kind === 'stage' && (scope.index < 0 || scope.index >= reach.stageCount)) {
            problems.push(`$.checks[${i}].scope: the ${reach.scenario} scenario has stages 0 to ${reach.stageCount - 1}, not ${scope.index}`);
        }
    });
    if (problems.length > 0)
        throw new ThresholdsError(thresholds.source, problems);
}

;// CONCATENATED MODULE: ./src/gate/bundled-scopes.ts
/**
 * Before anything runs: a thresholds check whose endpoint or stage the bundled scenario never
 * reaches is refused, rather than reported as "not measured" after a full run.
 */


function checkBundledScopes(config, thresholds) {
    if (config.resultsFile !== null || config.scenario.kind === 'custom')
        return;
    const scenario = config.scenario.kind;
    checkScopesReachable(thresholds, {
        scenario,
        endpoints: Object.values(options/* ENDPOINTS */.Hr),
        stageCount: (0,options/* stagePlanFor */.$z)(scenario, config.profile).stages.length,
    });
}

;// CONCATENATED MODULE: ./src/judge/knee.ts


const P95_RATIO = 3;
const P95_MIN_GROWTH_MS = 50;
const ERROR_RATE_MIN = 0.01;
const LOAD_RISE = 0.5;
const RPS_RISE_MIN = 0.1;
/** Fewer requests than this make a stage's p95 and error rate too uncertain to compare. */
const knee_MIN_STAGE_REQUESTS = 20;
const ms = (v) => formatFigure('p95', v);
const pct = (v) => formatFigure('error-rate', v);
const rps = (v) => formatFigure('rps', v);
function latencyRule(stage, ref) {
    const p95 = stage.duration?.p95;
    const refP95 = ref.duration?.p95;
    if (p95 === undefined || refP95 === undefined || stage.requests < knee_MIN_STAGE_REQUESTS)
        return null;
    if (p95 < P95_RATIO * refP95 || p95 - refP95 < P95_MIN_GROWTH_MS)
        return null;
    const ratio = refP95 > 0 ? `${(p95 / refP95).toLocaleString('en-US', { maximumFractionDigits: 0 })}× ` : '';
    return `p95 ${ms(p95)} is ${ratio}the ${ms(refP95)} at ${ref.stage.label}`;
}
function errorRule(stage, ref) {
    if (stage.requests < knee_MIN_STAGE_REQUESTS || stage.errorRate < ERROR_RATE_MIN)
        return null;
    const now = wilsonInterval(stage.failed, stage.requests);
    const before = wilsonInterval(ref.failed, ref.requests);
    if (!now || !before || now.low <= before.high)
        return null;
    return ref.failed === 0
        ? `errors start: ${pct(stage.errorRate)} of requests fail (none at ${ref.stage.label})`
        : `errors rise to ${pct(stage.errorRate)} from ${pct(ref.errorRate)} at ${ref.stage.label}`;
}
function throughputRule(stage, previous) {
    if (previous.requests === 0 || previous.stage.target <= 0)
        return null;
    if (stage.stage.target < previous.stage.target * (1 + LOAD_RISE))
        return null;
    if (stage.rps >= previous.rps * (1 + RPS_RISE_MIN))
        return null;
    return `throughput stalls: ${rps(stage.rps)} against ${rps(previous.rps)} at ${previous.stage.label} while the load rose to ${stage.stage.label}`;
}
function findKnee(stages) {
    const refIndex = stages.findIndex((s) => s.requests >= knee_MIN_STAGE_REQUESTS && s.duration !== null);
    const ref = stages[refIndex];
    if (ref === undefined)
        return null;
    for (let i = refIndex + 1; i < stages.length; i++) {
        const stage = stages[i];
        const previous = stages[i - 1];
        if (stage === undefined || previous === undefined)
            continue;
        // A stage without requests never ran (k6 ended early): it cannot be where load degraded.
        if (stage.requests === 0)
            continue;
        if (stage.stage.target < previous.stage.target)
            continue;
        const reasons = [latencyRule(stage, ref), errorRule(stage, ref), throughputRule(stage, previous)].filter((r) => r !== null);
        if (reasons.length > 0)
            return { stageIndex: i, label: stage.stage.label, reason: reasons.join('; ') };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/judge/server-measure.ts
/**
 * Finding a server figure (CPU, DB pool, heap, GC) for a check: from the per-stage server
 * metrics Prometheus gave, never from k6. They are one number per stage with no sampling
 * distribution behind them, so they have no confidence interval. When they are missing the
 * measurement says why, and the check warns "not measured": a monitoring gap is not a regression.
 */

/**
 * The figure for one stage (by RunResult.stages index) or, over the whole run, the worst
 * stage's: a limit like "CPU below 90%" must hold in every stage. Null when not measured.
 */
function serverFigureValue(serverStages, figure, scope) {
    const field = serverField(figure);
    const stages = (serverStages ?? []).filter((s) => scope.kind === 'overall' || s.stageIndex === scope.index);
    const values = stages.map((s) => s[field]).filter((v) => v != null);
    // A loop, not Math.max(...values): a spread of a long list overflows the call stack.
    return values.length === 0 ? null : values.reduce((a, b) => (b > a ? b : a));
}
const NO_SERVER_METRICS = 'no server metrics (set prometheus-url)';
function measureServer(result, serverStages, figure, scope) {
    const label = figureLabel(figure);
    // The schema rejects this; a hand-built Thresholds could still carry it.
    if (scope.kind === 'endpoint')
        return { value: null, missing: `${label} is measured on the server, not per endpoint` };
    const stage = scope.kind === 'stage' ? result.stages.find((s) => s.stage.index === scope.index) : undefined;
    const stageLabel = stage?.stage.label;
    if (!serverStages || serverStages.length === 0)
        return { value: null, missing: NO_SERVER_METRICS, stageLabel };
    const value = serverFigureValue(serverStages, figure, scope);
    if (scope.kind === 'overall') {
        if (value === null)
            return { value: null, missing: `Prometheus gave no ${label} for any stage; see the server metrics warnings` };
        return { value, interval: null, method: null };
    }
    if (!stage)
        return { value: null, missing: `this run has no stage ${scope.index}` };
    if (value === null) {
        return {
            value: null,
            missing: `Prometheus gave no ${label} for stage ${scope.index} (${stageLabel}); see the server metrics warnings`,
            stageLabel,
        };
    }
    return { value, interval: null, method: null, stageLabel };
}

;// CONCATENATED MODULE: ./src/judge/stage-baseline.ts



const stage_baseline_Z95 = 1.959963984540054;
const stage_baseline_mean = (v) => v.reduce((a, b) => a + b, 0) / v.length;
/** The run's stages as the judgement reads them; null where a stage has no latency. */
function runStageFigures(result) {
    return result.stages.map(({ stage, duration: d }) => d && d.med > 0 && d.p95 > 0
        ? { label: stage.label, requests: d.count, p50: d.med, p95: d.p95, p95Low: d.p95Ci.low }
        : null);
}
/**
 * This run's stages against the baseline's, in plan order, and the labels of those with too few
 * requests to judge; a mismatch says why they cannot be compared.
 */
function stage_baseline_stageShifts(stages, baseline) {
    const expected = baseline.stages.map((s) => s.label);
    const labels = stages.map((s, i) => s?.label ?? expected[i] ?? `stage ${i}`);
    if (JSON.stringify(labels) !== JSON.stringify(expected))
        return `the stage baseline's stages (${expected.join(', ')}) are not this run's (${labels.join(', ') || 'none'})`;
    const shifts = [];
    const tooFew = [];
    for (const [i, stage] of stages.entries()) {
        const b = baseline.stages[i];
        if (stage === null)
            return `stage ${b.label} has no latency in this run`;
        if (stage.requests < MIN_STAGE_REQUESTS) {
            tooFew.push(stage.label);
            continue;
        }
        const low = stage.p95Low > 0 && stage.p95Low <= stage.p95 ? stage.p95Low : stage.p95;
        shifts.push({
            label: stage.label,
            shift: stageLevel(stage.p50, stage.p95) - stageLevel(b.p50, b.p95),
            se: (Math.log(stage.p95) - Math.log(low)) / stage_baseline_Z95,
        });
    }
    if (shifts.length < 2)
        return `fewer than 2 stages have the ${MIN_STAGE_REQUESTS} requests a stage's p95 needs`;
    return { shifts, tooFew };
}
function interval(shifts) {
    const shift = stage_baseline_mean(shifts.map((s) => s.shift));
    const se = Math.sqrt(shifts.reduce((a, s) => a + s.se * s.se, 0)) / shifts.length;
    return { shift, se, low: shift - stage_baseline_Z95 * se, high: shift + stage_baseline_Z95 * se };
}
/** Judges the run's stages (runStageFigures) against the file's stage baseline with a relative allowance (0.25 = 25%). */
function judgeStageBaseline(stages, baseline, allowance) {
    const judged = stage_baseline_stageShifts(stages, baseline);
    if (typeof judged === 'string')
        return { mismatch: judged };
    const { shifts, tooFew } = judged;
    const limit = Math.log1p(allowance);
    const middle = (0,median/* median */.J)(shifts.map((s) => s.shift));
    const isDisturbed = (s) => s.shift - middle > Math.log(DISTURBED_STAGE_RATIO);
    const kept = shifts.filter((s) => !isDisturbed(s));
    const all = interval(shifts);
    const clean = interval(kept);
    const disturbed = shifts.filter(isDisturbed).map((s) => s.label);
    const why = clean.low > limit
        ? 'past the allowance'
        : all.high <= limit
            ? 'inside the allowance'
            : disturbed.length > 0 && clean.high <= limit
                ? 'cleared only without its disturbed stages'
                : 'cannot tell';
    const outcome = why === 'past the allowance' ? 'fail' : why === 'inside the allowance' ? 'pass' : 'inconclusive';
    return {
        judgement: {
            outcome,
            why,
            shift: clean.shift,
            low: clean.low,
            high: clean.high,
            shiftAll: all.shift,
            limit,
            p: clean.se > 0 ? 1 - (0,distributions/* normalCdf */.vr)((clean.shift - limit) / clean.se) : clean.shift > limit ? 0 : 1,
            stages: kept.length,
            disturbed,
            tooFew,
        },
    };
}
const stage_baseline_percent = (ln) => `${ln >= 0 ? '+' : ''}${(Math.expm1(ln) * 100).toFixed(1)}%`;
/** The check's sentence: what the stages said, in the report's words. */
function stageBaselineSentence(j) {
    const few = j.tooFew.length > 0 ? `, ${j.tooFew.join(', ')} left out for too few requests` : '';
    const judged = `judged per stage (median and p95) against the file's stage baseline: ${stage_baseline_percent(j.shift)} over ${j.stages} stages${few} (95% interval ${stage_baseline_percent(j.low)} to ${stage_baseline_percent(j.high)})`;
    const left = j.disturbed.length > 0 ? ` (disturbed, left out: ${j.disturbed.join(', ')})` : '';
    const allowance = `the allowance of ${stage_baseline_percent(j.limit)}`;
    return {
        'past the allowance': `${judged}${left}, past ${allowance} even allowing for this run's noise`,
        'inside the allowance': `${judged}${left}, within ${allowance} even allowing for this run's noise`,
        'cleared only without its disturbed stages': `${judged}${left}: within ${allowance} only without its disturbed stages (${stage_baseline_percent(j.shiftAll)} with them); a disturbed run is not a slow one, nor a pass`,
        'cannot tell': `${judged}${left}; ${allowance} is within this run's noise: this run cannot tell`,
    }[j.why];
}

;// CONCATENATED MODULE: ./src/judge/judge.ts








/** The limit a value is held to: the tighter of the absolute limit and baseline ± allowance. */
function effectiveLimit(check) {
    const candidates = [];
    if (check.limit !== null)
        candidates.push(check.limit);
    if (check.baseline !== null && check.allowedRegression !== null) {
        const a = check.allowedRegression;
        const allowance = a.kind === 'percent' ? (check.baseline * a.percent) / 100 : a.amount;
        candidates.push(lowerIsWorse(check.figure) ? check.baseline - allowance : check.baseline + allowance);
    }
    if (candidates.length === 0)
        return null;
    return lowerIsWorse(check.figure) ? Math.max(...candidates) : Math.min(...candidates);
}
function range(check, interval) {
    return `${formatFigure(check.figure, interval.low)}–${formatFigure(check.figure, interval.high)}`;
}
function judge_judged(check, value, interval, method, limit) {
    const worse = lowerIsWorse(check.figure);
    // Without an interval the value stands for itself.
    const low = interval?.low ?? value;
    const high = interval?.high ?? value;
    const allPast = worse ? high < limit : low > limit;
    const allWithin = worse ? low >= limit : high <= limit;
    const side = worse ? 'below' : 'above';
    const limitText = formatFigure(check.figure, limit);
    // An error-rate limit of 0 means "no failures": the count is a fact, not an estimate to doubt.
    if (check.figure === 'error-rate' && limit === 0) {
        return value > 0
            ? {
                status: check.severity,
                confidence: `${formatFigure(check.figure, value)} of requests failed; the limit of 0 allows no failures`,
            }
            : { status: 'pass', confidence: 'no request failed; the limit of 0 allows no failures' };
    }
    if (interval === null) {
        const why = `judged on the value itself (${figureLabel(check.figure)} has no confidence interval)`;
        if (allPast)
            return { status: check.severity, confidence: `value ${side} the limit of ${limitText}; ${why}` };
        return { status: 'pass', confidence: `value within the limit of ${limitText}; ${why}` };
    }
    // Plain words here; how the interval was made (method) goes to the report's details.
    const ci = `95% interval ${range(check, interval)}`;
    if (allPast)
        return {
            status: check.severity,
            confidence: `${side} the limit of ${limitText} even allowing for this run's noise (${ci})`,
        };
    if (allWithin)
        return {
            status: 'pass',
            confidence: `within the limit of ${limitText} even allowing for this run's noise (${ci})`,
        };
    return {
        status: 'warn',
        confidence: `the limit of ${limitText} is within this run's noise (${ci}): this run cannot tell`,
    };
}
/**
 * The whole run's p95 check with a percentage allowance, against the file's stage baseline: the
 * allowance is judged stage by stage (stage-baseline.ts), the absolute limit on the p95 itself,
 * and the worse decides. Null when the check is another kind or the stages do not match (then it
 * is judged as any other, and the sentence says why).
 */
function judgedByStages(result, check, value, interval, method, stageBaseline) {
    const a = check.allowedRegression;
    if (check.figure !== 'p95' || check.scope.kind !== 'overall' || check.baseline === null || a?.kind !== 'percent')
        return null;
    const match = judgeStageBaseline(runStageFigures(result), stageBaseline, a.percent / 100);
    if ('mismatch' in match)
        return match;
    const j = match.judgement;
    // The row's p-value is the stages' own, for the run's Holm family (family.ts); the whole-run
    // interval would hold a clear stage verdict to the whole run's far wider noise.
    const byStages = {
        status: (j.outcome === 'fail' ? check.severity : j.outcome === 'pass' ? 'pass' : 'warn'),
        confidence: stageBaselineSentence(j),
        p: j.p,
        judgedOn: { unit: 'per stage', change: Math.expm1(j.shift), failAt: Math.expm1(j.limit) },
    };
    if (check.limit === null)
        return byStages;
    const absolute = judge_judged({ ...check, baseline: null, allowedRegression: null }, value, interval, method, check.limit);
    return worstStatus([absolute.status, byStages.status]) === byStages.status
        ? byStages
        : { ...absolute, limit: check.limit };
}
function judgeCheck(result, check, serverStages, stageBaseline) {
    const m = isServerFigure(check.figure)
        ? measureServer(result, serverStages, check.figure, check.scope)
        : measure(result, check.figure, check.scope);
    const limit = effectiveLimit(check);
    const base = {
        name: checkName(check.figure, check.scope, m.stageLabel),
        figure: check.figure,
        scope: check.scope,
        severity: check.severity,
        limit,
        baseline: check.baseline,
    };
    // A named endpoint or stage missing from a complete run is a typo until the check says it may be
    // absent; an incomplete run (cut short, target down) may simply never have reached it.
    const typo = m.value === null && m.absent === true && check.optional !== true && result.evidence.complete;
    if (m.value === null) {
        return {
            ...base,
            value: null,
            interval: null,
            delta: null,
            status: typo ? check.severity : 'warn',
            confidence: `not measured: ${m.missing}${typo ? '; check the name, or mark the check "optional": true if it may be absent' : ''}`,
        };
    }
    const delta = check.baseline === null
        ? null
        : {
            absolute: m.value - check.baseline,
            relative: check.baseline === 0 ? null : (m.value - check.baseline) / check.baseline,
        };
    // The schema guarantees a limit; a check without one could only be informational.
    const byStages = stageBaseline ? judgedByStages(result, check, m.value, m.interval, m.method, stageBaseline) : null;
    const plain = limit === null
        ? { status: 'pass', confidence: 'no limit to judge against' }
        : judge_judged(check, m.value, m.interval, m.method, limit);
    const decided = byStages === null
        ? { ...plain, p: undefined }
        : 'mismatch' in byStages
            ? { ...plain, confidence: `${plain.confidence}; not judged per stage: ${byStages.mismatch}`, p: undefined }
            : byStages;
    const { status, confidence, p, judgedOn } = decided;
    return {
        ...base,
        ...(decided.limit === undefined ? {} : { limit: decided.limit }),
        ...(judgedOn ? { judgedOn } : {}),
        value: m.value,
        interval: m.interval,
        ...(m.interval !== null && m.method !== null ? { intervalMethod: m.method } : {}),
        delta,
        status,
        confidence,
        ...(p !== undefined ? { p } : {}),
    };
}
function judge(result, thresholds, serverStages) {
    const judged = thresholds.checks.map((check) => judgeCheck(result, check, serverStages, thresholds.stageBaseline));
    const names = distinctCheckNames(judged);
    const checks = judged.map((c, i) => ({ ...c, name: names[i] }));
    const verdict = { status: worstStatus(checks.map((c) => c.status)), checks, knee: findKnee(result.stages) };
    return capVerdictByEvidence(verdict, result.evidence);
}

;// CONCATENATED MODULE: ./src/judge/duet-verdict.ts

/**
 * The thresholds without their baselines: the t3.micro numbers a file carries were measured
 * elsewhere and another day, which is what a duet does away with. A check with no absolute
 * limit of its own is left out; the paired judgement compares its figure with base instead.
 */
function absoluteLimitsOnly(thresholds) {
    return {
        ...thresholds,
        checks: thresholds.checks
            .filter((check) => check.limit !== null)
            .map((check) => ({ ...check, baseline: null, allowedRegression: null })),
    };
}
/** Head's verdict on the absolute limits with the paired judgement beside it: the worse of the two decides. */
function withPaired(verdict, paired) {
    // A verdict capped for missing evidence or made inconclusive keeps its status as the floor.
    return { ...verdict, status: worstStatus([verdict.status, paired.status]), paired };
}

// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./src/results/duet-samples.ts
/**
 * A duet recording (scenarios/lib/duet.js): one k6 run whose load requests are tagged
 * target=head or target=base. Two readings of it: each target's load samples, for the paired
 * judgement (judge/paired.ts), and the head's part alone as a k6 file, which the usual
 * analysis reads unchanged (the report's figures and the thresholds' absolute limits are head's).
 */





const TARGET = '"target":"';
const DURATION = '"metric":"http_req_duration"';
const FAILED = '"metric":"http_req_failed"';
function emptyTarget() {
    return { times: [], durations: [], failed: [], endpoints: [], stages: [] };
}
async function lines(file) {
    const handle = await (0,promises_.open)(file, 'r');
    const magic = Buffer.alloc(2);
    const { bytesRead } = await handle.read(magic, 0, 2, 0);
    await handle.close();
    const gzipped = bytesRead === 2 && magic[0] === 0x1f && magic[1] === 0x8b;
    return linesOf(gzipped ? (0,external_node_fs_.createReadStream)(file).pipe((0,external_node_zlib_.createGunzip)()) : (0,external_node_fs_.createReadStream)(file));
}
/**
 * The stream's lines. A gzip cut short (k6 killed mid-write) ends with what could be decoded:
 * readline would leave gunzip's error unhandled, and the analysis marks such a run as cut.
 */
async function* linesOf(stream) {
    stream.setEncoding('utf8');
    let rest = '';
    try {
        for await (const chunk of stream) {
            const parts = (rest + chunk).split('\n');
            rest = parts.pop() ?? '';
            yield* parts;
        }
    }
    catch (error) {
        if (error.code !== 'Z_BUF_ERROR')
            throw error;
    }
    if (rest !== '')
        yield rest;
}
/**
 * Each target's load samples (requests made by a k6 scenario, not setup() or teardown()), or
 * null when the file is no duet recording: it must hold load requests of both targets.
 * http_req_failed follows its request's http_req_duration in k6's output; they are matched by
 * target and time.
 */
async function readDuetSamples(file) {
    const samples = { head: emptyTarget(), base: emptyTarget() };
    // The http_req_failed of a request k6 wrote just before it, per target: time -> index.
    const pending = { head: new Map(), base: new Map() };
    for await (const line of await lines(file)) {
        if (!line.includes(TARGET))
            continue;
        const isDuration = line.includes(DURATION);
        if (!isDuration && !line.includes(FAILED))
            continue;
        const point = JSON.parse(line);
        const tags = point.data.tags ?? {};
        const target = tags['target'];
        if (point.type !== 'Point' || (target !== 'head' && target !== 'base') || tags['scenario'] === undefined)
            continue;
        const into = samples[target];
        if (isDuration) {
            into.times.push(Date.parse(point.data.time));
            into.durations.push(point.data.value);
            into.failed.push(0);
            into.endpoints.push(tags['name'] ?? '');
            const stage = Number(tags['stage']);
            into.stages.push(tags['stage'] !== undefined && Number.isInteger(stage) ? stage : -1);
            pending[target].set(point.data.time, into.times.length - 1);
        }
        else {
            const index = pending[target].get(point.data.time);
            if (index !== undefined) {
                into.failed[index] = point.data.value > 0 ? 1 : 0;
                pending[target].delete(point.data.time);
            }
        }
    }
    return samples.head.times.length > 0 && samples.base.times.length > 0 ? samples : null;
}
/**
 * The recording without the base target's samples: a k6 file of the head's requests (and the
 * run's untagged lines: metric declarations, VUs), for the usual analysis. Plain NDJSON.
 */
async function writeHeadFile(file, headFile) {
    const out = (0,external_node_fs_.createWriteStream)(headFile);
    for await (const line of await lines(file)) {
        if (line.includes('"target":"base"')) {
            const point = JSON.parse(line);
            if (point.data?.tags?.['target'] === 'base')
                continue;
        }
        if (!out.write(line + '\n'))
            await new Promise((resolve) => out.once('drain', () => resolve()));
    }
    out.end();
    await (0,external_node_stream_promises_.finished)(out);
}
/**
 * Whether the file is a duet recording, from its first load request (cheap: a single-target
 * file is not read to its end): bundled and custom duet scripts tag every load request.
 */
async function isDuetRecording(file) {
    for await (const line of await lines(file)) {
        if (!line.includes(DURATION) || !line.includes('"scenario"'))
            continue;
        const point = JSON.parse(line);
        if (point.type !== 'Point' || point.data.tags?.['scenario'] === undefined)
            continue;
        const target = point.data.tags['target'];
        return target === 'head' || target === 'base';
    }
    return false;
}
/** The duet recording among `files`, or null when they are not one (a duet is one k6 process: one file). */
async function openDuetRecording(files, workDir) {
    const file = files.length === 1 ? files[0] : undefined;
    if (file === undefined || !(await isDuetRecording(file)))
        return null;
    const samples = await readDuetSamples(file);
    if (samples === null)
        return null;
    await (0,promises_.mkdir)(workDir, { recursive: true });
    const headFile = external_node_path_default().join(workDir, 'duet-head.ndjson');
    await writeHeadFile(file, headFile);
    return { headFile, samples };
}

;// CONCATENATED MODULE: ./src/metrics/bounded-get.ts
/**
 * One GET with hard bounds on its total time and on the bytes read, for answers from a server
 * perf-gate does not control (Prometheus). A server that drips a byte every few seconds is cut off
 * by the total bound, not only by silence; the body is kept as Buffers and decoded once. Redirects
 * are followed here, so the Authorization header never reaches another origin. Proxy settings
 * (HTTPS_PROXY, NO_PROXY) come from @actions/http-client's agent, as for perf-gate's other calls.
 */



const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const DEFAULT_MAX_REDIRECTS = 5;
const proxyAgents = new lib/* HttpClient */.Qq('perf-gate');
async function boundedGet(url, options) {
    const controller = new AbortController();
    let bound = null;
    const stop = (which) => {
        bound ??= which;
        controller.abort();
    };
    const timer = setTimeout(() => stop('total'), options.totalTimeoutMs);
    try {
        const origin = new URL(url).origin;
        let current = new URL(url);
        for (let hop = 0;; hop++) {
            // A credential is for the origin it was given for: a redirect elsewhere goes without it.
            const headers = current.origin === origin ? options.headers : withoutAuthorization(options.headers);
            const answer = await getOnce(current, headers, options, controller.signal, () => stop('idle'));
            if (answer.kind === 'too-large')
                return answer;
            if (answer.kind === 'answer')
                return { kind: 'answer', status: answer.status, body: answer.body.toString('utf8') };
            if (hop >= (options.maxRedirects ?? DEFAULT_MAX_REDIRECTS))
                return { kind: 'error', message: `more than ${options.maxRedirects ?? DEFAULT_MAX_REDIRECTS} redirects` };
            current = new URL(answer.location, current);
            if (current.protocol !== 'http:' && current.protocol !== 'https:')
                return { kind: 'error', message: `a redirect to a ${current.protocol} URL` };
        }
    }
    catch (error) {
        if (bound !== null)
            return { kind: 'timeout', bound };
        return { kind: 'error', message: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error) };
    }
    finally {
        clearTimeout(timer);
    }
}
function withoutAuthorization(headers) {
    return Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization'));
}
function getOnce(url, headers, options, signal, onIdle) {
    return new Promise((resolve, reject) => {
        const transport = url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
        const request = transport.request(url, {
            method: 'GET',
            headers,
            signal,
            agent: proxyAgents.getAgent(url.toString()),
        });
        request.setTimeout(options.idleTimeoutMs, onIdle);
        request.on('error', reject);
        request.on('response', (response) => {
            const status = response.statusCode ?? 0;
            const location = response.headers.location;
            if (REDIRECT_STATUSES.has(status) && location) {
                response.resume();
                resolve({ kind: 'redirect', location });
                return;
            }
            const chunks = [];
            let bytes = 0;
            response.on('data', (chunk) => {
                bytes += chunk.length;
                if (bytes > options.maxBytes) {
                    resolve({ kind: 'too-large', status });
                    request.destroy();
                    return;
                }
                chunks.push(chunk);
            });
            response.on('end', () => resolve({ kind: 'answer', status, body: Buffer.concat(chunks) }));
            response.on('error', reject);
            response.on('close', () => {
                if (!response.complete)
                    reject(new Error('the connection closed before the answer ended'));
            });
        });
        request.end();
    });
}

;// CONCATENATED MODULE: ./src/metrics/prometheus-client.ts
/**
 * Prometheus's range query (GET /api/v1/query_range) over @actions/http-client. Every failure
 * comes back as a problem sentence, never an exception: server metrics are an extra, and a
 * missing or broken Prometheus must not fail the run. The auth header is sent, never echoed:
 * neither it nor its credential part appears in a problem, even when an error page repeats it.
 */



const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
const DEFAULT_BUDGET_MS = 90_000;
const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
const matrixAnswer = schemas/* object */.Ikc({
    status: schemas/* literal */.euz('success'),
    data: schemas/* object */.Ikc({
        resultType: schemas/* literal */.euz('matrix'),
        result: schemas/* array */.YOg(schemas/* object */.Ikc({
            metric: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()),
            values: schemas/* array */.YOg(schemas/* tuple */.PVZ([schemas/* number */.aig(), schemas/* string */.YjP()])),
        })),
    }),
});
const errorAnswer = schemas/* object */.Ikc({
    status: schemas/* literal */.euz('error'),
    errorType: schemas/* string */.YjP().optional(),
    error: schemas/* string */.YjP().optional(),
});

/** The query_range endpoint under the base URL, keeping a path prefix (a Prometheus behind /prometheus). */
function queryRangeUrl(base, query) {
    const url = new URL(base);
    url.pathname = `${url.pathname.replace(/\/+$/, '')}/api/v1/query_range`;
    url.search = new URLSearchParams({
        query: query.query,
        start: (query.startMs / 1000).toFixed(3),
        end: (query.endMs / 1000).toFixed(3),
        step: `${query.stepSeconds}s`,
    }).toString();
    url.hash = '';
    return url.toString();
}
function toSeries(result) {
    return result.map((r) => ({
        labels: r.metric,
        // "NaN" and "+Inf" (a ratio over zero) carry no figure.
        points: r.values
            .map(([t, v]) => [Math.round(t * 1000), Number(v)])
            .filter(([, v]) => Number.isFinite(v)),
    }));
}
function prometheus_client_describeBody(status, body) {
    try {
        const parsed = errorAnswer.safeParse(JSON.parse(body));
        if (parsed.success && parsed.data.error)
            return `${parsed.data.errorType ?? 'error'}: ${parsed.data.error}`;
    }
    catch {
        // Not JSON: a proxy's page, say. Its first words are enough.
    }
    const text = body.replace(/\s+/g, ' ').trim().slice(0, 120);
    return text === '' ? `HTTP ${status}` : `HTTP ${status}: ${text}`;
}
/**
 * What to mask of an Authorization header value: the whole value and its credential alone
 * ("abc" of "Bearer abc"), since an error page may repeat either.
 */
function authHeaderSecrets(authHeader) {
    if (!authHeader)
        return [];
    const credential = authHeader.trim().replace(/^\S+\s+/, '');
    return [...new Set([authHeader, credential])].filter((s) => s.trim().length >= 4);
}
const MIB = 1024 * 1024;
function prometheusClient(options) {
    const idleTimeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const now = options.now ?? Date.now;
    const deadline = now() + (options.budgetMs ?? DEFAULT_BUDGET_MS);
    const where = displayUrl(options.url);
    const secrets = authHeaderSecrets(options.authHeader);
    const scrub = (text) => secrets.reduce((t, secret) => t.split(secret).join('***'), text);
    const headers = { Accept: 'application/json' };
    if (options.authHeader)
        headers.Authorization = options.authHeader;
    // No retries: a slow or absent Prometheus gets one try per query, and the caller stops at the first unreachable one.
    const ask = async (query) => {
        let url;
        try {
            url = queryRangeUrl(options.url, query);
        }
        catch {
            return {
                ok: false,
                problem: `the Prometheus URL ${where} is not a valid URL: give e.g. http://prometheus:9090`,
                unreachable: true,
            };
        }
        const budgetLeftMs = deadline - now();
        const budgetSpent = `perf-gate gives all Prometheus queries together ${prometheus_client_seconds(options.budgetMs ?? DEFAULT_BUDGET_MS)}, and they used it up`;
        if (budgetLeftMs <= 0)
            return { ok: false, problem: budgetSpent, unreachable: true };
        const answer = await boundedGet(url, {
            headers,
            idleTimeoutMs,
            totalTimeoutMs: Math.min(requestTimeoutMs, budgetLeftMs),
            maxBytes,
        });
        if (answer.kind === 'timeout') {
            let reason = `no answer within ${prometheus_client_seconds(idleTimeoutMs)}`;
            if (answer.bound === 'total')
                reason =
                    budgetLeftMs < requestTimeoutMs
                        ? budgetSpent
                        : `the answer did not end within ${prometheus_client_seconds(requestTimeoutMs)}, perf-gate's bound for one query`;
            return { ok: false, problem: `Prometheus at ${where} is unreachable (${reason})`, unreachable: true };
        }
        if (answer.kind === 'error')
            return { ok: false, problem: `Prometheus at ${where} is unreachable (${answer.message})`, unreachable: true };
        if (answer.kind === 'too-large') {
            return {
                ok: false,
                problem: `Prometheus at ${where} answered more than ${maxBytes / MIB} MB for one query, and perf-gate stops reading there: aggregate the query (e.g. max(...) or sum(...)) so that it returns fewer series`,
                unreachable: false,
            };
        }
        return judgeAnswer(where, answer.status, answer.body);
    };
    return async (query) => {
        const answer = await ask(query);
        return answer.ok ? answer : { ...answer, problem: scrub(answer.problem) };
    };
}
function prometheus_client_seconds(ms) {
    return `${ms / 1000} s`;
}
function judgeAnswer(where, status, body) {
    if (status === 401 || status === 403) {
        return {
            ok: false,
            problem: `Prometheus at ${where} refused the request (HTTP ${status}): check the prometheus-auth-header secret`,
            unreachable: true,
        };
    }
    if (status !== 200) {
        return {
            ok: false,
            problem: `Prometheus at ${where} rejected the query (${prometheus_client_describeBody(status, body)})`,
            unreachable: status >= 500 || status === 404,
        };
    }
    let json;
    try {
        json = JSON.parse(body);
    }
    catch {
        return {
            ok: false,
            problem: `Prometheus at ${where} answered something that is not JSON (is it Prometheus's URL?)`,
            unreachable: true,
        };
    }
    const parsed = matrixAnswer.safeParse(json);
    if (!parsed.success) {
        return {
            ok: false,
            problem: `Prometheus at ${where} answered an unexpected shape (${prometheus_client_describeBody(status, body)}): expected a matrix`,
            unreachable: false,
        };
    }
    return { ok: true, series: toSeries(parsed.data.data.result) };
}

;// CONCATENATED MODULE: ./src/metrics/queries.ts
/**
 * The PromQL behind each server input: the thresholds file's override where it gives one,
 * the catalogue's default (Micrometer's names) otherwise.
 */

/** The query for every input: the override where given, Micrometer's default otherwise. */
function resolveQueries(overrides = {}) {
    const entries = SERVER_INPUT_KEYS.map((input) => [input, overrides[input] ?? SERVER_INPUTS[input].query]);
    return Object.fromEntries(entries);
}

;// CONCATENATED MODULE: ./src/metrics/largest.ts
/**
 * The largest of the values (-Infinity for none). A loop, not Math.max(...values): spreading
 * a million points (4000 series × 320 steps) overflows the call stack.
 */
function largest(values) {
    let max = -Infinity;
    for (const value of values)
        if (value > max)
            max = value;
    return max;
}

;// CONCATENATED MODULE: ./src/metrics/bottleneck.ts
/**
 * The guide's bottleneck reading, from the server rows and the stages' latencies: CPU above
 * 90%, threads waiting for a full DB pool, a full heap or GC eating the time — or none of
 * them, which points at the network, Redis or the load generator. Pure.
 */



/** The guide: CPU "above 90% for long" — the stage's average is the "for long". */
const CPU_SATURATED = 0.9;
const HEAP_FULL = 0.9;
/** GC pauses taking this share of wall time starve the requests (the usual GC-overhead alarm). */
const GC_TIME_SHARE = 0.1;
/** GC pauses per request growing this much means the heap fills faster for the same work. */
const GC_PER_REQUEST_CLIMB = 2;
/** Fewer pauses than this in a stage say nothing about a trend. */
const GC_MIN_PAUSES = 5;
const PRIORITY = ['cpu', 'db-pool', 'memory-gc'];
const NAMES = { cpu: 'CPU', 'db-pool': 'DB connections', 'memory-gc': 'memory/GC' };
function times(ratio) {
    return `${ratio >= 10 ? Math.round(ratio) : Number(ratio.toFixed(1))}×`;
}
/** ", while p95 rose 6× (12 ms at VU 10 → 72 ms at VU 200)" from the first loaded stage to the worst one from `from` on. */
function p95Rise(rows, from) {
    const first = rows[0];
    const base = first?.stage.duration?.p95;
    const later = rows.slice(Math.max(from, 1)).filter((r) => r.stage.duration !== null);
    const worst = later.reduce((w, r) => ((r.stage.duration?.p95 ?? 0) > (w?.stage.duration?.p95 ?? -1) ? r : w), null);
    const peak = worst?.stage.duration?.p95;
    if (first === undefined ||
        worst === null ||
        base === undefined ||
        peak === undefined ||
        base <= 0 ||
        peak < base * 1.2)
        return '';
    return ` while p95 rose ${times(peak / base)} (${formatMs(base)} at ${first.stage.stage.label} → ${formatMs(peak)} at ${worst.stage.stage.label})`;
}
function firstIndex(rows, test) {
    return rows.findIndex((row, i) => test(row, rows[i - 1]));
}
function worstBy(rows, value) {
    return rows.reduce((w, r) => ((value(r) ?? -Infinity) > (w === undefined ? -Infinity : (value(w) ?? -Infinity)) ? r : w), undefined);
}
function cpuFinding(rows) {
    const from = firstIndex(rows, (r) => (r.server.cpu ?? 0) >= CPU_SATURATED);
    const at = rows[from];
    if (at === undefined)
        return null;
    return {
        kind: 'cpu',
        from,
        line: (p95) => `CPU ${formatPercent(at.server.cpu ?? 0)} from ${at.stage.stage.label}${p95}.`,
    };
}
function poolFinding(rows) {
    const atMax = (r) => r.server.poolMax != null && r.server.poolActiveMax != null && r.server.poolActiveMax >= r.server.poolMax;
    // Threads waited while every connection was busy; without a known pool size, a wait that
    // grew from one stage to the next (one stage's wait alone may be a blip).
    const from = firstIndex(rows, (r, prev) => {
        const pending = r.server.poolPending ?? 0;
        if (pending <= 0)
            return false;
        if (r.server.poolMax != null)
            return atMax(r);
        const before = prev?.server.poolPending ?? 0;
        return before > 0 && pending > before;
    });
    const at = rows[from];
    if (at === undefined)
        return null;
    const worst = worstBy(rows.slice(from), (r) => r.server.poolPending) ?? at;
    const full = atMax(at) ? `all ${formatCount(at.server.poolMax ?? 0)} in use, ` : '';
    const peak = worst === at ? '' : ` (${formatCount(worst.server.poolPending ?? 0)} at ${worst.stage.stage.label})`;
    return {
        kind: 'db-pool',
        from,
        line: (p95) => `DB connections: ${full}${formatCount(at.server.poolPending ?? 0)} waiting from ${at.stage.stage.label}${peak}${p95}: grow the pool.`,
    };
}
function gcPerThousand(r) {
    const pauses = r.server.gcPauses;
    return pauses == null || pauses < GC_MIN_PAUSES || r.stage.requests === 0 ? null : (pauses / r.stage.requests) * 1000;
}
function gcShare(r) {
    const ms = r.stage.stage.endMs - r.stage.stage.startMs;
    return r.server.gcPauseMs == null || ms <= 0 ? null : r.server.gcPauseMs / ms;
}
function memoryFinding(rows) {
    const heapFrom = firstIndex(rows, (r) => (r.server.heapUsedRatio ?? 0) >= HEAP_FULL);
    const heapAt = rows[heapFrom];
    if (heapAt !== undefined) {
        return {
            kind: 'memory-gc',
            from: heapFrom,
            line: (p95) => `Memory/GC: JVM heap ${formatPercent(heapAt.server.heapUsedRatio ?? 0)} full from ${heapAt.stage.stage.label}${p95}.`,
        };
    }
    const shareFrom = firstIndex(rows, (r) => (gcShare(r) ?? 0) >= GC_TIME_SHARE);
    const shareAt = rows[shareFrom];
    if (shareAt !== undefined) {
        const pauses = shareAt.server.gcPauses ?? 0;
        const mean = pauses > 0 ? `, ${formatMs((shareAt.server.gcPauseMs ?? 0) / pauses)} each on average` : '';
        return {
            kind: 'memory-gc',
            from: shareFrom,
            line: (p95) => `Memory/GC: GC pauses took ${formatPercent(gcShare(shareAt) ?? 0)} of the time from ${shareAt.stage.stage.label} (${formatCount(pauses)} pauses${mean})${p95}.`,
        };
    }
    const first = rows.find((r) => gcPerThousand(r) !== null);
    const base = first === undefined ? null : gcPerThousand(first);
    const climbFrom = base === null ? -1 : firstIndex(rows, (r) => (gcPerThousand(r) ?? 0) >= base * GC_PER_REQUEST_CLIMB);
    const climbAt = rows[climbFrom];
    if (climbAt === undefined || first === undefined || base === null)
        return null;
    const now = gcPerThousand(climbAt) ?? 0;
    return {
        kind: 'memory-gc',
        from: climbFrom,
        line: (p95) => `Memory/GC: GC pauses per 1,000 requests rose ${times(now / base)} (${base.toFixed(1)} at ${first.stage.stage.label} → ${now.toFixed(1)} at ${climbAt.stage.stage.label})${p95}.`,
    };
}
function most(rows, value, format) {
    const values = rows.map((r) => value(r.server)).filter((v) => v != null);
    return values.length === 0 ? 'not measured' : `at most ${format(largest(values))}`;
}
/**
 * The likely bottleneck with its evidence; null when Prometheus gave no server figure at all.
 * Several saturated resources: the one that saturated first names the line, the others follow.
 */
function findBottleneck(stages, serverStages) {
    const server = new Map(serverStages.map((s) => [s.stageIndex, s]));
    const loaded = stages.filter((s) => s.stage.target > 0);
    const rows = (loaded.length > 0 ? loaded : stages).flatMap((stage) => {
        const metrics = server.get(stage.stage.index);
        return metrics === undefined ? [] : [{ stage, server: metrics }];
    });
    // Measured: some stage has a figure a check could name (pool size or GC time alone says nothing).
    const measured = rows.some((r) => SERVER_CHECK_FIGURES.some((f) => r.server[serverField(f)] != null));
    if (!measured)
        return null;
    const findings = [cpuFinding(rows), poolFinding(rows), memoryFinding(rows)]
        .filter((f) => f !== null)
        .sort((a, b) => a.from - b.from || PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind));
    const [primary, ...others] = findings;
    if (primary === undefined) {
        const cpu = most(rows, (s) => s.cpu, formatPercent);
        const pending = most(rows, (s) => s.poolPending, formatCount);
        const heap = most(rows, (s) => s.heapUsedRatio, formatPercent);
        return {
            kind: 'none',
            line: `none on the server (CPU ${cpu}, DB pool pending ${pending}, heap ${heap}): look at the network, Redis or the load generator.`,
        };
    }
    const also = others.map((f) => `${NAMES[f.kind]} from ${rows[f.from]?.stage.stage.label ?? '?'}`);
    return {
        kind: primary.kind,
        line: `${primary.line(p95Rise(rows, primary.from))}${also.length > 0 ? ` Also saturated: ${also.join(', ')}.` : ''}`,
    };
}

;// CONCATENATED MODULE: ./src/metrics/server-metrics.ts
/**
 * From Prometheus's series to the template's server rows: each figure's points cut at the
 * stage boundaries and reduced to one number per stage (mean CPU, highest pool and heap
 * figures, counter increases for GC). Pure.
 */



/** Each stage's absolute window; stage offsets count from the scenario's start. */
function stageWindows(result) {
    const base = Date.parse(result.scenarioStartTime);
    if (!Number.isFinite(base))
        return [];
    return result.stages.map((s) => ({
        stageIndex: s.stage.index,
        startMs: base + s.stage.startMs,
        endMs: base + s.stage.endMs,
    }));
}
/** The whole run's window: first stage start to last stage end, or first to last sample without stages. */
function runWindow(result) {
    const windows = stageWindows(result);
    if (windows.length > 0)
        return { fromMs: -largest(windows.map((w) => -w.startMs)), toMs: largest(windows.map((w) => w.endMs)) };
    const fromMs = Date.parse(result.startTime);
    const toMs = Date.parse(result.endTime);
    return Number.isFinite(fromMs) && Number.isFinite(toMs) ? { fromMs, toMs } : null;
}
/**
 * A point at time t describes the scrape just before t, so a stage owns the points in
 * (start, end]: the point at its start still tells about the stage before.
 */
function within(points, window) {
    return points.filter(([t]) => t > window.startMs && t <= window.endMs).map(([, v]) => v);
}
/** A counter's growth over the window, counting a drop as a restart from zero. Null without two points. */
function increase(points, window) {
    const before = points.filter(([t]) => t <= window.startMs).at(-1);
    const values = [...(before ? [before[1]] : []), ...within(points, window)];
    if (values.length < 2)
        return null;
    let total = 0;
    for (let i = 1; i < values.length; i++) {
        const previous = values[i - 1] ?? 0;
        const current = values[i] ?? 0;
        total += current >= previous ? current - previous : current;
    }
    return total;
}
/** One number for the stage from every series the query returned (an un-aggregated override may give several). */
function reduceFigure(figure, series, window) {
    const reduction = SERVER_INPUTS[figure].reduction;
    if (reduction === 'increase') {
        const increases = series.map((s) => increase(s.points, window)).filter((v) => v !== null);
        return increases.length === 0 ? null : increases.reduce((a, b) => a + b, 0);
    }
    const values = series.flatMap((s) => within(s.points, window));
    if (values.length === 0)
        return null;
    return reduction === 'mean' ? values.reduce((a, b) => a + b, 0) / values.length : largest(values);
}
/** The server rows per stage; an input Prometheus did not answer is null in every stage. */
function stageServerMetrics(windows, series) {
    return windows.map((window) => {
        const stage = {
            stageIndex: window.stageIndex,
            cpu: null,
            poolPending: null,
            poolActiveMax: null,
            heapUsedRatio: null,
        };
        for (const input of SERVER_INPUT_KEYS) {
            const row = SERVER_INPUTS[input];
            const value = reduceFigure(input, series[input] ?? [], window);
            stage[row.field] = value === null || row.scale === undefined ? value : value * row.scale;
        }
        return stage;
    });
}
/** True when no stage has any figure: nothing worth a row. */
function noServerFigures(stages) {
    return stages.every((s) => SERVER_INPUT_KEYS.every((input) => s[SERVER_INPUTS[input].field] == null));
}

;// CONCATENATED MODULE: ./src/metrics/collect.ts
/**
 * The one call the pipeline makes after the run: ask Prometheus for every server figure over
 * the run's window, cut them per stage and name the bottleneck. Never throws: whatever goes
 * wrong is a warning and an empty cell.
 */




/** At most this many points per series, and never coarser than the scrape can matter (1 s). */
const MAX_POINTS = 2_000;
/** Step of the range query: 1 s for runs up to ~33 min, coarser beyond so the answer stays small. */
function rangeStepSeconds(durationMs) {
    return Math.max(1, Math.ceil(durationMs / 1000 / MAX_POINTS));
}
async function collectServerMetrics(request, deps = {}) {
    const warnings = [];
    const windows = stageWindows(request.result);
    const range = runWindow(request.result);
    if (windows.length === 0 || range === null) {
        return {
            serverStages: null,
            bottleneck: null,
            warnings: ['Server metrics: the run has no stages to measure, so Prometheus was not asked.'],
        };
    }
    const queryRange = deps.queryRange ??
        prometheusClient({
            url: request.prometheusUrl,
            authHeader: request.authHeader,
            timeoutMs: deps.timeoutMs,
            requestTimeoutMs: deps.requestTimeoutMs,
            budgetMs: deps.budgetMs,
            maxBytes: deps.maxBytes,
        });
    const queries = resolveQueries(request.queries);
    const stepSeconds = rangeStepSeconds(range.toMs - range.fromMs);
    const series = {};
    for (const [i, figure] of SERVER_INPUT_KEYS.entries()) {
        const label = SERVER_INPUTS[figure].label;
        const answer = await queryRange({ query: queries[figure], startMs: range.fromMs, endMs: range.toMs, stepSeconds });
        if (!answer.ok) {
            warnings.push(`Server metrics: ${label} left empty: ${answer.problem}.`);
            if (answer.unreachable) {
                const skipped = SERVER_INPUT_KEYS.slice(i + 1).map((f) => SERVER_INPUTS[f].label);
                if (skipped.length > 0)
                    warnings.push(`Server metrics: did not ask for ${skipped.join(', ')} either: the first failure says why.`);
                break;
            }
            continue;
        }
        if (answer.series.every((s) => s.points.length === 0)) {
            warnings.push(`Server metrics: Prometheus at ${displayUrl(request.prometheusUrl)} has no ${label} data for the run (query \`${queries[figure]}\`): is the app's /actuator/prometheus scraped, or does serverMetrics.queries.${figure} need another query?`);
            continue;
        }
        series[figure] = answer.series;
    }
    const serverStages = stageServerMetrics(windows, series);
    if (noServerFigures(serverStages))
        return { serverStages: null, bottleneck: null, warnings };
    return { serverStages, bottleneck: findBottleneck(request.result.stages, serverStages)?.line ?? null, warnings };
}

;// CONCATENATED MODULE: ./src/metrics/grafana.ts
/** The Grafana dashboard link for the run's exact window. Pure. */
/**
 * `grafanaUrl` with `from`/`to` (epoch ms, Grafana's absolute range) set to the window. Other
 * query parameters and the fragment are kept byte for byte (re-encoding could break `var-` values);
 * an existing from/to is replaced. Null when the URL is not http(s).
 */
function grafanaDashboardUrl(grafanaUrl, window) {
    const url = grafanaUrl.trim();
    if (!/^https?:\/\/[^/?#\s]+/i.test(url))
        return null;
    const hashAt = url.indexOf('#');
    const hash = hashAt === -1 ? '' : url.slice(hashAt);
    const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
    const queryAt = beforeHash.indexOf('?');
    const path = queryAt === -1 ? beforeHash : beforeHash.slice(0, queryAt);
    const kept = (queryAt === -1 ? '' : beforeHash.slice(queryAt + 1))
        .split('&')
        .filter((pair) => pair !== '' && !/^(from|to)(=|$)/.test(pair));
    const range = [`from=${Math.floor(window.fromMs)}`, `to=${Math.ceil(window.toMs)}`];
    return `${path}?${[...kept, ...range].join('&')}${hash}`;
}

;// CONCATENATED MODULE: ./src/metrics/server-view.ts



/** Server figures for the report and the judge; nothing at all when no Prometheus is configured. */
async function serverView(sources, result, queries, warn) {
    const window = runWindow(result);
    const dashboardUrl = sources.grafanaUrl && window ? grafanaDashboardUrl(sources.grafanaUrl, window) : null;
    if (sources.prometheus === null)
        return { serverStages: null, bottleneck: null, dashboardUrl };
    const collected = await collectServerMetrics({
        prometheusUrl: sources.prometheus.url,
        authHeader: sources.prometheus.authHeader,
        queries,
        result,
    });
    for (const warning of collected.warnings)
        warn(warning);
    return { serverStages: collected.serverStages, bottleneck: collected.bottleneck, dashboardUrl };
}

// EXTERNAL MODULE: ./src/results/tag-totals.ts
var tag_totals = __webpack_require__(30028);
;// CONCATENATED MODULE: ./src/results/instances.ts
/**
 * What each k6 instance of a merged run shows on its own, before the merge hides it: how long
 * its own load ran (one instance stopped early leaves a merged run that looks whole, since the
 * others cover the same time), and what its content is (the same file given twice, by a copy,
 * a symlink or two globs, would count every request twice).
 */


/** Each instance's own load span. */
function instanceLoads(instances) {
    return instances.map(({ file, record }) => ({ file, loadMs: ownLoadMs(record) }));
}
function ownLoadMs(record) {
    const totals = (0,tag_totals/* tagTotals */.w)(record);
    let last = -Infinity;
    record.tags.all.forEach((tags, id) => {
        if (tags.phase === 'load' && totals.lastDurationMs[id] > last)
            last = totals.lastDurationMs[id];
    });
    return last === -Infinity ? null : last - record.scenarioStartMs();
}
/** Request rows compared: two instances of one test never share this many rows' times and durations. */
const FINGERPRINT_ROWS = 64;
/**
 * What identifies an instance's samples: its count of request rows, its first and last times,
 * and the times and durations of its first rows. Distinct k6 instances send distinct requests,
 * so they differ here; the same file read twice does not.
 */
function contentFingerprint(record) {
    const rows = [];
    for (const block of record.requests.blocks) {
        for (let i = 0; i < block.length && rows.length < FINGERPRINT_ROWS * 2; i++) {
            rows.push(block.time[i], block.duration[i]);
        }
        if (rows.length >= FINGERPRINT_ROWS * 2)
            break;
    }
    return JSON.stringify([record.requests.length, record.firstMs, record.lastMs, rows]);
}
/** Refuses the same content given more than once, naming every file that repeats an earlier one. */
function checkDistinctInstances(instances) {
    const firstWith = new Map();
    const repeats = [];
    for (const { file, record } of instances) {
        const key = contentFingerprint(record);
        const earlier = firstWith.get(key);
        if (earlier === undefined)
            firstWith.set(key, file);
        else
            repeats.push(`${file} (the same samples as ${earlier})`);
    }
    if (repeats.length === 0)
        return;
    throw new analyze/* AnalysisError */.L6(repeats.join(', '), 'holds the same samples as another file given: a copy, a symlink or a second glob match of one segment would count its requests twice; give each segment file once');
}

// EXTERNAL MODULE: ./src/results/run-record.ts
var run_record = __webpack_require__(10669);
;// CONCATENATED MODULE: ./src/results/merge.ts
/**
 * Several k6 instances' records (one test split by execution segments) merged into one, as if
 * one k6 had sent all the load: every request row and its duration is kept, so percentiles
 * stay exact. Each instance's times are shifted so that its load starts with the earliest
 * instance's: stage windows count from each instance's own start. VU readings are summed.
 */

function mergeRecords(instances) {
    const startOf = instances.map(({ record }) => record.scenarioStartMs());
    const known = startOf.filter((t) => !Number.isNaN(t));
    const origin = known.length > 0 ? Math.min(...known) : Number.NaN;
    const shiftOf = startOf.map((t) => (Number.isNaN(t) ? 0 : origin - t));
    const merged = new run_record/* RunRecord */.d3();
    instances.forEach(({ record }, k) => appendRecord(merged, record, shiftOf[k]));
    merged.vus.length = 0;
    sumVuReadings(merged.vus, instances.map(({ record }) => record.vus), shiftOf);
    const starts = instances.map(({ file }, k) => ({
        file,
        scenarioStartTime: Number.isNaN(startOf[k]) ? '' : new Date(startOf[k]).toISOString(),
        skewMs: Number.isNaN(startOf[k]) ? 0 : startOf[k] - origin,
    }));
    return { merged, starts };
}
function appendRecord(merged, record, shift) {
    const tagIds = record.tags.all.map((tags) => merged.tags.adopt(tags));
    for (const name of ['scenario', 'profile']) {
        for (const value of record.tags.labels[name])
            merged.tags.labels[name].add(value);
    }
    for (const block of record.requests.blocks) {
        for (let i = 0; i < block.length; i++) {
            merged.requests.addRow(block.time[i] + shift, tagIds[block.tag[i]], block.count[i], block.duration[i], block.failed[i]);
        }
    }
    merged.iterations += record.iterations;
    merged.droppedIterations += record.droppedIterations;
    merged.checkPasses += record.checkPasses;
    merged.checkFails += record.checkFails;
    merged.badValues += record.badValues;
    merged.badLoadValues += record.badLoadValues;
    if (!Number.isNaN(record.firstMs))
        merged.sawTime(record.firstMs + shift);
    if (!Number.isNaN(record.lastMs))
        merged.sawTime(record.lastMs + shift);
    merged.firstScenarioRequestMs = earliest(merged.firstScenarioRequestMs, record.firstScenarioRequestMs + shift);
    merged.setupEndMs = earliest(merged.setupEndMs, record.setupEndMs + shift);
}
function earliest(a, b) {
    if (Number.isNaN(a))
        return b;
    if (Number.isNaN(b))
        return a;
    return Math.min(a, b);
}
/**
 * The VUs of all instances at once: at each time any instance read its gauge, the sum of every
 * instance's latest reading (0 before its first). Readings at the same time count together.
 */
function sumVuReadings(into, readings, shiftOf) {
    const events = [];
    readings.forEach((vus, k) => {
        for (let i = 0; i < vus.length; i++) {
            events.push({
                time: vus.time[i] + shiftOf[k],
                instance: k,
                value: vus.value[i],
            });
        }
    });
    events.sort((a, b) => a.time - b.time);
    const current = new Float64Array(readings.length);
    let sum = 0;
    for (let e = 0; e < events.length; e++) {
        const event = events[e];
        sum += event.value - current[event.instance];
        current[event.instance] = event.value;
        const next = events[e + 1];
        if (next === undefined || next.time !== event.time)
            into.push(event.time, sum);
    }
}

// EXTERNAL MODULE: ./src/results/summarize.ts + 4 modules
var summarize = __webpack_require__(91372);
;// CONCATENATED MODULE: ./src/results/analyze-files.ts
/**
 * Several k6 results files (one test split over a job matrix, or k6-operator's runner pods)
 * judged as one run: each file read into its own record, checked to come from the same test,
 * merged (merge.ts) and summarised once. One file is analyzeFile as ever.
 */





async function analyzeFiles(files, options = {}) {
    if (files.length === 1)
        return (0,analyze/* analyzeFile */.xy)(files[0], options);
    const instances = [];
    let cut = null;
    for (const file of files) {
        const read = await (0,analyze/* recordFile */.mR)(file);
        if (read.record.requests.length === 0)
            throw new analyze/* AnalysisError */.L6(file, 'holds no HTTP request at all: every segment file must be a k6 run that sent load');
        cut ??= read.cut;
        instances.push({ file, record: read.record });
    }
    checkDistinctInstances(instances);
    checkOneTest(instances);
    const loads = instanceLoads(instances);
    const { merged, starts } = mergeRecords(instances);
    const name = runName(files);
    const summary = (0,summarize/* summarize */.eh)(merged, { file: name, cut, ...options, instances: loads });
    return { ...(0,analyze/* judgeable */.WU)(name, summary, options.k6Exit), instances: starts };
}
/** The test a file ran, from what its samples carry: k6's `scenario` tag and our `profile` tag. */
function testSignature(record) {
    const scenarios = [...record.tags.labels.scenario].sort().join('+') || '(no scenario tag)';
    const profiles = [...record.tags.labels.profile].sort().join('+');
    return profiles === '' ? `scenario ${scenarios}` : `scenario ${scenarios}, profile ${profiles}`;
}
/** Refuses files from different tests, naming the odd ones out (those apart from the most common test). */
function checkOneTest(instances) {
    const signatures = instances.map(({ record }) => testSignature(record));
    const counts = new Map();
    for (const s of signatures)
        counts.set(s, (counts.get(s) ?? 0) + 1);
    if (counts.size <= 1)
        return;
    const common = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    const odd = instances
        .map(({ file }, k) => ({ file, signature: signatures[k] }))
        .filter(({ signature }) => signature !== common);
    throw new analyze/* AnalysisError */.L6(odd.map(({ file }) => file).join(', '), `ran ${[...new Set(odd.map((o) => o.signature))].join(' / ')}, the other files ran ${common}: judge together only the segment files of one test (same scenario and profile); remove the odd ones from results-file`);
}
/** How the merged run is named in the report: the folder and the files' names. */
function runName(files) {
    const names = files.map((f) => external_node_path_default().basename(f));
    const shown = names.length > 4 ? [...names.slice(0, 3), `… ${names.length - 3} more`] : names;
    return external_node_path_default().join(external_node_path_default().dirname(files[0]), `${files.length} files (${shown.join(', ')})`);
}

;// CONCATENATED MODULE: ./src/gate/judge-run.ts











/** min-change of a duet when the config gives none (DUET_MIN_CHANGE of config/duet-inputs.ts). */
const DUET_MIN_CHANGE_VALUE = 0.05;
/**
 * How each run is judged: the next k6 run's results, or in results-file mode the given files
 * (expanded once, each held to the workspace like a single one).
 */
async function judgeRuns(config, thresholds, runK6, environment, warn) {
    const stagePlan = stagePlanOf(config);
    const resultsFiles = runK6 ? [] : await givenResultsFiles(config, environment);
    return async () => judgeRun({ ...config, resultsFiles }, thresholds, runK6 ? await runK6() : null, stagePlan, warn);
}
/** The stage plan a bundled scenario's results are read with; a custom script's come from its tags. */
function stagePlanOf(config) {
    return config.scenario.kind === 'custom' ? undefined : (0,options/* stagePlanFor */.$z)(config.scenario.kind, config.profile);
}
async function givenResultsFiles(config, env) {
    const files = await expandResultsFiles(config.resultsFiles ?? [], env.cwd);
    if (!config.allowPathsOutsideWorkspace)
        for (const file of files)
            confinePath('results-file', file, [env.cwd, env.tempDir]);
    return files;
}
async function judgeRun(config, thresholds, k6, stagePlan, warn) {
    const files = k6 ? [k6.run.resultsPath] : config.resultsFiles;
    // A duet recording (both targets tagged): head's part is the run the report and limits read.
    const duet = config.workDir === undefined ? null : await openDuetRecording(files, config.workDir);
    const result = await analyzeFiles(duet ? [duet.headFile] : files, {
        stagePlan,
        planOf: options/* taggedStagePlan */.sE,
        k6Exit: k6?.run.exit ?? null,
    });
    const server = await serverView(config, result, thresholds.serverMetrics.queries, warn);
    const loadGenerator = k6 === null ? null : loadGeneratorOf(k6.run, result);
    const run = { result, server, loadGenerator };
    const verdict = duet
        ? withPaired(judgeAgainst(run, absoluteLimitsOnly(thresholds)), judgePaired(duet.samples, thresholds.checks, { minChange: config.pairedMinChange ?? DUET_MIN_CHANGE_VALUE }))
        : judgeAgainst(run, thresholds);
    return { k6, result, server, verdict, loadGenerator };
}
/**
 * The verdict on an analysed run: the thresholds' judgement, made inconclusive when the runner
 * was saturated. Used again by composeVerdict when history stands in for the static baselines.
 */
function judgeAgainst(run, thresholds) {
    const verdict = judge(run.result, thresholds, run.server.serverStages);
    const health = run.loadGenerator?.health;
    return health?.status === 'overloaded' ? markInconclusive(verdict, saturationSentence(health)) : verdict;
}
function loadGeneratorOf(run, result) {
    const loadStartMs = Date.parse(result.scenarioStartTime);
    const health = assessRunner(run.runner.readings, {
        k6StartMs: run.runner.k6StartMs,
        k6EndMs: run.runner.k6EndMs,
        loadStartMs: Number.isFinite(loadStartMs) ? loadStartMs : null,
    });
    return { health, insufficientVus: run.insufficientVus, droppedIterations: result.overall.droppedIterations };
}

;// CONCATENATED MODULE: ./src/gate/as-tagged.ts




async function judgedAsTagged(gate, judged) {
    const { config, thresholds, first } = await scenarioAsTagged(gate, judged);
    checkScenarioTag(config, first.result.described);
    return { config, thresholds, first, profile: settleProfile(config, first.result.described) };
}
/** The config with the profile the requests are tagged with. */
const withProfile = (config, profile) => ({ ...config, profile });
/** What history is given of the tagged run: history is kept per scenario and profile as tagged. */
function historyInput(tagged, io, event) {
    const { first } = tagged;
    return {
        io,
        event,
        config: withProfile(tagged.config, tagged.profile),
        result: first.result,
        thresholds: tagged.thresholds,
        k6: first.k6,
        loadGenerator: first.loadGenerator?.health.status ?? null,
        duet: Boolean(first.verdict.paired),
    };
}
/**
 * A results file judged as the scenario its requests are tagged with when the scenario input was
 * left empty (settleScenario): read again with that scenario's stage plan, against its bundled
 * thresholds. Only results-file mode gets here with another scenario: k6 ran the one configured.
 */
async function scenarioAsTagged(gate, first) {
    const config = settleScenario(gate.config, first.result.described);
    if (config === gate.config || first.k6 !== null)
        return { config: gate.config, thresholds: gate.thresholds, first };
    const thresholds = await loadThresholds(config.thresholdsPath);
    checkBundledScopes(config, thresholds);
    const judgeAgain = await judgeRuns(config, thresholds, null, gate.environment, gate.io.warning);
    return { config, thresholds, first: await judgeAgain() };
}

;// CONCATENATED MODULE: ./src/gate/confirm.ts
/**
 * Confirm before failing: when a latency row, the file's or history's, failed or could not tell
 * on a healthy run (judge/compose.ts asksConfirmation), the scenario runs once more. This step
 * only runs it; composeVerdict (verdict.ts) lets a row fail only when it failed in both runs.
 * Results-file mode has nothing to re-run and says so; a re-run that k6 or the target cut short
 * clears nothing.
 */


async function confirmRun(settings) {
    if (!settings.enabled || settings.asking.length === 0)
        return { kind: 'not-needed' };
    if (settings.rerun === null) {
        const reason = 'results-file mode cannot re-run the scenario, so this latency failure was not confirmed by a second run';
        return { kind: 'not-rerun', reason };
    }
    settings.info(`Latency check failed or could not tell (${settings.asking.join(', ')}): running the scenario once more to confirm`);
    try {
        return { kind: 'rerun', second: await settings.rerun() };
    }
    catch (error) {
        // k6 gave no results or the target went down: the first run's verdict stands.
        if (error instanceof K6RunError || error instanceof TargetDownError)
            return { kind: 'failed', reason: error.message };
        throw error;
    }
}
/** The run the report and the history describe: the confirmation run when there was one. */
function lastRun(first, confirmation) {
    return confirmation.kind === 'rerun' ? confirmation.second : first;
}

;// CONCATENATED MODULE: ./src/gate/outputs.ts



/** Writes the machine-readable report into workDir and sets the step's outputs from the same figures. */
async function writeOutputs(io, workDir, outcome) {
    const reportPath = external_node_path_default().join(workDir, 'perf-gate-report.json');
    await (0,promises_.mkdir)(workDir, { recursive: true });
    await (0,promises_.writeFile)(reportPath, JSON.stringify(machineReport(outcome), null, 2) + '\n');
    const { overall } = outcome.result;
    const values = {
        verdict: outcome.verdict.status,
        'p95-ms': overall.duration ? String(overall.duration.p95) : '',
        'p99-ms': overall.duration ? String(overall.duration.p99) : '',
        // A load that made no request measured no rate: empty, not a reassuring 0.
        'error-rate': overall.requests > 0 ? String(overall.errorRate) : '',
        rps: overall.requests > 0 ? String(overall.rps) : '',
        'report-json': reportPath,
        'comment-url': outcome.commentUrl ?? '',
        'load-generator': outcome.loadGenerator?.health.status ?? '',
        'results-file': outcome.resultsFile,
        'results-file-2': outcome.confirmationResultsFile ?? '',
        baseline: outcome.baseline ?? 'thresholds-file',
    };
    setOutputs(io, values);
}
/** Versioned so downstream tools can rely on the shape. */
function machineReport(outcome) {
    return {
        schemaVersion: 1,
        verdict: outcome.verdict,
        context: outcome.context,
        result: outcome.result,
        commentUrl: outcome.commentUrl,
        loadGenerator: outcome.loadGenerator ?? null,
    };
}

;// CONCATENATED MODULE: ./src/judge/step.ts
/** Whether the verdict fails the step, given `fail-on`, with a one-line reason for the log. */


/** "p95 (enqueue) 3,410 ms > 3,000 ms", "p99 4,900 ms, limit 5,000 ms inside its 95% interval". */
function describeCheck(check) {
    if (check.value === null)
        return `${check.name} not measured`;
    // Judged on a relative change: that change against its fail point, as the report shows it.
    if (check.judgedOn) {
        return `${check.name} ${formatJudgedChange(check.judgedOn)} (fails past ${formatJudgedFailPoint(check.judgedOn)})`;
    }
    const value = formatFigure(check.figure, check.value);
    if (check.limit === null)
        return `${check.name} ${value}`;
    const limit = formatFigure(check.figure, check.limit);
    const worse = lowerIsWorse(check.figure);
    const past = worse ? check.value < check.limit : check.value > check.limit;
    const certain = check.interval === null || (worse ? check.interval.high < check.limit : check.interval.low > check.limit);
    if (certain && past)
        return `${check.name} ${value} ${worse ? '<' : '>'} ${limit}`;
    return `${check.name} ${value}, limit ${limit} inside its 95% interval`;
}
const step_plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function step_listed(checks) {
    return checks.map(describeCheck).join('; ');
}
function stepFails(verdict, failOn) {
    const failed = verdict.checks.filter((c) => c.status === 'fail');
    const warned = verdict.checks.filter((c) => c.status === 'warn');
    const parts = [];
    if (failed.length > 0)
        parts.push(`${step_plural(failed.length, 'check')} failed: ${step_listed(failed)}`);
    if (warned.length > 0) {
        const count = failed.length > 0 ? String(warned.length) : step_plural(warned.length, 'check');
        parts.push(`${count} warned: ${step_listed(warned)}`);
    }
    const missing = verdict.missingEvidence ?? null;
    if (missing !== null)
        parts.unshift(missing.message);
    const summary = parts.length > 0 ? parts.join('. ') : `all ${step_plural(verdict.checks.length, 'check')} passed`;
    // No load samples at all is no run to judge: an error whatever fail-on says.
    if (missing?.fatal)
        return { fails: true, reason: `no verdict without evidence: ${summary}` };
    const warnings = warned.length + (missing === null ? 0 : 1);
    switch (failOn) {
        case 'never':
            return { fails: false, reason: `fail-on is never; ${summary}` };
        case 'warn':
            return { fails: failed.length + warnings > 0, reason: summary };
        case 'fail':
            if (failed.length > 0)
                return { fails: true, reason: summary };
            return { fails: false, reason: warnings > 0 ? `no check failed; ${summary}` : summary };
    }
}

;// CONCATENATED MODULE: ./src/gate/settle.ts

function settleStep(io, verdict, failOn) {
    const exit = stepFails(verdict, failOn);
    if (exit.fails)
        io.setFailed(exit.reason);
    else
        io.info(`perf-gate verdict: ${verdict.status}. ${exit.reason}`);
}

;// CONCATENATED MODULE: ./src/gate/deliver.ts





async function deliverVerdict({ io, event, environment, tagged, first, judged, verdict, history }) {
    const { config, profile, thresholds } = tagged;
    const { result, k6, loadGenerator } = judged;
    const context = runContext(withProfile(config, profile), k6, result, {
        commit: event.commit,
        workspace: environment.cwd,
        baselineEnvironment: thresholds.baseline?.environment ?? null,
    });
    const commentUrl = await publishVerdict(io, config, event, { judged, verdict, context, history: history.report });
    // Each run keeps its own results file: the first (or only) run's, and the confirmation run's.
    const resultsFile = first.k6?.run.resultsPath ?? config.resultsFile ?? '';
    const confirmationResultsFile = judged === first ? null : (k6?.run.resultsPath ?? null);
    await writeOutputs(io, config.workDir, {
        result,
        verdict,
        context,
        commentUrl,
        loadGenerator,
        resultsFile,
        confirmationResultsFile,
        baseline: verdict.paired ? 'paired' : history.baseline,
    });
    settleStep(io, verdict, config.failOn);
}

;// CONCATENATED MODULE: ./src/history/build.ts
/**
 * Builds a history entry from an analysed run. It keeps to RunResult's public fields: p95/p99
 * carry their within-run intervals (p95Ci/p99Ci); p50 (k6's `med`), error rate and rps have no
 * interval in RunResult today, so theirs are recorded as null.
 */

/** sha256 of the host: runs against one target match without the history revealing it. */
function targetHash(target) {
    if (target === null || target === '')
        return null;
    // A bare "host:port" would parse as a URL with scheme "host:", so only "scheme://" is a URL here.
    const host = target.includes('://') ? new URL(target).host : target;
    return (0,external_node_crypto_.createHash)('sha256').update(host.toLowerCase()).digest('hex');
}
const bare = (value) => ({ value, low: null, high: null });
function figureSet(stats) {
    const d = stats.duration;
    return {
        requests: stats.requests,
        p50: d ? bare(d.med) : null,
        p95: d ? { value: d.p95, low: d.p95Ci.low, high: d.p95Ci.high } : null,
        p99: d ? { value: d.p99, low: d.p99Ci.low, high: d.p99Ci.high } : null,
        errorRate: bare(stats.errorRate),
        rps: bare(stats.rps),
    };
}
function historyEntryFrom(result, facts) {
    return {
        commit: facts.commit,
        branch: facts.branch,
        time: facts.time,
        scenario: facts.scenario,
        profile: facts.profile,
        k6Version: facts.k6Version,
        runner: { ...facts.runner },
        targetHash: targetHash(facts.target),
        loadGenerator: facts.loadGenerator,
        figures: {
            // The load's figures (RunResult.overall): setup()'s logins would otherwise decide the tail.
            overall: figureSet(result.overall),
            // setup() and teardown() requests (logins, cancels) are not the load the gate judges.
            endpoints: result.endpoints
                .filter((e) => e.phase === 'load')
                .map((e) => ({ name: e.name, method: e.method, ...figureSet(e) })),
            stages: result.stages.map((s) => ({ index: s.stage.index, label: s.stage.label, ...figureSet(s) })),
        },
        ...(result.loadBlocks ? { loadBlocks: compactBlocks(result.loadBlocks) } : {}),
    };
}
/**
 * The blocks as an entry keeps them: whole ms and ln p95 to 4 decimals (0.01% of a p95, far under
 * any block's own noise), so a 5-minute run's 50 blocks stay about 2 KB.
 */
function compactBlocks(blocks) {
    const round = (x) => Math.round(x * 1e4) / 1e4;
    return {
        startMs: blocks.startMs.map(Math.round),
        endMs: blocks.endMs.map(Math.round),
        stage: [...blocks.stage],
        requests: [...blocks.requests],
        logP95: blocks.logP95.map((x) => (x === null ? null : round(x))),
    };
}

;// CONCATENATED MODULE: ./src/history/pooled.ts
const geometric = (a, b) => a === null || b === null ? null : a > 0 && b > 0 ? Math.sqrt(a * b) : (a + b) / 2;
function logMean(a, b) {
    if (a === null || b === null)
        return a ?? b;
    return { value: geometric(a.value, b.value), low: geometric(a.low, b.low), high: geometric(a.high, b.high) };
}
function pooledSet(a, b) {
    const requests = a.requests + b.requests;
    const share = (x, y) => (requests === 0 ? (x + y) / 2 : (x * a.requests + y * b.requests) / requests);
    return {
        ...a,
        requests,
        p50: logMean(a.p50, b.p50),
        p95: logMean(a.p95, b.p95),
        p99: logMean(a.p99, b.p99),
        errorRate: { value: share(a.errorRate.value, b.errorRate.value), low: null, high: null },
        rps: logMean(a.rps, b.rps),
    };
}
/** The first run's entry with every figure pooled with the confirmation run's; scopes only one run has keep the first's. */
function pooledEntry(first, second) {
    const { overall, endpoints, stages } = second.figures;
    return {
        ...first,
        figures: {
            overall: pooledSet(first.figures.overall, overall),
            endpoints: first.figures.endpoints.map((e) => {
                const other = endpoints.find((o) => o.name === e.name && o.method === e.method);
                return other ? pooledSet(e, other) : e;
            }),
            stages: first.figures.stages.map((s) => {
                const other = stages.find((o) => o.index === s.index && o.label === s.label);
                return other ? pooledSet(s, other) : s;
            }),
        },
    };
}

;// CONCATENATED MODULE: ./src/history/event.ts
/**
 * Whether this run records or compares, read from the triggering event: the default branch's
 * push, schedule and workflow_dispatch runs record; a pull request compares with its base branch.
 */

const RECORDING_EVENTS = ['push', 'schedule', 'workflow_dispatch'];
const event_text = (value) => (typeof value === 'string' && value !== '' ? value : null);
function historyEventFacts(env, eventText) {
    let payload = null;
    try {
        payload = eventText === null ? null : JSON.parse(eventText);
    }
    catch {
        // An unreadable event only costs the plan its branch names; publishing reports it.
    }
    const pr = (0,is_record/* isRecord */.u)(payload) && (0,is_record/* isRecord */.u)(payload['pull_request']) ? payload['pull_request'] : null;
    const repository = (0,is_record/* isRecord */.u)(payload) && (0,is_record/* isRecord */.u)(payload['repository']) ? payload['repository'] : null;
    const ref = (side) => (pr && (0,is_record/* isRecord */.u)(pr[side]) ? event_text(pr[side]['ref']) : null);
    return {
        eventName: event_text(env['GITHUB_EVENT_NAME']),
        branch: ref('head') ?? event_text(env['GITHUB_HEAD_REF']) ?? event_text(env['GITHUB_REF_NAME']),
        defaultBranch: repository ? event_text(repository['default_branch']) : null,
        baseRef: ref('base') ?? event_text(env['GITHUB_BASE_REF']),
    };
}
/** What `mode` means for this event: an `auto` run off the default branch compares with it; outside Actions it records. */
function historyPlan(mode, facts) {
    const onDefault = facts.branch !== null && facts.branch === facts.defaultBranch;
    // Outside GitHub Actions (a terminal) there is no pull request to compare for: each run is
    // recorded, and compared with the earlier ones, as a person keeping a local file expects.
    const terminal = facts.eventName === null;
    const records = mode === 'record' ||
        (mode === 'auto' && (terminal || (onDefault && RECORDING_EVENTS.includes(facts.eventName ?? ''))));
    // A recording run is still compared with its own branch's earlier runs, so main sees its trend too.
    if (records)
        return { mode: 'record', branch: facts.branch ?? 'local' };
    return { mode: 'compare', baseBranch: facts.baseRef ?? facts.defaultBranch };
}
/** What a terminal user is told `auto` did; null where `auto` means what the README's workflow says. */
function terminalAutoNote(mode, facts, where) {
    if (mode !== 'auto' || facts.eventName !== null)
        return null;
    return `History: outside GitHub Actions, history-mode auto compares this run with the earlier runs in ${where} and records it there (--history-mode compare only compares).`;
}

;// CONCATENATED MODULE: ./src/history/entry.ts
/**
 * One history entry: the compact record of a judged run that later runs are compared with.
 * A few KB at most: figures and their within-run intervals, never raw samples. The zod schema
 * is the one source of the format; thresholds/history.schema.json is generated from it.
 */

const LOAD_GENERATOR_HEALTH = ['ok', 'overloaded', 'unknown'];
// zod 4's number() already refuses Infinity and NaN; each figure is also held to what a run can
// measure, so a hand-edited or damaged entry is refused instead of failing every later run.
/** A day: no HTTP request k6 times lasts longer (1e308 ms would print as 300 digits). */
const MAX_LATENCY_MS = 86_400_000;
/** No HTTP round trip, even on loopback, is faster (the recordings' fastest is ~0.1 ms). */
const MIN_LATENCY_MS = 0.01;
/** Far beyond what one k6 run can send. */
const MAX_RPS = 10_000_000;
function estimate(figure, bound) {
    return schemas/* strictObject */.rej({
        value: figure.describe('The figure as the run measured it.'),
        low: bound.nullable().describe("Low end of the figure's 95% within-run interval; null when unknown."),
        high: bound.nullable().describe("High end of the figure's 95% within-run interval; null when unknown."),
    })
        .describe('A figure and how sure its own run was of it.');
}
const latencyEstimate = estimate(schemas/* number */.aig().min(MIN_LATENCY_MS).max(MAX_LATENCY_MS), schemas/* number */.aig().min(0).max(MAX_LATENCY_MS));
const shareEstimate = estimate(schemas/* number */.aig().min(0).max(1), schemas/* number */.aig().min(0).max(1));
const rateEstimate = estimate(schemas/* number */.aig().min(0).max(MAX_RPS), schemas/* number */.aig().min(0).max(MAX_RPS));
const estimateSchema = schemas/* strictObject */.rej({
    value: schemas/* number */.aig(),
    low: schemas/* number */.aig().nullable(),
    high: schemas/* number */.aig().nullable(),
})
    .describe('A figure and how sure its own run was of it.');
const figureSetSchema = schemas/* strictObject */.rej({
    requests: schemas/* number */.aig().int().nonnegative().describe('Requests the figures rest on.'),
    p50: latencyEstimate.nullable().describe('Median http_req_duration in ms; null without requests.'),
    p95: latencyEstimate.nullable().describe('p95 of http_req_duration in ms; null without requests.'),
    p99: latencyEstimate.nullable().describe('p99 of http_req_duration in ms; null without requests.'),
    errorRate: shareEstimate.describe('Share of failed requests, 0 to 1.'),
    rps: rateEstimate.describe('Requests per second.'),
});
/** Far more detection blocks than any plan has (10 per stage). */
const MAX_BLOCKS = 1000;
const blockList = (item) => schemas/* array */.YOg(item).max(MAX_BLOCKS);
/**
 * The load's p95 per 5 s block of each planned stage (results/block-profile.ts), what the
 * block-robust p95 judgement compares with the base runs' same blocks. Optional: entries written
 * before it existed still load, and are judged by the band alone.
 */
const loadBlocksSchema = schemas/* strictObject */.rej({
    startMs: blockList(schemas/* number */.aig().min(0)).describe("Each block's start, ms from the load's start."),
    endMs: blockList(schemas/* number */.aig().min(0)).describe("Each block's end, ms from the load's start."),
    stage: blockList(schemas/* number */.aig().int().nonnegative()).describe('The planned stage each block lies in.'),
    requests: blockList(schemas/* number */.aig().int().nonnegative()).describe('Load requests in each block.'),
    logP95: blockList(schemas/* number */.aig().min(-20).max(20).nullable()).describe("ln of each block's p95 in ms; null for a block with too few requests for a p95."),
})
    .refine((b) => [b.endMs, b.stage, b.requests, b.logP95].every((a) => a.length === b.startMs.length), {
    message: 'every list of loadBlocks has one item per block',
})
    .describe("The load's p95 per 5 s block of each planned stage.");
/**
 * Entries recorded before the ramp-down had its name call a later stage down to 0 "VU 0" (or
 * "0/s" for an arrival-rate plan). Stages are matched by index and label, so such an entry is
 * read with the label this version gives that stage: the first comparison after an upgrade
 * still finds it, and the file is rewritten with the new label when the next run is recorded.
 */
function currentStageLabel(index, label) {
    return index > 0 && (label === 'VU 0' || label === '0/s') ? 'ramp-down' : label;
}
const historyEntrySchema = schemas/* strictObject */.rej({
    commit: schemas/* string */.YjP().min(1).describe('Commit SHA the run measured.'),
    branch: schemas/* string */.YjP().min(1).describe('Branch the run was made on, e.g. "main".'),
    time: iso/* datetime */.w$({ offset: true }).describe('ISO time the run started.'),
    scenario: schemas/* string */.YjP().min(1),
    profile: schemas/* string */.YjP().min(1),
    k6Version: schemas/* string */.YjP().min(1).describe('k6 version, e.g. "0.49.0".'),
    runner: schemas/* strictObject */.rej({
        os: schemas/* string */.YjP().min(1).describe("Node's os.platform(), e.g. linux."),
        arch: schemas/* string */.YjP().min(1).describe("Node's os.arch(), e.g. x64."),
        cpus: schemas/* number */.aig().int().positive(),
    }),
    targetHash: schemas/* string */.YjP()
        .regex(/^[0-9a-f]{64}$/)
        .nullable()
        .describe('sha256 (hex) of the target host, lower-cased, with its port; null when the run had no target.'),
    loadGenerator: schemas/* enum */.k5n(LOAD_GENERATOR_HEALTH)
        .describe('Health of the runner that generated the load; overloaded runs are kept but never used as baseline.'),
    figures: schemas/* strictObject */.rej({
        overall: figureSetSchema,
        endpoints: schemas/* array */.YOg(figureSetSchema.extend({ name: schemas/* string */.YjP().min(1), method: schemas/* string */.YjP().min(1) })),
        stages: schemas/* array */.YOg(figureSetSchema
            .extend({ index: schemas/* number */.aig().int().nonnegative(), label: schemas/* string */.YjP() })
            .transform((s) => ({ ...s, label: currentStageLabel(s.index, s.label) }))),
    }),
    loadBlocks: loadBlocksSchema.optional(),
});

;// CONCATENATED MODULE: ./src/history/file.ts
/**
 * The history file: a version and the entries, oldest first. Reading refuses anything that is
 * not exactly this format, naming the file and the repair, so a damaged file is never
 * overwritten with a fresh history that would silently drop the team's runs.
 */


const HISTORY_FILE_VERSION = 1;
const historyFileSchema = schemas/* strictObject */.rej({
    $schema: schemas/* string */.YjP().optional(),
    version: schemas/* literal */.euz(HISTORY_FILE_VERSION).describe('Format version of this file.'),
    entries: schemas/* array */.YOg(historyEntrySchema).describe('Recorded runs, oldest first.'),
});
/** A history file that exists but cannot be read as one. Its message names the file and the repair. */
class HistoryFileError extends Error {
    location;
    constructor(location, problem, repair) {
        super(`History file ${location}: ${problem}. It is left as it is; ${repair}`);
        this.location = location;
        this.name = 'HistoryFileError';
    }
}
function historyJsonSchema() {
    return z.toJSONSchema(historyFileSchema, { io: 'input' });
}
/**
 * Parses a history file's text. `location` names it in errors (a path, or branch:path);
 * `repair` says how to start afresh (delete the file, or the branch).
 */
function parseHistoryFile(text, location, repair) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        // JSON.parse's message quotes the text around the fault: never echo a file's content (it may be a secret).
        const message = error.message;
        const at = /position (\d+)/.exec(message)?.[1];
        const fault = /end of JSON input/.test(message)
            ? 'it ends too early'
            : `an unexpected character${at === undefined ? '' : ` at character ${at}`}`;
        throw new HistoryFileError(location, `not valid JSON (${fault})`, repair);
    }
    const version = json?.version;
    if (typeof version === 'number' && version !== HISTORY_FILE_VERSION) {
        throw new HistoryFileError(location, `format version ${version}, this perf-gate reads version ${HISTORY_FILE_VERSION}`, repair);
    }
    const parsed = historyFileSchema.safeParse(json);
    if (!parsed.success) {
        const first = parsed.error.issues[0];
        const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}${entryNamed(json, first.path)}` : '';
        throw new HistoryFileError(location, `not a perf-gate history file (${first?.message ?? 'invalid'}${where})`, repair);
    }
    return parsed.data;
}
/** The entry an issue lies in, by position, commit and time, so it can be found and mended by hand. */
function entryNamed(json, at) {
    if (at[0] !== 'entries' || typeof at[1] !== 'number')
        return '';
    const entry = json.entries[at[1]];
    const commit = typeof entry?.commit === 'string' ? entry.commit.slice(0, 12) : '?';
    const time = typeof entry?.time === 'string' ? entry.time.slice(0, 40) : '?';
    return ` (entry ${at[1] + 1}: commit ${JSON.stringify(commit)}, time ${JSON.stringify(time)})`;
}
/**
 * One entry per line: diffs on the history branch stay one line per run, and the file stays
 * compact (indenting every figure made it ~40% larger, and the contents API serves 1 MB).
 */
function renderHistoryFile(entries) {
    const lines = entries.map((entry) => JSON.stringify(entry));
    const body = lines.length === 0 ? '[]' : `[\n${lines.join(',\n')}\n]`;
    return `{"version":${HISTORY_FILE_VERSION},"entries":${body}}\n`;
}
/**
 * Appends an entry and keeps the newest `size` entries of its scenario and profile; entries of
 * other scenarios or profiles (a local file may hold several) are kept as they are.
 */
function appendEntry(entries, entry, size) {
    const sameKey = (e) => e.scenario === entry.scenario && e.profile === entry.profile;
    const all = [...entries, entry];
    let excess = all.filter(sameKey).length - size;
    return all.filter((e) => {
        if (excess > 0 && sameKey(e)) {
            excess -= 1;
            return false;
        }
        return true;
    });
}

;// CONCATENATED MODULE: ./src/history/github-api.ts
/**
 * The five GitHub REST calls the history branch needs, behind a small interface the store is
 * tested through. Endpoints (REST API 2022-11-28):
 * - Get repository content: GET /repos/{owner}/{repo}/contents/{path}?ref={branch}, asked for
 *   the object media type (application/vnd.github.object+json)
 *   → 200 { type: "file", encoding: "base64", content, sha }; 404 when the file or the ref is missing.
 *   Over 1 MB the default media type is refused (403 too_large); the object type answers with
 *   the sha and an empty content (encoding "none"), and the file is read as its blob:
 * - Get a blob: GET /repos/{owner}/{repo}/git/blobs/{sha} → { encoding: "base64", content }, up to 100 MB.
 * - Create or update file contents: PUT /repos/{owner}/{repo}/contents/{path}
 *   with { message, content (base64), branch, sha (required to replace a file) }
 *   → 200/201; 409 when `sha` is not the file's current one; 422 when `sha` is missing for an existing file.
 * - Get a reference: GET /repos/{owner}/{repo}/git/ref/heads/{branch} → { object: { sha } }; 404 when missing.
 * - Create a reference: POST /repos/{owner}/{repo}/git/refs with { ref: "refs/heads/{branch}", sha }
 *   → 201; 422 when it already exists.
 * - Get a repository: GET /repos/{owner}/{repo} → { default_branch }.
 */


/**
 * A failed call as the one GitHub error type (rate limits and network causes read the same way
 * as for the PR comment), named by the call as history's messages say it.
 */
function callError(name, error, apiUrl) {
    const [method = 'GET', ...rest] = name.split(' ');
    const path = rest.join(' ');
    const failure = toGitHubApiError(error, apiUrl, MAX_RATE_LIMIT_WAIT_SECONDS * 1000);
    if (failure instanceof GitHubApiError)
        return new GitHubApiError(method, path, failure.status, failure.detail, failure.transient, failure.rateLimited);
    // Not an answer from GitHub (e.g. a malformed one): history still only degrades.
    return new GitHubApiError(method, path, null, error instanceof Error ? error.message : String(error), false);
}
/** The production HistoryGitHubApi, through @actions/github's Octokit. */
function octokitHistoryApi(options) {
    const octokit = createOctokit({ token: options.token, apiUrl: options.apiUrl });
    const { owner, repo } = options;
    const call = async (name, run, answers = {}) => {
        try {
            return await run();
        }
        catch (error) {
            if (error instanceof GitHubApiError)
                throw error;
            const failure = callError(name, error, options.apiUrl);
            const answer = failure.status === null ? undefined : answers[failure.status];
            if (answer)
                return answer();
            throw failure;
        }
    };
    return {
        getFile: (path, branch) => call(`GET contents/${path}?ref=${branch}`, async () => {
            const { data } = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
                owner,
                repo,
                path,
                ref: branch,
                headers: { accept: 'application/vnd.github.object+json' },
            });
            const file = data;
            if (file.type !== 'file' || typeof file.sha !== 'string' || typeof file.content !== 'string') {
                throw new GitHubApiError('GET', `contents/${path}`, 200, 'not a file', false);
            }
            // Over 1 MB the contents API leaves the content out: the blob holds it.
            const base64 = file.encoding === 'base64'
                ? file.content
                : (await octokit.rest.git.getBlob({ owner, repo, file_sha: file.sha })).data.content;
            return { text: Buffer.from(base64, 'base64').toString('utf8'), sha: file.sha };
        }, { 404: () => null }),
        putFile: (path, branch, text, sha, message) => call(`PUT contents/${path}`, async () => {
            await octokit.rest.repos.createOrUpdateFileContents({
                owner,
                repo,
                path,
                branch,
                message,
                content: Buffer.from(text, 'utf8').toString('base64'),
                ...(sha === null ? {} : { sha }),
            });
            return 'written';
        }, { 409: () => 'stale', 422: () => 'stale', 404: () => 'stale' }),
        branchHead: (branch) => call(`GET git/ref/heads/${branch}`, async () => (await octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` })).data.object.sha, { 404: () => null }),
        createBranch: (branch, sha) => call(`POST git/refs (${branch})`, async () => {
            await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha });
            return true;
        }, { 422: () => false }),
        defaultBranch: () => call(`GET repos/${owner}/${repo}`, async () => (await octokit.rest.repos.get({ owner, repo })).data.default_branch),
    };
}

;// CONCATENATED MODULE: ./src/history/match.ts
const runnerKind = (r) => `${r.os}/${r.arch}, ${r.cpus} CPU${r.cpus === 1 ? '' : 's'}`;
const shortHash = (h) => (h === null ? 'none' : h.slice(0, 8));
/** The differences between a recorded run's environment and this run's, in words. */
function environmentChanges(recorded, run) {
    const changes = [];
    if (recorded.k6Version !== run.k6Version)
        changes.push(`k6 v${recorded.k6Version} → v${run.k6Version}`);
    if (runnerKind(recorded.runner) !== runnerKind(run.runner)) {
        changes.push(`runner ${runnerKind(recorded.runner)} → ${runnerKind(run.runner)}`);
    }
    if (recorded.targetHash !== run.targetHash) {
        changes.push(`target host (hash ${shortHash(recorded.targetHash)} → ${shortHash(run.targetHash)})`);
    }
    return changes;
}
function sameEnvironment(entry, run) {
    return (entry.scenario === run.scenario && entry.profile === run.profile && environmentChanges(entry, run).length === 0);
}
/**
 * Picks the baseline for `run` from a history file's entries (oldest first). `baseBranch`, when
 * given, keeps only that branch's runs: a pull request is judged against its base branch.
 */
function selectBaseline(entries, run, baseBranch) {
    const ofRun = entries.filter((e) => e.scenario === run.scenario && e.profile === run.profile && (baseBranch === null || e.branch === baseBranch));
    const matching = ofRun.filter((e) => sameEnvironment(e, run));
    const healthy = matching.filter((e) => e.loadGenerator !== 'overloaded');
    const newest = ofRun.at(-1);
    const changes = newest ? environmentChanges(newest, run) : [];
    return {
        entries: healthy,
        overloaded: matching.length - healthy.length,
        changes,
        note: changes.length > 0 ? `${changes.join('; ')}: history starts afresh` : null,
    };
}

;// CONCATENATED MODULE: ./src/history/store-github.ts


const DEFAULT_HISTORY_BRANCH = 'perf-gate-history';
/** perf-gate/<scenario>-<profile>.json; a custom script's path becomes its file name's stem. */
function historyFilePath(key) {
    const part = (s) => s
        .replace(/^.*[\\/]/, '')
        .replace(/\.[cm]?[jt]s$/, '')
        .replace(/[^A-Za-z0-9._-]+/g, '-') || 'scenario';
    return `perf-gate/${part(key.scenario)}-${part(key.profile)}.json`;
}
function why(error, action, where) {
    // GitHub answers 403 for a file too large for the call as well as for a token without access.
    if (/too large|too_large/i.test(error.message)) {
        return `${where} is too large for the GitHub API call (${error.message}); lower history-size, or delete the file to start a new history`;
    }
    if (error.status === 403 || (action === 'read' && error.status === 404)) {
        return action === 'read'
            ? `the token cannot read ${where} (${error.message}); a pull request from a fork gets a read-only token`
            : `the token cannot write ${where} (${error.message}); give the job that records \`permissions: contents: write\``;
    }
    return `${action === 'read' ? 'reading' : 'writing'} ${where} failed: ${error.message}`;
}
class GitHubHistoryStore {
    api;
    options;
    branch;
    constructor(api, options = {}) {
        this.api = api;
        this.options = options;
        this.branch = options.branch ?? DEFAULT_HISTORY_BRANCH;
    }
    location(path) {
        return `${path} on branch ${this.branch}`;
    }
    parse(text, path) {
        const repair = `delete ${path} on branch ${this.branch}, or the branch itself, to start a new history`;
        return parseHistoryFile(text, this.location(path), repair).entries;
    }
    async read(key) {
        const path = historyFilePath(key);
        const location = this.location(path);
        let file;
        try {
            file = await this.api.getFile(path, this.branch);
        }
        catch (error) {
            if (error instanceof GitHubApiError)
                return { kind: 'unavailable', location, reason: why(error, 'read', location) };
            throw error;
        }
        if (file === null)
            return { kind: 'unavailable', location, reason: `no history yet: no ${location}` };
        const entries = this.parse(file.text, path).filter((e) => e.scenario === key.scenario && e.profile === key.profile);
        return { kind: 'ok', location, entries };
    }
    async record(entry, size) {
        const path = historyFilePath(entry);
        const location = this.location(path);
        const attempts = this.options.maxAttempts ?? 5;
        const message = `perf-gate: record ${entry.scenario}/${entry.profile} of ${entry.commit.slice(0, 12)} [skip ci]`;
        try {
            for (let attempt = 1; attempt <= attempts; attempt++) {
                const file = await this.api.getFile(path, this.branch);
                if (file === null)
                    await this.ensureBranch();
                const entries = appendEntry(file ? this.parse(file.text, path) : [], entry, size);
                const written = await this.api.putFile(path, this.branch, renderHistoryFile(entries), file?.sha ?? null, message);
                if (written === 'written') {
                    const mine = entries.filter((e) => e.scenario === entry.scenario && e.profile === entry.profile);
                    return { kind: 'recorded', location, entries: mine.length };
                }
            }
        }
        catch (error) {
            if (error instanceof GitHubApiError)
                return { kind: 'unavailable', location, reason: why(error, 'write', location) };
            throw error;
        }
        return {
            kind: 'unavailable',
            location,
            reason: `${location} changed under each of ${attempts} writes (other runs recording at once); this run is not recorded`,
        };
    }
    /** Creates the history branch from the default branch's head when it does not exist yet. */
    async ensureBranch() {
        if ((await this.api.branchHead(this.branch)) !== null)
            return;
        const base = this.options.defaultBranch ?? (await this.api.defaultBranch());
        const head = await this.api.branchHead(base);
        if (head === null)
            throw new GitHubApiError('GET', `git/ref/heads/${base}`, 404, 'the default branch has no head', false);
        await this.api.createBranch(this.branch, head);
    }
}

;// CONCATENATED MODULE: ./src/history/store-local.ts
/**
 * History in a local JSON file (`history: path.json`): for the CLI, other CI systems, or a file
 * carried between runs with actions/cache. One file may hold several scenarios and profiles.
 * Writes are atomic (a temporary file renamed over the old one), so a killed run never leaves
 * half a file behind.
 */




/** Far beyond 1,000 runs of several scenarios (a few KB each). */
const MAX_HISTORY_BYTES = 256 * 1024 * 1024;
function kindOf(found) {
    if (found.isDirectory())
        return 'a directory';
    if (found.isFIFO())
        return 'a named pipe';
    if (found.isCharacterDevice() || found.isBlockDevice())
        return 'a device';
    if (found.isSocket())
        return 'a socket';
    return 'not a file';
}
const isMissing = (error) => error.code === 'ENOENT';
class LocalHistoryStore {
    path;
    constructor(path) {
        this.path = path;
    }
    async load() {
        const repair = `delete ${this.path} to start a new history`;
        let text;
        try {
            // Only a regular file of a sane size: a directory, /dev/zero or a FIFO would fail oddly or never end.
            const found = await (0,promises_.stat)(this.path);
            if (!found.isFile())
                throw new HistoryFileError(this.path, `is not a regular file (${kindOf(found)})`, repair);
            if (found.size > MAX_HISTORY_BYTES)
                throw new HistoryFileError(this.path, `is ${found.size} bytes, more than a history of 1,000 runs`, repair);
            text = await (0,promises_.readFile)(this.path, 'utf8');
        }
        catch (error) {
            if (isMissing(error))
                return null;
            throw error;
        }
        return parseHistoryFile(text, this.path, repair).entries;
    }
    async read(key) {
        const entries = await this.load();
        if (entries === null) {
            return { kind: 'unavailable', location: this.path, reason: `no history yet: ${this.path} does not exist` };
        }
        const mine = entries.filter((e) => e.scenario === key.scenario && e.profile === key.profile);
        return { kind: 'ok', location: this.path, entries: mine };
    }
    async record(entry, size) {
        const entries = appendEntry((await this.load()) ?? [], entry, size);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(this.path), { recursive: true });
        const temporary = `${this.path}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`;
        try {
            await (0,promises_.writeFile)(temporary, renderHistoryFile(entries));
            await (0,promises_.rename)(temporary, this.path);
        }
        catch (error) {
            await (0,promises_.rm)(temporary, { force: true });
            throw error;
        }
        const mine = entries.filter((e) => e.scenario === entry.scenario && e.profile === entry.profile);
        return { kind: 'recorded', location: this.path, entries: mine.length };
    }
}

;// CONCATENATED MODULE: ./src/gate/history.ts
/**
 * The history step of the pipeline: read the earlier runs, compare the checked figures with
 * them, and (on the default branch) record this run. History never fails the gate by being
 * absent: a missing branch or file, a read-only token or a refused call means one warning and a
 * verdict against the thresholds file. Only a corrupt history file stops the run.
 */














/**
 * A duet's runner drives two targets, so head's figures are not those of a run that drove one:
 * recorded, they would skew main's band; judged against it, they would look slower. Its baseline
 * is base, in the same run.
 */
const DUET_NOT_IN_HISTORY = 'history: this duet run compared head with base in the same run; it is neither judged against nor recorded in the history, whose runs each drove one target';
const FALLBACK = 'judged against the thresholds file';
function openStore(settings, config, event, defaultBranch) {
    const { source } = settings;
    if (source.kind === 'file')
        return { store: new LocalHistoryStore(source.path) };
    const [owner, repo] = event.environment.repository?.split('/') ?? [];
    if (!owner || !repo || !config.githubToken) {
        return {
            unavailable: 'history: github needs GITHUB_REPOSITORY and a github-token (not running in GitHub Actions?)',
        };
    }
    const api = octokitHistoryApi({ token: config.githubToken, apiUrl: event.environment.apiUrl, owner, repo });
    const options = { branch: settings.branch, ...(defaultBranch ? { defaultBranch } : {}) };
    return { store: new GitHubHistoryStore(api, options) };
}
/** A corrupt history file is the one history problem that stops the run: its message names the file and the repair. */
async function guarded(call) {
    try {
        return await call();
    }
    catch (error) {
        if (error instanceof HistoryFileError)
            throw new user_error/* UserError */.y(error.message, { input: 'history' });
        throw error;
    }
}
const passThrough = (thresholds, report) => ({
    baseline: 'thresholds-file',
    thresholds,
    comparison: null,
    rowsFor: () => [],
    record: async () => { },
    report,
    baseRequests: null,
});
async function historyStep(input) {
    const { io, config, event, result, thresholds, k6 } = input;
    const settings = config.history;
    if (!settings || settings.source.kind === 'off')
        return passThrough(thresholds, null);
    let eventText = null;
    try {
        eventText = event.environment.eventPath === null ? null : event.readEventFile(event.environment.eventPath);
    }
    catch {
        // Publishing reports an unreadable event; history then only lacks the branch names.
    }
    const facts = historyEventFacts(io.env, eventText);
    const plan = historyPlan(settings.mode, facts);
    if (settings.source.kind === 'file') {
        const autoNote = terminalAutoNote(settings.mode, facts, settings.source.path);
        if (autoNote)
            io.info(autoNote);
    }
    const base = plan.mode === 'record' ? plan.branch : plan.baseBranch;
    const baseName = base ?? EARLIER_RUNS;
    const report = (fallback, extra = {}) => ({
        base: baseName,
        rows: [],
        runs: 0,
        needed: DEFAULT_COMPARE_OPTIONS.minRuns,
        fallback,
        notes: [],
        ...extra,
    });
    if (input.duet) {
        io.info(`${DUET_NOT_IN_HISTORY}.`);
        return passThrough(thresholds, report(DUET_NOT_IN_HISTORY));
    }
    const opened = openStore(settings, config, event, facts.defaultBranch);
    if (!opened.store) {
        // Outside Actions (the CLI) this is the normal case, not a problem worth a warning.
        (io.env['GITHUB_ACTIONS'] === 'true' ? io.warning : io.info)(`${opened.unavailable}; ${FALLBACK}.`);
        return passThrough(thresholds, report(`${opened.unavailable}; ${FALLBACK}`));
    }
    const { store } = opened;
    const scenario = config.scenario.kind === 'custom' ? scriptName(config.scenario.scriptPath) : config.scenario.kind;
    const entryOf = (run) => historyEntryFrom(run, {
        commit: event.commit ?? 'unknown',
        branch: plan.mode === 'record' ? plan.branch : (facts.branch ?? 'local'),
        time: result.startTime || new Date().toISOString(),
        scenario,
        profile: config.profile,
        // In results-file mode the k6 that wrote the file is unknown; such runs match each other.
        k6Version: k6?.version ?? 'unknown',
        runner: { os: external_node_os_default().platform(), arch: external_node_os_default().arch(), cpus: external_node_os_default().availableParallelism() },
        target: config.baseUrl,
        loadGenerator: input.loadGenerator ?? 'unknown',
    });
    const entry = entryOf(result);
    const read = await guarded(() => store.read({ scenario, profile: config.profile }));
    let step;
    if (read.kind === 'unavailable') {
        // A first recording run has no history yet by design; elsewhere the reason deserves a warning.
        (plan.mode === 'record' ? io.info : io.warning)(`History: ${read.reason}; ${FALLBACK}.`);
        step = passThrough(thresholds, report(`history: ${read.reason}; ${FALLBACK}`));
    }
    else {
        step = history_judgeAgainst(read.entries, entryOf, base, baseName, input, settings, report);
    }
    if (plan.mode !== 'record')
        return step;
    return {
        ...step,
        record: async (confirmation) => {
            const recorded = confirmation === null ? entry : pooledEntry(entry, entryOf(confirmation));
            step.report?.notes.push(await recordRun(io, store, recorded, settings, input));
        },
    };
}
function history_judgeAgainst(entries, entryOf, base, baseName, input, settings, report) {
    const options = { ...DEFAULT_COMPARE_OPTIONS, minChange: settings.minChange };
    const entry = entryOf(input.result);
    const selection = selectBaseline(entries, entry, base);
    const compare = (result) => compareCheckedFigures(input.thresholds, result, result === input.result ? entry : entryOf(result), selection.entries, options);
    const compared = compare(input.result);
    const runs = Math.min(selection.entries.length, options.runs);
    const judged = compared.some((c) => c.comparison.status !== 'insufficient');
    const notes = [
        ...(selection.note ? [`Environment changed: ${selection.note}.`] : []),
        ...(selection.overloaded > 0
            ? [`${selection.overloaded} run(s) with an overloaded load generator left out of the baseline.`]
            : []),
    ];
    const fallback = judged ? null : `history: ${runs} of ${options.minRuns} runs needed; ${FALLBACK}`;
    if (fallback)
        input.io.info(`${fallback}.`);
    return {
        baseline: judged ? 'history' : 'thresholds-file',
        thresholds: thresholdsBesideHistory(input.thresholds, compared),
        comparison: { rows: compared, base: baseName },
        rowsFor: (result) => historyRows(result === input.result ? compared : compare(result), baseName),
        record: async () => { },
        report: report(fallback, { rows: compared, runs, needed: options.minRuns, notes }),
        baseRequests: selection.entries.length === 0 ? null : (0,median/* median */.J)(selection.entries.map((e) => e.figures.overall.requests)),
    };
}
/** Appends this run, unless its results are incomplete: a cut run would skew every later baseline. */
async function recordRun(io, store, entry, settings, input) {
    const incomplete = (input.k6 !== null && !input.k6.run.exit.complete) || !input.result.evidence.complete;
    if (incomplete) {
        const note = 'This run is not recorded in the history: its results are incomplete.';
        io.info(note);
        return note;
    }
    const recorded = await guarded(() => store.record(entry, settings.size));
    if (recorded.kind === 'unavailable') {
        io.warning(`History: this run is not recorded: ${recorded.reason}.`);
        return `This run is not recorded in the history: ${recorded.reason}.`;
    }
    const note = `Recorded in ${recorded.location} (${recorded.entries} run${recorded.entries === 1 ? '' : 's'} kept).`;
    io.info(note);
    return note;
}
const scriptName = (scriptPath) => scriptPath.replace(/^.*[\\/]/, '');

;// CONCATENATED MODULE: ./src/gate/pooled-run.ts




/**
 * Both runs judged as one; null when there is no pair to pool: no confirmation run, results-file
 * mode, a duet (its error rates are judged head beside base, paired.ts), or files that cannot
 * be read as one run (then warned: the first run's error-rate rows stand).
 */
async function pooledRun(first, confirmation, how) {
    if (confirmation.kind !== 'rerun' || first.verdict.paired)
        return null;
    const files = [first.k6?.run.resultsPath, confirmation.second.k6?.run.resultsPath];
    if (files.some((file) => file === undefined))
        return null;
    try {
        const result = await analyzeFiles(files, {
            stagePlan: how.stagePlan,
            planOf: options/* taggedStagePlan */.sE,
            k6Exit: null,
        });
        // Server figures are not error rates: the first run's stand in, and are not taken from here.
        const run = { result, server: first.server, loadGenerator: null };
        return { ...run, k6: null, verdict: judgeAgainst(run, how.thresholds) };
    }
    catch (error) {
        if (!(error instanceof analyze/* AnalysisError */.L6))
            throw error;
        how.warn(`Both runs could not be read as one (${error.message}): the first run's error rates stand`);
        return null;
    }
}

;// CONCATENATED MODULE: ./src/gate/k6.ts
/**
 * The gate's first steps when k6 runs here: install k6, probe the target, wait for start-at,
 * and hand back a function that runs the scenario (called once, and again to confirm a latency
 * failure). k6 is installed first: a bad k6-path is refused before any request reaches the target.
 */






/** Installs k6, probes the target and waits for start-at; returns how to run the scenario. */
async function startK6(config, io, runner) {
    const installed = await installK6({ version: config.k6Version, k6Path: config.k6Path, downloadBaseUrl: config.k6DownloadBaseUrl }, { log: io });
    await checkTargetReachable(config.baseUrl ?? '');
    const runK6 = scenarioRunner(config, installed, io, runner);
    await waitForStartAt(config.startAtMs, io);
    return runK6;
}
function scenarioRunner(config, installed, io, runner) {
    const baseUrl = config.baseUrl ?? '';
    let runNumber = 0;
    return async () => {
        runNumber += 1;
        io.info(`Running ${external_node_path_default().basename(config.scenario.scriptPath)} (${config.profile}) with k6 v${installed.version} against ${baseUrl}`);
        const k6Run = await runScenario({
            k6Path: installed.k6Path,
            scriptPath: config.scenario.scriptPath,
            workDir: config.workDir,
            baseUrl,
            boothId: config.boothId,
            profile: config.profile,
            authToken: config.authToken,
            sampler: runner.sampler,
            segment: config.segment,
            baselineUrl: config.duet?.baselineUrl ?? null,
            stagePlan: config.scenario.kind === 'custom' ? undefined : (0,options/* stagePlanFor */.$z)(config.scenario.kind, config.profile),
            runNumber,
        }, io);
        return { version: installed.version, run: k6Run };
    };
}

;// CONCATENATED MODULE: ./src/gate/verdict.ts
/**
 * The one place the final verdict is composed, from pure pieces made elsewhere: each run's
 * judgement (judge-run.ts), the confirmation (confirm.ts) and history's rows (history.ts), put
 * together by judge/compose.ts. No other module reshapes a verdict.
 */

/** A judged run as composeRuns takes it: the file's rows, history's rows, whether the runner held up. */
function runVerdicts(run, history) {
    // A duet's base ran beside head in the same run (verdict.paired): history adds no rows to it.
    const historyRows = run.verdict.paired ? [] : history.rowsFor(run.result);
    return {
        file: run.verdict,
        history: historyRows,
        inconclusive: run.verdict.inconclusive ?? null,
        figures: runFigures(run.result),
        loadReference: loadReference(history),
    };
}
/** The base runs' load, else the stage baseline's where every stage has a request count. */
function loadReference(history) {
    if (history.baseRequests !== null)
        return { requests: history.baseRequests, source: 'the history' };
    const stages = history.thresholds.stageBaseline?.stages ?? [];
    if (stages.length === 0 || stages.some((s) => s.requests === undefined))
        return null;
    return {
        requests: stages.reduce((sum, s) => sum + (s.requests ?? 0), 0),
        source: "the thresholds file's stage baseline",
    };
}
/**
 * `pooled`: both runs read as one (pooled-run.ts), whose error-rate rows, the file's and
 * history's, are the verdict's after a confirmation; null without a pair (the first run's stand).
 */
function composeVerdict(first, confirmation, history, pooled = null) {
    const outcome = confirmation.kind === 'not-needed'
        ? { kind: 'none' }
        : confirmation.kind === 'rerun'
            ? {
                kind: 'rerun',
                second: runVerdicts(confirmation.second, history),
                pooled: pooled && runVerdicts(pooled, history),
            }
            : confirmation;
    return composeRuns(runVerdicts(first, history), outcome);
}

;// CONCATENATED MODULE: ./src/gate/run.ts














async function runGate({ io, config, event, environment, runner }) {
    const thresholds = await loadThresholds(config.thresholdsPath);
    checkBundledScopes(config, thresholds);
    await prepareWorkDir(config.workDir); // before anything is sent: outputs are written there in every mode
    // install k6 → probe the target → wait for start-at; null in results-file mode
    const runK6 = config.resultsFile === null ? await startK6(config, io, runner) : null;
    if (runK6 && config.segment)
        return handOverSegment(io, config.segment, (await runK6()).run);
    if (!runK6)
        io.info(`Judging the existing k6 results in ${config.resultsFile}`);
    // run k6 → analyse → server metrics → judge; a failure from here on still reports the judged run
    const { judgeNext, rethrow } = rememberJudged(await judgeRuns(config, thresholds, runK6, environment, io.warning), runK6 !== null);
    try {
        // the scenario and profile the requests are tagged with, checked before history sees the run
        const tagged = await judgedAsTagged({ io, config, thresholds, environment }, await judgeNext());
        const { first } = tagged;
        // history before the confirmation: its rows ask for a second run as the file's do
        const history = await historyStep(historyInput(tagged, io, event));
        const asking = askingRows(runVerdicts(first, history));
        const rerun = runK6 && judgeNext;
        const confirmation = await confirmRun({ enabled: tagged.config.confirm, asking, rerun, info: io.info });
        // the one verdict, from the judged runs, the confirmation and history
        const judged = lastRun(first, confirmation);
        const how = { thresholds: tagged.thresholds, stagePlan: stagePlanOf(tagged.config), warn: io.warning };
        const pooled = await pooledRun(first, confirmation, how);
        const { verdict, record } = composeVerdict(first, confirmation, history, pooled);
        await history.record(record === 'both-runs' ? judged.result : null);
        // report → publish → outputs → the step's exit
        await deliverVerdict({ io, event, environment, tagged, first, judged, verdict, history });
    }
    catch (error) {
        rethrow(error);
    }
}

;// CONCATENATED MODULE: ./src/main.ts
/**
 * The action's entry: read the config, run the gate (src/gate/run.ts), and turn any error into
 * the step's failure. The Actions runner is the host unless a test or the CLI gives another.
 */








async function run(io = actionsIO(), runner = {}) {
    let config = null;
    let event = null;
    try {
        const environment = configEnvironment(io);
        config = readConfig(io.getInput, environment);
        maskSecrets(io, config);
        event = readRunEvent(io.env);
        await runGate({ io, config, event, environment, runner });
    }
    catch (error) {
        await failStep(io, error, config, event);
    }
}
function maskSecrets(io, config) {
    if (config.authToken)
        io.setSecret(config.authToken);
    if (config.githubToken)
        io.setSecret(config.githubToken);
    for (const secret of authHeaderSecrets(config.prometheus?.authHeader))
        io.setSecret(secret);
}
function configEnvironment(io) {
    return {
        cwd: io.env.GITHUB_WORKSPACE || process.cwd(),
        actionRoot: actionRoot(),
        tempDir: io.env.RUNNER_TEMP || '',
        nowMs: Date.now(),
        plannedRunMs: options/* plannedRunMs */.i1,
    };
}

;// CONCATENATED MODULE: ./src/cli/run-folder.ts


/** Where terminal runs keep their k6 results and report, under the folder the CLI was started in. */
const RUNS_FOLDER = external_node_path_default().join('.perf-gate', 'runs');
/** `2026-01-17T10-22-03Z-enqueue`: sorts by time, and names the scenario (a script by its file name). */
function runFolderName(now, scenario) {
    const stamp = now
        .toISOString()
        .replace(/\.\d+Z$/, 'Z')
        .replace(/:/g, '-');
    const name = external_node_path_default().basename(scenario || 'enqueue')
        .replace(/\.js$/, '')
        .replace(/[^A-Za-z0-9_-]+/g, '_');
    return `${stamp}-${name || 'scenario'}`;
}
/**
 * Creates a fresh folder for this run, never one an earlier run wrote: two runs in the same second
 * get `-2`, `-3`… (mkdir without `recursive` fails on an existing folder, so the check is atomic).
 */
function createRunFolder(cwd, scenario, now = new Date()) {
    const parent = external_node_path_default().join(cwd, RUNS_FOLDER);
    (0,external_node_fs_.mkdirSync)(parent, { recursive: true });
    const base = external_node_path_default().join(parent, runFolderName(now, scenario));
    for (let attempt = 1;; attempt++) {
        const folder = attempt === 1 ? base : `${base}-${attempt}`;
        try {
            (0,external_node_fs_.mkdirSync)(folder);
            return folder;
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
    }
}
/**
 * Removes the run's folder when the run wrote nothing in it (a call refused before any file was
 * written), and the .perf-gate/runs folders above it when that leaves them empty: a refused call
 * leaves no clutter. A folder holding any file is kept.
 */
function removeIfEmpty(cwd, folder) {
    const isEmptyTree = (at) => (0,external_node_fs_.readdirSync)(at, { withFileTypes: true }).every((entry) => entry.isDirectory() && isEmptyTree(external_node_path_default().join(at, entry.name)));
    if (!isEmptyTree(folder))
        return false;
    const removeTree = (at) => {
        for (const entry of (0,external_node_fs_.readdirSync)(at))
            removeTree(external_node_path_default().join(at, entry));
        (0,external_node_fs_.rmdirSync)(at);
    };
    removeTree(folder);
    for (const parent of [external_node_path_default().join(cwd, RUNS_FOLDER), external_node_path_default().join(cwd, external_node_path_default().dirname(RUNS_FOLDER))]) {
        if ((0,external_node_fs_.readdirSync)(parent).length > 0)
            break;
        (0,external_node_fs_.rmdirSync)(parent);
    }
    return true;
}

;// CONCATENATED MODULE: ./src/cli/input-docs.ts
// Generated from action.yml by `npm run docs` (scripts/input-docs.ts); do not edit.
const INPUT_DOCS = [
    { name: "base-url", default: "", group: "The three you set", summary: "Staging URL the load is sent to, e.g. https://staging.example.com." },
    { name: "scenario", default: "", group: "The three you set", summary: "Load to apply: `enqueue` (join the line + poll the position, 10 → 200 VUs), `spike` (arrival rate 10/s → 500/s), or the path of your own k6 script (then `thresholds` is required)." },
    { name: "profile", default: "", group: "The three you set", summary: "`full` runs the guide's stages (enqueue 5 min, spike 55 s); `quick` keeps the shape at about one fifth of the time, for every pull request." },
    { name: "auth-token", default: "", group: "Auth", summary: "JWT for the test user, kept secret (masked, passed to k6 only through its environment)." },
    { name: "booth-id", default: "1", group: "Auth", summary: "Booth whose waiting line the scenario joins (a positive integer)." },
    { name: "github-token", default: "${{ github.token }}", group: "Auth", summary: "Token used to post the pull-request comment." },
    { name: "thresholds", default: "", group: "Thresholds and the verdict", summary: "Path of a thresholds file (see thresholds/thresholds.schema.json)." },
    { name: "fail-on", default: "fail", group: "Thresholds and the verdict", summary: "What fails the step: `fail` (any failed check, the default), `warn` (warnings too) or `never` (report only)." },
    { name: "comment", default: "always", group: "The comment", summary: "`always` posts or updates the sticky comment; `on-failure` only when the verdict is warn or fail (and updates an earlier one); `never` posts nothing." },
    { name: "comment-author", default: "", group: "The comment", summary: "Login the github-token comments as, e.g. `my-app[bot]` for a GitHub App token; perf-gate updates only its own comment." },
    { name: "comment-key", default: "", group: "The comment", summary: "Keeps this step's PR comment apart from other perf-gate steps of the workflow that run the same script and profile (e.g. two targets): letters, digits, `.`, `_` or `-`." },
    { name: "history", default: "github", group: "History", summary: "Where earlier runs are kept to judge against: `github` (the default) keeps a JSON file per scenario and profile on `history-branch` of this repository (recording needs `contents: write`); a path ending in `.json` keeps a local file (the CLI, other CI, actions/cache); `off` judges against the thresholds file alone." },
    { name: "history-branch", default: "perf-gate-history", group: "History", summary: "Branch the `github` history is kept on; created on the first recorded run." },
    { name: "history-mode", default: "auto", group: "History", summary: "`auto` (the default) records the default branch's push, schedule and workflow_dispatch runs and compares every other run (pull requests against their base branch); `record` or `compare` forces one." },
    { name: "history-size", default: "50", group: "History", summary: "How many runs the history keeps per scenario and profile (an integer from 10 to 1000)." },
    { name: "min-change", default: "", group: "History", summary: "Smallest change that fails, e.g. `10%`." },
    { name: "baseline-url", default: "", group: "History", summary: "Duet mode: a deployment of the base branch (a second staging slot, or the base image started next to the pull request's with `docker compose`)." },
    { name: "confirm", default: "true", group: "Confirmation", summary: "`true` (the default): when a latency check fails on a healthy run, run the scenario once more and fail only when the failure repeats; the comment shows both runs." },
    { name: "results-file", default: "", group: "Distributed runs and existing results", summary: "Judge existing k6 `--out json` results (NDJSON, plain or .gz) instead of running k6: a path, or several paths or globs one per line (e.g. `segments/*.ndjson*`), judged together as one run." },
    { name: "segment", default: "", group: "Distributed runs and existing results", summary: "`i/n`: run this runner's share of a test split over n runners (k6 execution segments), e.g. `${{ matrix.segment }}/4`." },
    { name: "start-at", default: "", group: "Distributed runs and existing results", summary: "When k6 starts, so that all segments load together: an ISO time with zone or epoch seconds, at most 15 minutes ahead." },
    { name: "prometheus-url", default: "", group: "Server metrics", summary: "Prometheus that scrapes the target (Spring Boot Actuator / Micrometer)." },
    { name: "prometheus-auth-header", default: "", group: "Server metrics", summary: "Full Authorization header value for Prometheus (e.g. `Bearer …`), kept secret." },
    { name: "grafana-url", default: "", group: "Server metrics", summary: "Grafana dashboard URL; the report links to it for the exact time window of the run." },
    { name: "k6-version", default: "2.2.0", group: "Advanced", summary: "k6 release to install (X.Y.Z), checksum-verified and cached." },
    { name: "k6-path", default: "", group: "Advanced", summary: "Path of a k6 binary (any version) to use instead of downloading one." },
    { name: "k6-download-base-url", default: "https://github.com/grafana/k6/releases/download", group: "Advanced", summary: "Where k6 release archives are downloaded from (a mirror or GitHub Enterprise); must hold vX.Y.Z/k6-vX.Y.Z-checksums.txt beside the archives." },
    { name: "allow-paths-outside-workspace", default: "false", group: "Advanced", summary: "Whether results-file, thresholds and a custom scenario may be files outside the workspace and RUNNER_TEMP (symlinks resolved)." },
];

;// CONCATENATED MODULE: ./src/cli/run-help.ts
/**
 * `perf-gate run --help`: every flag, grouped by task as the README groups the inputs, with the
 * default a terminal run uses. The flags come from config/input-table.ts; their words are
 * action.yml's (src/cli/input-docs.ts, written by `npm run docs`), so a new input shows here
 * without an edit.
 */

function defaultText(name, actionDefault, flags) {
    const value = flags.terminalDefaults[name] ?? (actionDefault || flags.emptyMeans?.[name]) ?? actionDefault;
    return value === '' ? 'none' : value;
}
function runHelp(flags) {
    const lines = [
        'usage: perf-gate run --base-url URL [--flag value | --flag=value] …',
        '',
        'The whole gate, as the action runs it: the report on stdout (run > report.md); progress, the',
        'results folder (.perf-gate/runs/<time>-<scenario>/) and the verdict on stderr. Exits 0 when the',
        'step would pass, 1 when it would fail, 2 on a usage error. Every input of action.yml is a flag.',
    ];
    let group = '';
    for (const doc of INPUT_DOCS) {
        if (doc.group !== group) {
            group = doc.group;
            lines.push('', `${group}:`);
        }
        const variable = flags.secrets[doc.name];
        const head = variable
            ? `  ${variable}=… (from the environment, never a flag)`
            : `  --${doc.name} VALUE    (default: ${defaultText(doc.name, doc.default, flags)})`;
        const note = flags.terminalNotes[doc.name];
        lines.push(head, ...wrap(`${doc.summary}${note ? ` ${note}` : ''}`, 94).map((line) => `      ${line}`));
    }
    return `${lines.join('\n')}\n`;
}
/** `text` in lines of at most `width` characters, broken at spaces. */
function wrap(text, width) {
    const lines = [];
    let line = '';
    for (const word of text.split(' ')) {
        if (line !== '' && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else
            line = line === '' ? word : `${line} ${word}`;
    }
    if (line !== '')
        lines.push(line);
    return lines;
}

;// CONCATENATED MODULE: ./src/cli/terminal-io.ts
/**
 * The pipeline's host outside Actions: inputs from a map, the report printed as markdown on
 * stdout, progress on stderr, secrets replaced by *** in everything printed.
 */
function terminalIO(inputs, print, envOverrides = {}) {
    const secrets = [];
    const mask = (text) => secrets.reduce((masked, secret) => masked.split(secret).join('***'), text);
    const run = { outputs: {}, failure: null };
    const io = {
        getInput: (name) => (inputs[name] ?? '').trim(),
        setOutput: (name, value) => {
            run.outputs[name] = value;
        },
        setSecret: (value) => {
            if (value !== '')
                secrets.push(value);
        },
        info: (message) => print.err(`${mask(message)}\n`),
        warning: (message) => print.err(`warning: ${mask(message)}\n`),
        setFailed: (message) => {
            run.failure = mask(message);
            print.err(`error: ${run.failure}\n`);
        },
        // A terminal has no collapsing: the section is titled so the k6 output reads apart.
        startGroup: (name) => print.err(`--- ${mask(name)}\n`),
        endGroup: () => undefined,
        writeSummary: async (markdown) => print.out(`${mask(markdown)}\n`),
        k6Log: process.stderr,
        // No pull request to comment on unless a comment was asked for (then a workflow's event is used).
        env: {
            ...process.env,
            ...(inputs.comment === 'never' ? { GITHUB_EVENT_PATH: '' } : {}),
            GITHUB_STEP_SUMMARY: '',
            ...envOverrides,
        },
    };
    return { io, run };
}
/**
 * @actions/core writes `::debug::` workflow commands to stdout wherever it runs (the tool
 * cache logs through it); on a terminal they are noise, so drop them.
 */
function dropActionsDebugLines() {
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk, ...rest) => {
        if (typeof chunk === 'string' && chunk.startsWith('::debug::'))
            return true;
        return write(chunk, ...rest);
    });
}

;// CONCATENATED MODULE: ./src/cli/run.ts
/**
 * `perf-gate run`: the whole gate from a terminal, with the action's inputs as flags. Secrets
 * are read from the environment (AUTH_TOKEN, PROMETHEUS_AUTH_HEADER), never from argv.
 */









/** Secret inputs: refused as flags, read from these environment variables instead. */
const SECRET_FLAGS = Object.fromEntries(INPUT_TABLE.flatMap((row) => (row.secretEnv ? [[row.name, row.secretEnv]] : [])));
/** Every other input of action.yml is a --flag VALUE. */
const RUN_FLAGS = CONFIG_INPUTS.filter((name) => !Object.hasOwn(SECRET_FLAGS, name));
/** Defaults that differ from the action's (config/input-table.ts says why). */
const CLI_DEFAULTS = Object.fromEntries(INPUT_TABLE.flatMap((row) => row.terminal?.default === undefined ? [] : [[row.name, row.terminal.default]]));
/** What an empty value stands for (config/input-table.ts), said as the default in the help. */
const HELP_EMPTY_MEANS = Object.fromEntries(INPUT_TABLE.flatMap((row) => (row.emptyMeans === undefined ? [] : [[row.name, row.emptyMeans]])));
/** `perf-gate run --help`. */
const RUN_HELP = runHelp({
    secrets: SECRET_FLAGS,
    terminalDefaults: CLI_DEFAULTS,
    terminalNotes: Object.fromEntries(INPUT_TABLE.flatMap((row) => (row.terminal?.note === undefined ? [] : [[row.name, row.terminal.note]]))),
    emptyMeans: HELP_EMPTY_MEANS,
});
function parseRunArgs(args, env) {
    const inputs = { ...CLI_DEFAULTS };
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        // --flag=value or --flag value
        const equals = arg.indexOf('=');
        const flag = (equals > 0 ? arg.slice(0, equals) : arg).replace(/^--/, '');
        const secretVariable = SECRET_FLAGS[flag];
        if (secretVariable)
            return {
                error: `--${flag} would put a secret in the process list: set ${secretVariable} in the environment instead`,
            };
        if (!RUN_FLAGS.includes(flag) || !arg.startsWith('--')) {
            return { error: `unknown option ${equals > 0 ? arg.slice(0, equals) : arg} (perf-gate run --help lists them)` };
        }
        const value = equals > 0 ? arg.slice(equals + 1) : args[++i];
        if (value === undefined)
            return { error: `--${flag} needs a value` };
        inputs[flag] = value;
    }
    for (const [name, variable] of Object.entries(SECRET_FLAGS)) {
        const value = env[variable];
        if (value)
            inputs[name] = value;
    }
    return { inputs };
}
/**
 * Runs the gate; exit 0 when the step would pass, 1 when it would fail. Only the report goes to
 * stdout (so `run > report.md` holds the report alone); progress, the results folder and the
 * verdict go to stderr.
 */
async function run_runGate(inputs, print, options = {}) {
    const { cwd = process.cwd(), findK6 = findTerminalK6, remedies = CLI_REMEDIES } = options;
    dropActionsDebugLines();
    let pipelinePrint = print;
    // Without a base URL the pipeline refuses the call before any k6 is needed.
    if (!inputs['results-file'] && inputs['base-url']) {
        const found = await terminalK6(inputs, findK6, remedies);
        if ('problem' in found) {
            print.err(`error: ${found.problem}\n`);
            return 1;
        }
        print.err(`${found.said}\n`);
        inputs = { ...inputs, 'k6-path': found.k6.k6Path, 'k6-version': found.k6.version };
        // The pipeline is handed that k6 as its k6-path and would say so again, "from k6-path" even
        // for the one found on PATH: the line above already said which k6 runs.
        const again = `${k6PathInUse(found.k6.version, found.k6.k6Path)}\n`;
        pipelinePrint = { out: print.out, err: (text) => (text === again ? undefined : print.err(text)) };
    }
    const folder = createRunFolder(cwd, inputs.scenario ?? '');
    const { io, run: outcome } = terminalIO(inputs, pipelinePrint, { RUNNER_TEMP: folder });
    await run(io);
    // The pipeline keeps its files in <RUNNER_TEMP>/perf-gate (config/inputs.ts).
    const files = external_node_path_default().join(external_node_path_default().relative(cwd, folder), 'perf-gate');
    const k6Ran = !inputs['results-file'];
    if (removeIfEmpty(cwd, folder)) {
        // Refused before anything was written: nothing to point at.
    }
    else if (outcome.outputs['report-json'])
        print.err(`results: ${files}${(external_node_path_default()).sep} (${k6Ran ? `${RESULTS_FILE_NAME}, ` : ''}perf-gate-report.json)\n`);
    print.err(`verdict: ${outcome.outputs.verdict ?? 'none'}\n`);
    return outcome.failure === null ? 0 : 1;
}
/** The k6 a terminal run uses: --k6-path, else any k6 on PATH unless --k6-version asks for a release. */
function terminalK6(inputs, findK6, remedies) {
    return findK6({
        k6Path: inputs['k6-path'] || null,
        version: inputs['k6-version'] || null,
        defaultVersion: INPUT_DEFAULTS['k6-version'],
        downloadBaseUrl: inputs['k6-download-base-url'] || INPUT_DEFAULTS['k6-download-base-url'],
    }, remedies);
}


/***/ })

};
