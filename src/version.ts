export const VERSION = "0.1.0";
export const PROJECT_URL = "https://github.com/dateline-news/dateline";
export const USER_AGENT = `Dateline/${VERSION} (+${PROJECT_URL})`;
