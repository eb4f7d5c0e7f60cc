export { requestListLoader, requestLoader } from './request-loader';
