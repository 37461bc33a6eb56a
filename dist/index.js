import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import { setSecret, getInput, error, setFailed, debug } from './chunks/core-CS87H9Sp.js';
import { r as readSettings, S as SettingsError } from './chunks/settings-B0WwHVtz.js';
import 'os';
import 'crypto';
import 'fs';
import 'path';
import 'http';
import 'https';
import './chunks/index-GqaU-LTp.js';
import 'net';
import 'tls';
import 'events';
import 'assert';
import 'util';
import 'node:assert';
import 'node:net';
import 'node:http';
import 'node:stream';
import 'node:buffer';
import 'node:util';
import 'node:querystring';
import 'node:events';
import 'node:diagnostics_channel';
import './chunks/_commonjsHelpers-CC8lxRqt.js';
import 'node:tls';
import 'node:zlib';
import 'node:perf_hooks';
import 'node:util/types';
import 'node:worker_threads';
import 'node:url';
import 'node:async_hooks';
import 'node:console';
import 'node:dns';
import 'string_decoder';
import './chunks/exec-Djwn2E7p.js';
import 'child_process';
import 'timers';

// run(): inputs → Settings → engine → report. The one place that fails the step, whatever was thrown.
function actionInputs() {
    return {
        get: (name) => getInput(name),
        mask: (secret) => setSecret(secret),
        env: process.env
    };
}
async function defaultExecute(settings) {
    const { execute } = await import('./chunks/engine-Cdfpzwc2.js').then(function (n) { return n.lB; });
    await execute(settings);
}
async function run(deps = {}) {
    try {
        const settings = readSettings(deps.inputs ?? actionInputs());
        await (deps.execute ?? defaultExecute)(settings);
    }
    catch (err) {
        fail(err);
    }
}
/** Reports any thrown value: every input problem as its own annotation, anything else with its message. */
function fail(err) {
    if (err instanceof SettingsError) {
        for (const p of err.problems)
            error(p.message, { title: `Invalid input '${p.input}'` });
        setFailed(`${err.problems.length} input problem${err.problems.length === 1 ? '' : 's'}: fix the inputs named above; nothing was changed.`);
        return;
    }
    if (err instanceof Error) {
        setFailed(err.message || err.name);
        if (err.stack)
            debug(err.stack);
        return;
    }
    setFailed(`Failed with a non-Error value: ${safeString(err)}`);
}
function safeString(v) {
    try {
        return typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
    }
    catch {
        return String(v);
    }
}

// The action's entry point: nothing but run().
void run();
