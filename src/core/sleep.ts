/** Waits between retries; injected as a dependency wherever tests must not wait. */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
