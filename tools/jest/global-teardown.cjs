require('./register-aliases');
module.exports = require('./global-teardown.ts').default;
