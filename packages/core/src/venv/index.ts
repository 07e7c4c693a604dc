/** Fresh virtualenvs for testing installed packages: creation, isolated installs, freeze, import checks. */
export * from './import-guard';
export * from './isolated-env';
export * from './virtualenv';
