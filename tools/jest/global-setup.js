require('./register-aliases');
module.exports = require('../../libs/shared/testing/src/jest/global-setup.ts').default;
