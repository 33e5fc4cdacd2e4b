// The resolver lives with the build scripts, which need it too; specs and playwright.config import it from here.
export { CHROMIUM_ARGS, resolveChromium } from '../../scripts/chromium';
