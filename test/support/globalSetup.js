// One id per jest run, inherited by every worker: suites that need the production build share
// the one built under it (test/support/productionBuild.ts).
module.exports = async () => {
  process.env.CT_TEST_RUN = `${process.pid}-${Date.now()}`;
};
