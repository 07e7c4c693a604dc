export const id = 15;
export const ids = [15];
export const modules = {

/***/ 15:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openHttpStore: () => (/* binding */ openHttpStore)
/* harmony export */ });
/* harmony import */ var _errors_index__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(662);

async function openHttpStore(_spec, _logger) {
    throw new _errors_index__WEBPACK_IMPORTED_MODULE_0__/* .NotImplementedError */ .EH('HTTP stores');
}


/***/ })

};
