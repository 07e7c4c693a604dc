export const id = 16;
export const ids = [16];
export const modules = {

/***/ 3016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   devpiDocsUpload: () => (/* binding */ devpiDocsUpload)
/* harmony export */ });
/* unused harmony export devpiDocsUrl */
/* harmony import */ var _distribution_project_name__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2640);
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2662);
/* harmony import */ var _http_multipart__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9709);
/**
 * devpi's documentation upload, as devpi-client's `devpi upload --with-docs` sends it: a multipart POST
 * to the index URL with `:action=doc_upload`, `protocol_version=1`, `name`, `version` and the zip as the
 * `content` file. devpi stores the zip for that version and serves it unpacked at
 * `<index>/<project>/<version>/+doc/index.html`. A non-volatile index answers 200 to the same zip again
 * and 409 to different bytes; that 409 keeps the docs already there (documentation is not the release:
 * the published files are untouched) and is reported, not hidden.
 */



function devpiDocsUrl(devpiIndexUrl, project, version) {
    return `${devpiIndexUrl}${encodeURIComponent((0,_distribution_project_name__WEBPACK_IMPORTED_MODULE_0__/* .normalizeProjectName */ .yz)(project))}/${encodeURIComponent(version)}/+doc/index.html`;
}
async function devpiDocsUpload(devpiIndexUrl, project, version, archive, send, failure) {
    const body = (0,_http_multipart__WEBPACK_IMPORTED_MODULE_1__/* .multipartBody */ .R)([
        [':action', 'doc_upload'],
        ['protocol_version', '1'],
        ['name', project],
        ['version', version],
    ], { field: 'content', filename: archive.filename, path: archive.path, size: archive.size, contentType: 'application/zip' });
    const what = `docs upload of ${archive.filename} to ${devpiIndexUrl}`;
    const response = await send(devpiIndexUrl, { method: 'POST', body, followRedirects: false, label: what });
    const url = devpiDocsUrl(devpiIndexUrl, project, version);
    if (response.status === 200)
        return { outcome: /identical/i.test(response.reason + response.text()) ? 'skipped' : 'uploaded', url };
    if (response.status === 409)
        throw new _errors_index__WEBPACK_IMPORTED_MODULE_2__/* .StoreError */ .AD(`${what}: the index already holds other docs for ${project} ${version} and never replaces them (non-volatile)`, {
            code: 'conflict',
            status: 409,
            hint: 'docs of a release are fixed once on a non-volatile devpi index; publish a new version to change them',
        });
    throw failure(`${what} failed`, response);
}


/***/ })

};
