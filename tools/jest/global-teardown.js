require('./register-aliases');
module.exports = require('../../libs/shared/testing/src/jest/global-teardown.ts').default;
