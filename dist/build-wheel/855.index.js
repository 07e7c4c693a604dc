export const id = 855;
export const ids = [855];
export const modules = {

/***/ 5274:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ formatFinding)
/* harmony export */ });
/* harmony import */ var _printable_name__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8970);

/**
 * The one-line text of a finding: `file: RULE message (paths…)`. Member names and metadata values come
 * from the archive: the rules quote names holding control characters (printableName), and any control
 * character left is escaped here, so a finding is always exactly one line.
 */
function formatFinding(finding, maxPaths = 5) {
    const paths = finding.paths ?? [];
    const shown = paths.slice(0, maxPaths).join(', ');
    const more = paths.length > maxPaths ? ` and ${paths.length - maxPaths} more` : '';
    return (0,_printable_name__WEBPACK_IMPORTED_MODULE_0__/* .escapeControlCharacters */ .F7)(`${finding.file}: ${finding.rule} ${finding.message}${paths.length ? `: ${shown}${more}` : ''}`);
}


/***/ }),

/***/ 8855:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatFinding: () => (/* reexport safe */ _finding__WEBPACK_IMPORTED_MODULE_0__.t)
/* harmony export */ });
/* harmony import */ var _finding__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5274);
/**
 * Artefacts: wheel and sdist filenames, streamed archive reading, core metadata, hashes, and the
 * inspection rules build-wheel applies before anything is published.
 */















/***/ }),

/***/ 8970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F7: () => (/* binding */ escapeControlCharacters),
/* harmony export */   Kg: () => (/* binding */ hasControlCharacters),
/* harmony export */   Nt: () => (/* binding */ printableName)
/* harmony export */ });
/**
 * Names and text from archives on their way into log lines, annotations and the job summary: a name
 * holding a control character could end a log line and start a forged one (`\n::error::…`) or drive the
 * terminal (`\x1b[…`). Such names are a hard finding (X008) and are always shown escaped.
 */
/** C0 and C1 controls, DEL, and the Unicode line/paragraph separators some parsers break lines on. */
function isControl(code) {
    return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}
/** True when a name holds a character that could break or forge a log line. */
function hasControlCharacters(name) {
    for (let index = 0; index < name.length; index++)
        if (isControl(name.charCodeAt(index)))
            return true;
    return false;
}
/** Every control character as a `\uXXXX` escape; everything else unchanged. */
function escapeControlCharacters(text) {
    if (!hasControlCharacters(text))
        return text;
    let out = '';
    for (const char of text) {
        const code = char.charCodeAt(0);
        out += isControl(code) ? `\\u${code.toString(16).padStart(4, '0')}` : char;
    }
    return out;
}
/**
 * A name as a log line can show it: unchanged when plain, else JSON-style quoted with every control
 * character escaped (`"pkg/\u001b[31m.py"`), so it reads as one value and no newline survives.
 */
function printableName(name) {
    if (!hasControlCharacters(name))
        return name;
    return `"${escapeControlCharacters(name.replace(/\\/g, '\\\\').replace(/"/g, '\\"'))}"`;
}


/***/ })

};
