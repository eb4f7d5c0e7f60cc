require('./register-aliases');
module.exports = require('./global-setup.ts').default;
